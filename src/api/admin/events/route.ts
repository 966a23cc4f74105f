import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../modules/solar360"
import type Solar360ModuleService from "../../../modules/solar360/service"
import { listFilters } from "../analytics/helpers"
import { AdminGetEventsParams } from "./validators"

/** Analytics events, newest first by default; bots included unless `is_bot=false`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetEventsParams>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const { data: events, metadata } = await query.graph({
    entity: "event",
    fields: req.queryConfig.fields,
    filters: listFilters(req.filterableFields, solar360.options.reportTimezone),
    pagination: req.queryConfig.pagination,
  })
  res.json({
    events,
    count: metadata?.count ?? events.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? events.length,
  })
}
