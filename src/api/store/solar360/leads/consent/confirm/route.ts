import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmLeadConsentWorkflow } from "../../../../../../workflows/leads"
import { StoreConfirmLeadConsent } from "../../validators"
import type { StoreConfirmLeadConsentResponse } from "../../responses"

/**
 * Confirms a lead's consent statement with the token of its double opt-in link. Answers only
 * what the statement was (marketing, granted or withdrawn) and whether it is now in force
 * (`applied` false: a newer statement was recorded meanwhile); never the lead.
 * 400 for a malformed, forged, expired or already used token (each its own code), 404 when
 * the lead is gone.
 */
export const POST = async (
  req: MedusaRequest<StoreConfirmLeadConsent>,
  res: MedusaResponse<StoreConfirmLeadConsentResponse>
) => {
  const { result } = await confirmLeadConsentWorkflow(req.scope).run({
    input: { token: req.validatedBody.token },
  })
  res.json({ consent: { purpose: "marketing", granted: result.granted, applied: result.applied } })
}
