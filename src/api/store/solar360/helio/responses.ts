import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity } from "../../../utils/response-schemas"

/** What the storefront may see of its conversation: state and counters, no content. */
export const StoreHelioConversation = entity("StoreHelioConversation", {
  status: col(z.string()),
  channel: col(z.string()),
  started_at: col(dateTime()),
  ended_at: col(dateTime()),
  last_message_at: col(dateTime()),
  message_count: col(z.number()),
  user_message_count: col(z.number()),
  helio_message_count: col(z.number()),
  satisfaction_score: col(z.number()),
  satisfaction_at: col(dateTime()),
  issue_resolved: col(z.boolean()),
  escalated_to_human: col(z.boolean()),
  created_at: col(dateTime()),
  updated_at: col(dateTime()),
})

export const StoreHelioConversationResponse = z
  .object({ conversation: StoreHelioConversation })
  .meta({ id: "StoreHelioConversationResponse" })
export type StoreHelioConversationResponse = z.infer<typeof StoreHelioConversationResponse>

export const StoreHelioConversationFeedbackResponse = z
  .object({ id: z.string(), satisfaction: z.number().int() })
  .meta({ id: "StoreHelioConversationFeedbackResponse", example: { id: "hconv_01JQ...", satisfaction: 5 } })
export type StoreHelioConversationFeedbackResponse = z.infer<typeof StoreHelioConversationFeedbackResponse>

export const StoreRagQueryFeedbackResponse = z
  .object({ id: z.string(), user_feedback: z.enum(["positive", "negative"]) })
  .meta({ id: "StoreRagQueryFeedbackResponse", example: { id: "ragq_01JQ...", user_feedback: "positive" } })
export type StoreRagQueryFeedbackResponse = z.infer<typeof StoreRagQueryFeedbackResponse>
