import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOwnCalculations } from "../../../../../utils/calculator-request"

/** The logged-in customer's financing simulations, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) =>
  listOwnCalculations(req, res, "financing_simulation", "financing_simulations")
