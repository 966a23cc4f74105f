import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { logRagQueriesWorkflow } from "../../../../../../../workflows/helio"
import { RAG_QUERY_DETAIL_FIELDS } from "../../../query-config"
import { AdminLogRagQueries } from "../../../validators"
import type { AdminLogRagQueriesResponse } from "../../../responses"

// Authenticated in middlewares.ts: the logging method accepts an ingestion key besides admin
// auth (authenticateHelioLogging), every other method admin auth only (adminAuth).
export const AUTHENTICATE = false

/**
 * Logs one RAG query (answers `{ rag_query }`) or a batch `{ queries: [...] }` (answers
 * per-query `results`), all-or-nothing. A query whose `message_id` is already logged in the
 * conversation is a retry: it is reported `duplicate` and counted once.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminLogRagQueries>, res: MedusaResponse<AdminLogRagQueriesResponse>) => {
  const body = req.validatedBody
  const batch = "queries" in body
  const { result } = await logRagQueriesWorkflow(req.scope).run({
    input: { conversation_id: req.params.id, queries: batch ? body.queries : [body] } as any,
  })
  const status = result.created_ids.length ? 201 : 200
  if (batch) {
    res.status(status).json({
      conversation_id: result.conversation_id,
      accepted: result.created_ids.length,
      duplicates: result.results.filter((r) => r.duplicate).length,
      results: result.results,
    })
    return
  }
  const [single] = result.results
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [rag_query],
  } = await query.graph({
    entity: "rag_query",
    fields: RAG_QUERY_DETAIL_FIELDS,
    filters: single.id ? { id: single.id } : { conversation_id: req.params.id, message_id: single.message_id },
  })
  res.status(status).json({ rag_query, duplicate: single.duplicate })
}
