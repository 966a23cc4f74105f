import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyHelioRetentionStep, ApplyHelioRetentionStepInput } from "./steps/apply-helio-retention"

/**
 * The Helio retention: content (texts, prompts, responses, chunk text) older than
 * `helio.contentRetentionDays` is blanked, conversations whose customer asked for deletion or
 * past `data_retention_until` are erased and anonymised with their queries; numbers stay.
 * Returns the rows changed per kind.
 */
export const applyHelioRetentionWorkflow = createWorkflow(
  "apply-helio-retention",
  (input: ApplyHelioRetentionStepInput) => {
    return new WorkflowResponse(applyHelioRetentionStep(input))
  }
)
