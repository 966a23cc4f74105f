import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { AdminGetFinancingSimulationsParams } from "./validators"

/** Saved financing simulations and where they stand in the bank's credit analysis. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetFinancingSimulationsParams>,
  res: MedusaResponse
) => {
  await respondWithList(req, res, { entity: "financing_simulation", key: "financing_simulations" })
}
