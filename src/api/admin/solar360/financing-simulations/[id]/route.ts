import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchFinancingSimulation } from "./helpers"
import type { AdminFinancingSimulationResponse } from "../responses"

/** One financing simulation with its schedule and assumptions (never its resume token hash). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminFinancingSimulationResponse>) => {
  res.json({ financing_simulation: await refetchFinancingSimulation(req, req.params.id) })
}
