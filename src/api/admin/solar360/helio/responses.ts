import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity, json, listOf } from "../../../utils/response-schemas"

const rate = z.number().nullable()

export const AdminHelioConversation = entity(
  "AdminHelioConversation",
  {
    title: col(z.string()),
    summary: col(z.string()),
    status: col(z.string()),
    channel: col(z.string()),
    started_at: col(dateTime()),
    ended_at: col(dateTime()),
    last_message_at: col(dateTime()),
    message_count: col(z.number()),
    user_message_count: col(z.number()),
    helio_message_count: col(z.number()),
    avg_response_time_ms: col(z.number()),
    satisfaction_score: col(z.number()),
    issue_resolved: col(z.boolean()),
    led_to_purchase: col(z.boolean()),
    topics: col(json()),
    primary_topic: col(z.string()),
    escalated_to_human: col(z.boolean()),
    escalation_reason: col(z.string()),
    total_tokens_used: col(z.number()),
    total_cost_usd: col(z.number()),
    customer_id: col(z.string()),
    session_id: col(z.string()),
    created_at: col(dateTime()),
    updated_at: col(dateTime()),
  },
  { id: "hconv_01JQ...", status: "active", channel: "web", message_count: 4 }
)

export const AdminRagQuery = entity("AdminRagQuery", {
  message_id: col(z.string()),
  conversation_id: col(z.string()),
  query_text: col(z.string()),
  query_language: col(z.string()),
  query_type: col(z.string()),
  llm_model: col(z.string()),
  prompt_tokens: col(z.number()),
  completion_tokens: col(z.number()),
  total_tokens: col(z.number()),
  estimated_cost_usd: col(z.number()),
  total_response_time_ms: col(z.number()),
  user_feedback: col(z.string()),
  reviewed_by_human: col(z.boolean()),
  review_outcome: col(z.string()),
  review_notes: col(z.string()),
  flagged_for_review: col(z.boolean()),
  created_at: col(dateTime()),
})

export const AdminHelioConversationListResponse = listOf("conversations", AdminHelioConversation).meta({
  id: "AdminHelioConversationListResponse",
})
export type AdminHelioConversationListResponse = z.infer<typeof AdminHelioConversationListResponse>

/** One conversation with a page of its queries, oldest first. */
export const AdminHelioConversationDetailResponse = z
  .object({
    conversation: AdminHelioConversation,
    queries: z.array(AdminRagQuery),
    queries_count: z.number().int(),
    queries_offset: z.number().int(),
    queries_limit: z.number().int(),
  })
  .meta({ id: "AdminHelioConversationDetailResponse" })
export type AdminHelioConversationDetailResponse = z.infer<typeof AdminHelioConversationDetailResponse>

export const AdminHelioConversationResponse = z
  .object({ conversation: AdminHelioConversation })
  .meta({ id: "AdminHelioConversationResponse" })
export type AdminHelioConversationResponse = z.infer<typeof AdminHelioConversationResponse>

export const AdminStartHelioConversationResponse = z
  .object({
    conversation: AdminHelioConversation,
    /** Shown only here: the storefront sends it in `x-resume-token` to read the conversation. */
    session_token: z.string().nullable(),
  })
  .meta({ id: "AdminStartHelioConversationResponse" })
export type AdminStartHelioConversationResponse = z.infer<typeof AdminStartHelioConversationResponse>

/** A single logged query, or (for `{ queries: [...] }`) the per-query results of the batch. */
export const AdminLogRagQueryResponse = z
  .object({ rag_query: AdminRagQuery, duplicate: z.boolean() })
  .meta({ id: "AdminLogRagQueryResponse" })
export const AdminLogRagQueriesBatchResponse = z
  .object({
    conversation_id: z.string(),
    accepted: z.number().int(),
    duplicates: z.number().int(),
    results: z.array(
      z.object({ message_id: z.string().nullable(), id: z.string().nullable(), duplicate: z.boolean() })
    ),
  })
  .meta({ id: "AdminLogRagQueriesBatchResponse" })
