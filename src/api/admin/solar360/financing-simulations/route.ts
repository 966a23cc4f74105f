import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { AdminGetFinancingSimulationsParams } from "./validators"
import type { AdminFinancingSimulationListResponse } from "./responses"

/** Saved financing simulations and where they stand in the bank's credit analysis. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetFinancingSimulationsParams>,
  res: MedusaResponse<AdminFinancingSimulationListResponse>
) => {
  await respondWithList(req, res, { entity: "financing_simulation", key: "financing_simulations" })
}
