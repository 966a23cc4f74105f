import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { captureLeadWorkflow } from "../../../../workflows/leads"
import { StoreCreateLead } from "./validators"
import type { StoreCaptureLeadResponse } from "./responses"

/**
 * Captures a lead. Always 202 with a receipt, whether the capture created a lead or joined
 * the open lead of the same e-mail or phone: anyone holding the public publishable key may
 * call this, so the answer must not tell whether a contact is known, nor echo a stored lead.
 * The receipt id is the capture's own record, not the lead's.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateLead>,
  res: MedusaResponse<StoreCaptureLeadResponse>
) => {
  const { consent, ...fields } = req.validatedBody
  const customerId =
    req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null

  const { result } = await captureLeadWorkflow(req.scope).run({
    input: {
      lead: {
        ...fields,
        consent_marketing: consent?.marketing,
        consent_terms_version: consent?.marketing === undefined ? null : consent.terms_version ?? null,
        consent_analytics: consent?.analytics,
        customer_id: customerId,
      },
      ip: req.ip ?? null,
      user_agent: req.get("user-agent") ?? null,
    },
  })

  res.status(202).json({ receipt: { id: result.touch_id, received_at: new Date().toISOString() } })
}
