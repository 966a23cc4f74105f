import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordHelioConversationFeedbackWorkflow } from "../../../../../../../workflows/helio"
import { conversationViewer } from "../../../../../../utils/calculator-request"
import { StoreHelioConversationFeedback } from "../../../validators"
import type { StoreHelioConversationFeedbackResponse } from "../../../responses"

/** Satisfaction 1-5 and a comment (redacted) for the whole conversation. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreHelioConversationFeedback>, res: MedusaResponse<StoreHelioConversationFeedbackResponse>) => {
  await recordHelioConversationFeedbackWorkflow(req.scope).run({
    input: {
      conversation_id: req.params.id,
      viewer: conversationViewer(req),
      satisfaction: req.validatedBody.satisfaction,
      comment: req.validatedBody.comment ?? null,
    },
  })
  res.json({ id: req.params.id, satisfaction: req.validatedBody.satisfaction })
}
