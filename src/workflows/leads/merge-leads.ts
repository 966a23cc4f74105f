import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { mergeLeadsStep, MergeLeadsStepInput } from "./steps/merge-leads"

/**
 * Merges two leads of one person: the absorbed lead's history (touches, status changes,
 * consent statements, notes) moves to the survivor, which is re-scored; the absorbed lead is
 * soft-deleted pointing at it (`merged_into_id`). Emits `solar360.lead.updated` for the survivor.
 */
export const mergeLeadsWorkflow = createWorkflow("merge-leads", (input: MergeLeadsStepInput) => {
  const result = mergeLeadsStep(input)
  const event = transform({ result }, ({ result }) => ({
    eventName: Solar360Events.LEAD_UPDATED,
    data: { id: result.survivor_id },
  }))
  emitEventStep(event)
  return new WorkflowResponse(result)
})
