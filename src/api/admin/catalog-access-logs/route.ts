import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../modules/solar360"
import type Solar360ModuleService from "../../../modules/solar360/service"
import { listFilters } from "../analytics/helpers"
import { AdminGetCatalogAccessLogsParams } from "./validators"

/** Catalog access logs, newest first by default; bots included unless `is_bot=false`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCatalogAccessLogsParams>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const { data: catalog_access_logs, metadata } = await query.graph({
    entity: "catalog_access_log",
    fields: req.queryConfig.fields,
    filters: listFilters(req.filterableFields, solar360.options.reportTimezone),
    pagination: req.queryConfig.pagination,
  })
  res.json({
    catalog_access_logs,
    count: metadata?.count ?? catalog_access_logs.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? catalog_access_logs.length,
  })
}
