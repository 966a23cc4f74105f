import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rollUpAnalyticsStep, RollUpAnalyticsStepInput } from "./steps/roll-up-analytics"

/**
 * Recomputes the stored daily rollups of the analytics reports: yesterday and every ended day
 * whose raw rows changed since the previous run. Returns the days recomputed per report.
 */
export const rollUpAnalyticsWorkflow = createWorkflow(
  "roll-up-analytics",
  (input: RollUpAnalyticsStepInput) => {
    const result = rollUpAnalyticsStep(input)
    return new WorkflowResponse(result)
  }
)
