import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import {
  recordLeadConsentStep,
  RecordLeadConsentStepInput,
} from "./steps/record-lead-consent"

/**
 * Records a consent statement of a lead (granted or withdrawn, marketing or terms) in its
 * history and, unless a newer statement of that purpose is already recorded, as its current
 * state; then emits `solar360.lead.consent_changed` with `{ id, purpose, granted }`.
 * A late, older statement only joins the history and emits nothing.
 */
export const recordLeadConsentWorkflow = createWorkflow(
  "record-lead-consent",
  (input: RecordLeadConsentStepInput) => {
    const result = recordLeadConsentStep(input)
    const changed = transform({ input, result }, ({ input, result }) => ({
      applied: result.applied,
      event: {
        eventName: Solar360Events.LEAD_CONSENT_CHANGED,
        // Ids and flags only: no personal data on the event bus.
        data: { id: result.lead_id, purpose: input.purpose, granted: input.granted },
      },
    }))
    when("emit-lead-consent-changed", changed, ({ applied }) => applied).then(() => {
      emitEventStep(changed.event)
    })
    return new WorkflowResponse(result)
  }
)
