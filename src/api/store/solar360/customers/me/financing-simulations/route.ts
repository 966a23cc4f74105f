import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOwnCalculations } from "../../../../../utils/calculator-request"
import type { StoreFinancingSimulationListResponse } from "../../../financing-simulations/responses"

/** The logged-in customer's financing simulations, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreFinancingSimulationListResponse>) =>
  listOwnCalculations(req, res, "financing_simulation", "financing_simulations")
