import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewRagQueryWorkflow } from "../../../../../../workflows/helio"
import { AdminReviewRagQuery } from "../../../helio/validators"
import { loadRagQuery } from "../route"
import type { AdminRagQueryResponse } from "../../../helio/responses"

/** Human review (LGPD art. 20): approved / corrected / rejected, with notes. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewRagQuery>, res: MedusaResponse<AdminRagQueryResponse>) => {
  const { outcome, notes, reviewer } = req.validatedBody
  await reviewRagQueryWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      outcome,
      notes: notes ?? null,
      reviewer: reviewer ?? `${req.auth_context.actor_type}:${req.auth_context.actor_id}`,
    },
  })
  res.json({ rag_query: await loadRagQuery(req) })
}
