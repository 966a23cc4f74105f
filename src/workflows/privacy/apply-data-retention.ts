import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyDataRetentionStep, ApplyDataRetentionStepInput } from "./steps/apply-data-retention"

/**
 * The data retention (`retention` options): deletes events, catalog access logs, RAG query
 * rows, closed leads (with their status history), financing simulations, viability analyses
 * and roof analyses past their model's period, in short chunked transactions. Returns the
 * rows deleted per model and the cutoffs. The Helio content retention is a job of its own
 * (hourly: deletion requests must not wait a day).
 */
export const applyDataRetentionWorkflow = createWorkflow(
  "apply-data-retention",
  (input: ApplyDataRetentionStepInput) => {
    return new WorkflowResponse(applyDataRetentionStep(input))
  }
)
