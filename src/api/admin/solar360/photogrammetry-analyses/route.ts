import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { AdminGetPhotogrammetryAnalysesParams } from "./validators"
import type { AdminPhotogrammetryAnalysisListResponse } from "./responses"

/** Roof analyses: those bought from a provider and the reuse records pointing at them. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPhotogrammetryAnalysesParams>,
  res: MedusaResponse<AdminPhotogrammetryAnalysisListResponse>
) => {
  await respondWithList(req, res, { entity: "photogrammetry_analysis", key: "photogrammetry_analyses" })
}
