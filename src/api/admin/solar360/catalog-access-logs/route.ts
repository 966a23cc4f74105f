import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { listFilters } from "../analytics/helpers"
import { AdminGetCatalogAccessLogsParams } from "./validators"
import type { AdminCatalogAccessLogListResponse } from "./responses"

/** Catalog access logs, newest first by default; bots included unless `is_bot=false`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCatalogAccessLogsParams>,
  res: MedusaResponse<AdminCatalogAccessLogListResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  await respondWithList(req, res, { entity: "catalog_access_log", key: "catalog_access_logs", filters: listFilters(req.filterableFields, solar360.options.reportTimezone) })
}
