import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eraseDataSubjectWorkflow } from "../../../../../../workflows/privacy"
import { auditActorOf, subjectIdentifiersOf } from "../identifiers"
import { AdminEraseDataSubject } from "../validators"
import type { AdminEraseDataSubjectResponse } from "../responses"

/**
 * LGPD art. 18 VI: anonymises or deletes every row of the person in all models, in one
 * transaction; answers counts per model. Send an `Idempotency-Key` header to make retries safe.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminEraseDataSubject>, res: MedusaResponse<AdminEraseDataSubjectResponse>) => {
  const body = req.validatedBody
  const identifiers = subjectIdentifiersOf(req, body.identifiers)
  const idempotencyKey = req.get("idempotency-key")?.trim() || null
  const { result } = await eraseDataSubjectWorkflow(req.scope).run({
    input: { identifiers, mode: body.mode, reason: body.reason, idempotency_key: idempotencyKey, ...auditActorOf(req) },
  })
  res.status(200).json({ erasure: result })
}
