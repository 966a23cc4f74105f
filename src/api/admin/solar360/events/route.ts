import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { listFilters } from "../analytics/helpers"
import { AdminGetEventsParams } from "./validators"
import type { AdminEventListResponse } from "./responses"

/** Analytics events, newest first by default; bots included unless `is_bot=false`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetEventsParams>,
  res: MedusaResponse<AdminEventListResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  await respondWithList(req, res, { entity: "event", key: "events", filters: listFilters(req.filterableFields, solar360.options.reportTimezone) })
}
