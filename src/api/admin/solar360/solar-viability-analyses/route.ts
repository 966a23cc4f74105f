import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { viabilityFiltersToQuery } from "./filters"
import { AdminGetSolarViabilityAnalysesParams } from "./validators"
import type { AdminSolarViabilityAnalysisListResponse } from "./responses"

/** Saved solar viability analyses: sizing, investment, returns and the recommendation. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSolarViabilityAnalysesParams>,
  res: MedusaResponse<AdminSolarViabilityAnalysisListResponse>
) => {
  await respondWithList(req, res, { entity: "solar_viability_analysis", key: "solar_viability_analyses", filters: viabilityFiltersToQuery(req.filterableFields as any) })
}
