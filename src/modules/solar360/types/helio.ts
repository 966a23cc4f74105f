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

export type HelioMetricAggregates = {
  conversations: HelioAggregates
  response_time_ms: { p50: number | null; p95: number | null; timed: number }
  models: Array<{
    llm_model: string
    queries: number
    prompt_tokens: number
    completion_tokens: number
    cached_tokens: number
    reasoning_tokens: number
    total_tokens: number
    cost_usd: number
    queries_without_cost: number
  }>
  top_topics: Array<{ topic: string; conversations: number }>
}
