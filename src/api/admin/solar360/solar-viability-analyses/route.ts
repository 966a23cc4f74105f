import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { listFilters } from "../analytics/helpers"
import { viabilityFiltersToQuery } from "./filters"
import { AdminGetSolarViabilityAnalysesParams } from "./validators"
import type { AdminSolarViabilityAnalysisListResponse } from "./responses"

/** Saved solar viability analyses: sizing, investment, returns and the recommendation. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSolarViabilityAnalysesParams>,
  res: MedusaResponse<AdminSolarViabilityAnalysisListResponse>
) => {
  const solar360 = req.scope.resolve<Solar360ModuleService>(SOLAR360_MODULE)
  const filters = listFilters(viabilityFiltersToQuery(req.filterableFields as any), solar360.options.reportTimezone, "created_at")
  await respondWithList(req, res, { entity: "solar_viability_analysis", key: "solar_viability_analyses", filters })
}
