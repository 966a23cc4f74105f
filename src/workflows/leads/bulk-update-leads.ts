import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events, type BulkLeadUpdate } from "../../modules/solar360"
import { bulkUpdateLeadsStep } from "./steps/bulk-update-leads"

/**
 * One status or assignment change over up to 200 leads (the board's and list's bulk actions):
 * each lead through the funnel rules on its own, refusals answered per lead. Emits
 * `solar360.lead.assigned` per changed assignee and `.converted` per conversion.
 */
export const bulkUpdateLeadsWorkflow = createWorkflow("bulk-update-leads", (input: BulkLeadUpdate) => {
  const outcome = bulkUpdateLeadsStep(input)
  const events = transform({ outcome }, ({ outcome }) => ({
    assigned: { eventName: Solar360Events.LEAD_ASSIGNED, data: outcome.assignments },
    converted: { eventName: Solar360Events.LEAD_CONVERTED, data: outcome.converted_ids.map((id) => ({ id })) },
  }))
  emitEventStep(events.assigned).config({ name: "emit-leads-assigned" })
  emitEventStep(events.converted).config({ name: "emit-leads-converted" })
  const results = transform({ outcome }, ({ outcome }) => outcome.results)
  return new WorkflowResponse(results)
})
