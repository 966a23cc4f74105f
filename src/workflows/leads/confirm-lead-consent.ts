import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { confirmLeadConsentStep } from "./steps/confirm-lead-consent"

/**
 * The double opt-in: a confirmation token (sent to the lead's own e-mail or phone on
 * `solar360.lead.consent_confirmation_requested`) applies the capture's consent statement
 * through the consent history (channel `double_opt_in`), then emits
 * `solar360.lead.consent_changed` like any statement that becomes the lead's state.
 */
export const confirmLeadConsentWorkflow = createWorkflow(
  "confirm-lead-consent",
  (input: { token: string }) => {
    const result = confirmLeadConsentStep(input)
    const changed = transform({ result }, ({ result }) => ({
      applied: result.applied,
      event: {
        eventName: Solar360Events.LEAD_CONSENT_CHANGED,
        // Ids and flags only: no personal data on the event bus.
        data: { id: result.lead_id, purpose: "marketing", granted: result.granted },
      },
    }))
    when("emit-confirmed-lead-consent-changed", changed, ({ applied }) => applied).then(() => {
      emitEventStep(changed.event)
    })
    return new WorkflowResponse(result)
  }
)
