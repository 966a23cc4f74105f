import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordRagQueryFeedbackWorkflow } from "../../../../../../workflows/helio"
import { conversationViewer } from "../../../../../utils/calculator-request"
import { StoreRagQueryFeedback } from "../../../helio/validators"
import type { StoreRagQueryFeedbackResponse } from "../../../helio/responses"

/** Thumbs up/down (and a redacted comment) on one answer; down sends it to human review. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRagQueryFeedback>, res: MedusaResponse<StoreRagQueryFeedbackResponse>) => {
  await recordRagQueryFeedbackWorkflow(req.scope).run({
    input: {
      query_id: req.params.id,
      viewer: conversationViewer(req),
      thumbs: req.validatedBody.thumbs,
      comment: req.validatedBody.comment ?? null,
    },
  })
  res.json({ id: req.params.id, user_feedback: req.validatedBody.thumbs === "up" ? "positive" : "negative" })
}
