import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import {
  recordCreditAnalysisStep,
  RecordCreditAnalysisStepInput,
} from "./steps/record-credit-analysis"

/**
 * Records a step of the bank's credit analysis of a financing simulation (submission,
 * approval with terms, rejection with a reason) and emits
 * `solar360.financing_simulation.credit_analysis_updated` with `{ id, status }`.
 */
export const recordCreditAnalysisWorkflow = createWorkflow(
  "record-credit-analysis",
  (input: RecordCreditAnalysisStepInput) => {
    const result = recordCreditAnalysisStep(input)
    const event = transform({ result }, ({ result }) => ({
      eventName: Solar360Events.FINANCING_SIMULATION_CREDIT_ANALYSIS_UPDATED,
      data: { id: result.id, status: result.status },
    }))
    emitEventStep(event)
    return new WorkflowResponse(result)
  }
)
