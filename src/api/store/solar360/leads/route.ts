import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { captureLeadWorkflow } from "../../../../workflows/leads"
import { leadCaptureInput } from "../../../utils/lead-capture-input"
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
  const { interest_type, ...body } = req.validatedBody
  const input = leadCaptureInput(req, body, interest_type)
  const { result } = await captureLeadWorkflow(req.scope).run({ input })

  res.status(202).json({ receipt: { id: result.touch_id, received_at: new Date().toISOString() } })
}
