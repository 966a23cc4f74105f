import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { assignNewLeadsStep } from "./steps/assign-new-leads"
import { captureLeadStep, CaptureLeadStepInput } from "./steps/capture-lead"

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
    // The account e-mail of the logged-in customer, normalised; null for a guest. The customer
    // is a core entity, so it is read here with Query (issue 14), and only when there is one.
    const customers = when("load-customer-email", input, (input) => Boolean(input.lead.customer_id)).then(() => {
      const { data } = useQueryGraphStep({
        entity: "customer",
        fields: ["id", "email"],
        filters: { id: input.lead.customer_id },
      }).config({ name: "load-customer" })
      return data
    })
    const verifiedEmail = transform({ customers }, ({ customers }) => {
      const customer: any = customers?.[0]
      return customer?.email ? String(customer.email).trim().toLowerCase() : null
    })
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
    // A new lead gets an assignee by the `leads.assignment` rule (none without the option).
    const newLeadIds = transform({ result }, ({ result }) => (result.deduplicated ? [] : [result.lead_id]))
    const assignments = assignNewLeadsStep(newLeadIds)
    const assigned = transform({ assignments }, ({ assignments }) => ({
      eventName: Solar360Events.LEAD_ASSIGNED,
      data: assignments,
    }))
    emitEventStep(assigned).config({ name: "emit-captured-lead-assigned" })
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
