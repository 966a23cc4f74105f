import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../../modules/solar360"
import { updateHelioConversationWorkflow } from "../../../../../../workflows/helio"
import type { UpdateHelioConversationInput } from "../../../../../../workflows/helio/steps/update-helio-conversation"
import { contactCapture } from "../../../../../utils/lead-capture-input"
import { RAG_QUERY_DETAIL_FIELDS } from "../../query-config"
import { AdminGetHelioConversationParams, AdminUpdateHelioConversation } from "../../validators"
import type { AdminHelioConversationDetailResponse, AdminHelioConversationResponse } from "../../responses"

// Authenticated in middlewares.ts: the logging method accepts an ingestion key besides admin
// auth (authenticateHelioLogging), every other method admin auth only (adminAuth).
export const AUTHENTICATE = false

async function loadConversation(req: AuthenticatedMedusaRequest<any, any>, fields: string[]) {
  const conversation = await refetchEntity({ entity: "helio_conversation", idOrFilter: req.params.id, scope: req.scope, fields })
  if (!conversation) {
    throw notFound(`Helio conversation with id "${req.params.id}" was not found`)
  }
  return conversation
}

/** One conversation with a page of its queries, oldest first (`queries_limit`, `queries_offset`). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetHelioConversationParams>,
  res: MedusaResponse<AdminHelioConversationDetailResponse>
) => {
  const conversation = await loadConversation(req, req.queryConfig.fields)
  const { queries_limit, queries_offset } = req.validatedQuery as AdminGetHelioConversationParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: queries, metadata } = await query.graph({
    entity: "rag_query",
    fields: RAG_QUERY_DETAIL_FIELDS,
    filters: { conversation_id: req.params.id },
    pagination: { skip: queries_offset, take: queries_limit, order: { created_at: "ASC" } },
  })
  res.json({
    conversation,
    queries,
    queries_count: metadata?.count ?? queries.length,
    queries_offset,
    queries_limit,
  })
}

/** Status (allowed transitions only; `escalated` needs a reason), summary, topics, flags. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateHelioConversation>,
  res: MedusaResponse<AdminHelioConversationResponse>
) => {
  const { contact, ...fields } = req.validatedBody
  await updateHelioConversationWorkflow(req.scope).run({
    input: { ...(fields as Omit<UpdateHelioConversationInput, "id">), id: req.params.id, contact: contact ? contactCapture(contact, "chat") : null },
  })
  res.json({ conversation: await loadConversation(req, req.queryConfig.fields) })
}
