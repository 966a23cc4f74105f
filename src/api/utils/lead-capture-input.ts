import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { LeadInterestType } from "../../lib/leads"
import type { CaptureLeadStepInput } from "../../workflows/leads"
import type { StoreLeadContact } from "../store/solar360/leads/validators"

/**
 * The capture workflow's input from a contact a storefront form collected (the lead form, a
 * calculator): the same mapping as POST /store/solar360/leads, so every way in follows the
 * same rules (a logged-in customer's capture acts for their lead; consent as stated).
 */
export function leadCaptureInput(
  req: AuthenticatedMedusaRequest<unknown, any>,
  contact: StoreLeadContact,
  interestType: LeadInterestType
): CaptureLeadStepInput {
  const capture = contactCapture(contact, interestType)
  return {
    lead: { ...capture.lead, customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null },
    ip: req.ip ?? null,
    user_agent: req.get("user-agent") ?? null,
  }
}

/**
 * The same mapping for a contact a backend service relays (the assistant, for a visitor it
 * talked to): no customer and no request fingerprint, which are the service's, not the
 * person's; the workflow adds the customer it knows.
 */
export function contactCapture(contact: StoreLeadContact, interestType: LeadInterestType): CaptureLeadStepInput {
  const { consent, ...fields } = contact
  return {
    lead: {
      ...fields,
      interest_type: interestType,
      consent_marketing: consent?.marketing,
      consent_terms_version: consent?.marketing === undefined ? null : consent.terms_version ?? null,
      consent_analytics: consent?.analytics,
      customer_id: null,
    },
    ip: null,
    user_agent: null,
  }
}