export const AdminLogRagQueriesResponse = z.union([AdminLogRagQueryResponse, AdminLogRagQueriesBatchResponse])
export type AdminLogRagQueriesResponse = z.infer<typeof AdminLogRagQueriesResponse>

/** A topic and the conversations about it (metrics and series alike). */
const HelioTopicRow = z.object({ topic: z.string(), conversations: z.number().int() })

/** One model's answers, tokens and cost; `cost` is null-able where the range may have no price. */
const helioModelRow = <Cost extends z.ZodType<number | null>>(cost: Cost) =>
  z.object({
    llm_model: z.string(),
    queries: z.number().int(),
    prompt_tokens: z.number(),
    completion_tokens: z.number(),
    cached_tokens: z.number(),
    reasoning_tokens: z.number(),
    total_tokens: z.number(),
    cost_usd: cost,
    queries_without_cost: z.number().int(),
  })

export const AdminHelioMetricsResponse = z
  .object({
    from: dateTime(),
    to: dateTime(),
    conversations: z.object({
      total: z.number().int(),
      completed: z.number().int(),
      abandoned: z.number().int(),
      issue_resolved: z.number().int(),
      escalated_to_human: z.number().int(),
      led_to_purchase: z.number().int(),
      order_value_sum: z.number(),
      satisfaction_avg: rate,
      total_cost_usd: z.number(),
      hallucinations: z.number().int(),
      errors: z.number().int(),
      resolved_issue_count: z.number().int(),
    }),
    metrics: z.object({
      completion_rate: rate,
      resolution_rate: rate,
      escalation_rate: rate,
      conversion_rate: rate,
      revenue_per_conversation: rate,
      cost_per_conversation: rate,
      cost_per_resolved_issue: rate,
      hallucination_rate: rate,
      error_rate: rate,
      average_satisfaction: rate,
    }),
    response_time_ms: z.object({ p50: rate, p95: rate, answers_timed: z.number().int() }),
    top_topics: z.array(HelioTopicRow),
    models: z.array(helioModelRow(rate)),
  })
  .meta({ id: "AdminHelioMetricsResponse" })
export type AdminHelioMetricsResponse = z.infer<typeof AdminHelioMetricsResponse>

export const AdminRagQueryListResponse = listOf("rag_queries", AdminRagQuery).meta({ id: "AdminRagQueryListResponse" })
export type AdminRagQueryListResponse = z.infer<typeof AdminRagQueryListResponse>

export const AdminRagQueryResponse = z.object({ rag_query: AdminRagQuery }).meta({ id: "AdminRagQueryResponse" })
export type AdminRagQueryResponse = z.infer<typeof AdminRagQueryResponse>

const seriesFigures = {
  conversations: z.number().int(),
  completed: z.number().int(),
  abandoned: z.number().int(),
  resolved: z.number().int(),
  resolved_any: z.number().int(),
  escalated: z.number().int(),
  converted: z.number().int(),
  cost_usd: z.number(),
  queries: z.number().int(),
  latency_p50_ms: rate,
  latency_p95_ms: rate,
  completion_rate: rate,
  resolution_rate: rate,
  escalation_rate: rate,
  conversion_rate: rate,
  cost_per_conversation_usd: rate,
  cost_per_resolved_conversation_usd: rate,
}

/** Per bucket (day or ISO week) figures of the range, the range's totals, topics and models. */
export const AdminHelioTimeseriesResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    interval: z.enum(["day", "week"]),
    time_zone: z.string(),
    buckets: z.array(z.object({ bucket: z.string(), ...seriesFigures })),
    totals: z.object(seriesFigures),
    top_topics: z.array(HelioTopicRow),
    models: z.array(helioModelRow(z.number())),
  })
  .meta({ id: "AdminHelioTimeseriesResponse" })
export type AdminHelioTimeseriesResponse = z.infer<typeof AdminHelioTimeseriesResponse>
