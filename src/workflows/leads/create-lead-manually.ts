import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LeadCapture } from "../../lib/leads"
import { Solar360Events, type ManualLeadSource } from "../../modules/solar360"
import { captureLeadStep } from "./steps/capture-lead"
import { completeManualLeadStep } from "./steps/complete-manual-lead"

export type CreateLeadManuallyInput = {
  lead: LeadCapture
  source: ManualLeadSource
  assigned_to?: string | null
  note?: string | null
  actor_id?: string | null
}

/**
 * A lead an operator types in (a phone call, a walk-in): the store's capture (same dedupe
 * and score; the operator acts for the person, so a match by e-mail has its blanks filled),
 * then its source, assignee (given, else the `leads.assignment` rule for a new lead) and
 * first note. Emits `solar360.lead.created` or `.updated`, and `.assigned` on an assignment.
 */
export const createLeadManuallyWorkflow = createWorkflow("create-lead-manually", (input: CreateLeadManuallyInput) => {
  const captureInput = transform({ input }, ({ input }) => ({
    lead: { ...input.lead, verified_email: input.lead.email ? input.lead.email.trim().toLowerCase() : null },
  }))
  const captured = captureLeadStep(captureInput)
  const completion = transform({ input, captured }, ({ input, captured }) => ({
    lead_id: captured.lead_id,
    touch_id: captured.touch_id,
    created: !captured.deduplicated,
    source: input.source,
    assigned_to: input.assigned_to,
    note: input.note ?? null,
    actor_id: input.actor_id ?? null,
  }))
  const completed = completeManualLeadStep(completion)
  const events = transform({ captured, completed }, ({ captured, completed }) => ({
    saved: {
      eventName: captured.deduplicated ? Solar360Events.LEAD_UPDATED : Solar360Events.LEAD_CREATED,
      data: { id: captured.lead_id },
    },
    assigned: {
      eventName: Solar360Events.LEAD_ASSIGNED,
      data: completed.assignment ? [completed.assignment] : [],
    },
  }))
  emitEventStep(events.saved).config({ name: "emit-lead-saved" })
  emitEventStep(events.assigned).config({ name: "emit-lead-assigned" })
  return new WorkflowResponse({ lead_id: captured.lead_id, deduplicated: captured.deduplicated })
})
