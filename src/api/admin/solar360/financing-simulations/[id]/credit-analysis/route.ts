import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCreditAnalysisWorkflow } from "../../../../../../workflows/calculators"
import { AdminRecordCreditAnalysis } from "../../validators"
import { refetchFinancingSimulation } from "../helpers"
import type { AdminFinancingSimulationResponse } from "../../responses"

/**
 * Records a move in the bank's credit analysis: pending -> analyzing -> approved | rejected.
 * An approval stores the installment the server computes from the approved terms.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordCreditAnalysis>,
  res: MedusaResponse<AdminFinancingSimulationResponse>
) => {
  await recordCreditAnalysisWorkflow(req.scope).run({
    input: { id: req.params.id, analysis: req.validatedBody },
  })
  res.json({ financing_simulation: await refetchFinancingSimulation(req, req.params.id) })
}
