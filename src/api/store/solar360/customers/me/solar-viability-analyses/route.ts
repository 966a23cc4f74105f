import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOwnCalculations } from "../../../../../utils/calculator-request"
import type { StoreSolarViabilityAnalysisListResponse } from "../../../solar-viability-analyses/responses"

/** The logged-in customer's solar viability analyses, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreSolarViabilityAnalysisListResponse>) =>
  listOwnCalculations(req, res, "solar_viability_analysis", "solar_viability_analyses")
