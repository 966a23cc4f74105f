import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startHelioConversationWorkflow } from "../../../../workflows/helio"
import { idempotencyKeyOf } from "../../../utils/calculator-request"
import { AdminGetHelioConversationsParams, AdminStartHelioConversation } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetHelioConversationsParams>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: conversations, metadata } = await query.graph({
    entity: "helio_conversation",
    fields: req.queryConfig.fields,
    filters: req.filterableFields as Record<string, unknown>,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    conversations,
    count: metadata?.count ?? conversations.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? conversations.length,
  })
}

/**
 * Starts a conversation. Answers it with `session_token`, shown only here: the assistant
 * hands it to the storefront, which uses it to read the conversation and send feedback.
 * An Idempotency-Key makes a retried start answer the same conversation (200).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminStartHelioConversation>,
  res: MedusaResponse
) => {
  const { result } = await startHelioConversationWorkflow(req.scope).run({
    input: { ...req.validatedBody, idempotency_key: idempotencyKeyOf(req) },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [conversation],
  } = await query.graph({ entity: "helio_conversation", fields: req.queryConfig.fields, filters: { id: result.id } })
  res.status(result.created ? 201 : 200).json({ conversation, session_token: result.resume_token })
}
