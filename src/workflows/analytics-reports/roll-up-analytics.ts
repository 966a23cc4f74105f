import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rollUpRowsPerDayStep } from "../health/steps/roll-up-rows-per-day"
import { rollUpAnalyticsStep, RollUpAnalyticsStepInput } from "./steps/roll-up-analytics"

/**
 * Recomputes the stored daily rollups of the analytics reports: yesterday and every ended day
 * whose raw rows changed since the previous run. Returns the days recomputed per report.
 * Then the data-health page's rows written per day (its own counters: `days` does not apply to
 * them, a stored day stays the rows written that day).
 */
export const rollUpAnalyticsWorkflow = createWorkflow(
  "roll-up-analytics",
  (input: RollUpAnalyticsStepInput) => {
    const result = rollUpAnalyticsStep(input)
    rollUpRowsPerDayStep(input)
    return new WorkflowResponse(result)
  }
)
