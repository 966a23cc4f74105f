import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { respondWithList } from "../../../../utils/list-response"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { listFilters } from "../../analytics/helpers"
import { startHelioConversationWorkflow } from "../../../../../workflows/helio"
import { idempotencyOf } from "../../../../utils/calculator-request"
import { contactCapture } from "../../../../utils/lead-capture-input"
import { AdminGetHelioConversationsParams, AdminStartHelioConversation } from "../validators"
import type { AdminHelioConversationListResponse, AdminStartHelioConversationResponse } from "../responses"

// Authenticated in middlewares.ts: the logging method accepts an ingestion key besides admin
// auth (authenticateHelioLogging), every other method admin auth only (adminAuth).
export const AUTHENTICATE = false

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetHelioConversationsParams>,
  res: MedusaResponse<AdminHelioConversationListResponse>
) => {
  // `has_feedback` is not a column: it reads as "satisfaction_score is (not) null".
  const solar360 = req.scope.resolve<Solar360ModuleService>(SOLAR360_MODULE)
  const { has_feedback, ...fields } = req.filterableFields as Record<string, unknown>
  const filters = listFilters(fields, solar360.options.reportTimezone, "created_at")
  if (has_feedback !== undefined) {
    filters.satisfaction_score = has_feedback ? { $ne: null } : { $eq: null }
  }
  await respondWithList(req, res, { entity: "helio_conversation", key: "conversations", filters })
}

/**
 * Starts a conversation. Answers it with `session_token`, shown only here: the assistant
 * hands it to the storefront, which uses it to read the conversation and send feedback.
 * An Idempotency-Key makes a retried start answer the same conversation (200).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminStartHelioConversation>,
  res: MedusaResponse<AdminStartHelioConversationResponse>
) => {
  const { contact, ...body } = req.validatedBody
  const { result } = await startHelioConversationWorkflow(req.scope).run({
    input: {
      ...body,
      contact: contact ? contactCapture(contact, "chat") : null,
      idempotency: await idempotencyOf(req),
    },
  })
  const conversation = await refetchEntity({
    entity: "helio_conversation",
    idOrFilter: result.id,
    scope: req.scope,
    fields: req.queryConfig.fields,
  })
  res.status(result.created ? 201 : 200).json({ conversation, session_token: result.resume_token })
}
