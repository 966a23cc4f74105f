import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rescoreLeadBehaviourStep, RescoreLeadBehaviourStepInput } from "./steps/rescore-lead-behaviour"

/**
 * Re-scores the open leads whose behaviour (browsing sessions of their tracker ids and
 * customer, simulations, roof lookups) changed since their last count, at most
 * `leadBehaviour.batchSize` per run. Returns how many and which.
 */
export const rescoreLeadBehaviourWorkflow = createWorkflow(
  "rescore-lead-behaviour",
  (input: RescoreLeadBehaviourStepInput) => new WorkflowResponse(rescoreLeadBehaviourStep(input))
)
