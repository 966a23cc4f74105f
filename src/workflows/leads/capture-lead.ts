import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { captureLeadStep, CaptureLeadStepInput } from "./steps/capture-lead"
import { loadCustomerEmailStep } from "./steps/load-customer-email"

/**
 * Stores a lead from the storefront or folds it into the person's open lead (dedupe by
 * e-mail or phone), scores it, and emits `solar360.lead.created` or `solar360.lead.updated`.
 * A logged-in customer's account e-mail is looked up here: a capture with it acts for the
 * lead with that e-mail; any other capture only records a visit on an existing lead, and its
 * consent statement waits for a double opt-in, whose link a notification provider sends on
 * `solar360.lead.consent_confirmation_requested`.
 */
export const captureLeadWorkflow = createWorkflow(
  "capture-lead",
  (input: CaptureLeadStepInput) => {
    const customer = transform({ input }, ({ input }) => ({ customer_id: input.lead.customer_id ?? null }))
    const verifiedEmail = loadCustomerEmailStep(customer)
    const captureInput = transform({ input, verifiedEmail }, ({ input, verifiedEmail }) => ({
      ...input,
      // Only ever from the customer's account: a request cannot claim it.
      lead: { ...input.lead, verified_email: verifiedEmail },
    }))
    const result = captureLeadStep(captureInput)
    const event = transform({ result }, ({ result }) => ({
      eventName: result.deduplicated
        ? Solar360Events.LEAD_UPDATED
        : Solar360Events.LEAD_CREATED,
      data: { id: result.lead_id },
    }))
    emitEventStep(event).config({ name: "emit-lead-captured" })
    when("request-lead-consent-confirmation", result, (result) => Boolean(result.confirmation)).then(() => {
      const confirmation = transform({ result }, ({ result }) => ({
        eventName: Solar360Events.LEAD_CONSENT_CONFIRMATION_REQUESTED,
        data: result.confirmation!,
      }))
      emitEventStep(confirmation).config({ name: "emit-lead-consent-confirmation-requested" })
    })
    return new WorkflowResponse(result)
  }
)
