import type { HelioAggregates } from "../../../lib/helio"

/** A RAG query ready to store: content redacted, tokens checked, cost and review flags set. */
export type PreparedRagQuery = Record<string, unknown> & {
  message_id?: string | null
  customer_id?: string | null
  session_id?: string | null
  total_tokens?: number | null
  estimated_cost_usd?: number | null
  total_response_time_ms?: number | null
  contains_pii: boolean
  pii_redacted: boolean
}

export type LoggedRagQueries = {
  conversation_id: string
  created_ids: string[]
  /** One per submitted query, in order: its id, or `duplicate` when its message_id was logged. */
  results: Array<{ message_id: string | null; id: string | null; duplicate: boolean }>
}

/** One model's answers, tokens and cost over a range (the metrics and the time series). */
export type HelioModelTotals = {
  llm_model: string
  queries: number
  prompt_tokens: number
  completion_tokens: number
  cached_tokens: number
  reasoning_tokens: number
  total_tokens: number
  cost_usd: number
  queries_without_cost: number
}

export type HelioMetricAggregates = {
  conversations: HelioAggregates
  response_time_ms: { p50: number | null; p95: number | null; timed: number }
  models: HelioModelTotals[]
  top_topics: Array<{ topic: string; conversations: number }>
}

export type AbandonedConversation = {
  id: string
  /** Values before the job, for the workflow's compensation. */
  ended_at: Date | string | null
  duration_seconds: number | null
}

export type AbandonInactiveConversationsResult = {
  count: number
  conversation_ids: string[]
  previous: AbandonedConversation[]
}

export type HelioRetentionResult = {
  /** Conversations whose missing `data_retention_until` was set (created_at + conversationRetentionDays). */
  retention_dates_set: number
  /** Conversations erased (deletion requested or past `data_retention_until`): content and identity. */
  conversations_erased: number
  /** Queries of those conversations: content and identity. */
  queries_erased: number
  /** Conversations older than contentRetentionDays whose text was blanked. */
  conversations_blanked: number
  /** Queries older than contentRetentionDays whose text was blanked. */
  queries_blanked: number
  /** True when another instance held the retention lock: this run stopped early. */
  locked_out: boolean
}

export type HelioOrderAttributionInput = {
  order_id: string
  customer_id: string | null
  placed_at: Date | string
  /** The order's total; a string keeps the exact decimal. */
  order_value: number | string | null
  product_ids: string[]
}

/** A conversation's conversion columns before an attribution (what a compensation restores). */
export type HelioAttributionPrevious = {
  id: string
  led_to_purchase: boolean
  order_value: string | null
  raw_order_value: Record<string, unknown> | null
  products_purchased: unknown
}

export type HelioOrderAttributionResult = {
  conversation_ids: string[]
  previous: HelioAttributionPrevious[]
}

/** What the Helio retention has left to do, for the data retention's dry run. */
export type HelioRetentionPending = {
  retention_dates_to_set: number
  conversations_to_erase: number
  queries_to_erase: number
  queries_to_blank: number
  conversations_to_blank: number
}
