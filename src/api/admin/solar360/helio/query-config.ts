/** Every conversation column but the token and idempotency hashes (never shown anywhere). */
export const ADMIN_HELIO_CONVERSATION_FIELDS = [
  "id", "title", "summary", "status", "channel", "started_at", "ended_at", "last_message_at",
  "message_count", "user_message_count", "helio_message_count", "duration_seconds",
  "avg_response_time_ms", "response_time_total_ms", "timed_response_count", "user_satisfaction",
  "satisfaction_score", "satisfaction_comment", "satisfaction_at", "issue_resolved",
  "resolution_type", "led_to_purchase", "products_recommended", "products_purchased", "order_id",
  "order_value", "lead_generated", "lead_id", "topics", "primary_topic", "intent", "quality_score",
  "had_hallucinations", "had_errors", "needed_clarification", "total_tokens_used", "total_cost_usd",
  "escalated_to_human", "escalation_reason", "escalated_at", "assigned_to", "contains_pii",
  "pii_redacted", "data_retention_until", "user_requested_deletion", "content_blanked_at",
  "customer_id", "session_id", "created_at", "updated_at",
]

export const adminHelioConversationListQueryConfig = {
  defaults: ADMIN_HELIO_CONVERSATION_FIELDS,
  allowed: ADMIN_HELIO_CONVERSATION_FIELDS,
  defaultLimit: 20,
  isList: true,
}

export const adminHelioConversationQueryConfig = {
  defaults: ADMIN_HELIO_CONVERSATION_FIELDS,
  allowed: ADMIN_HELIO_CONVERSATION_FIELDS,
  isList: false,
}

const RAG_QUERY_SUMMARY_FIELDS = [
  "id", "message_id", "query_text", "query_language", "query_type", "embedding_model",
  "chunks_retrieved_count", "vector_db", "vector_search_time_ms", "retrieval_time_ms", "llm_model",
  "llm_temperature", "llm_response_time_ms", "total_response_time_ms", "time_to_first_token_ms",
  "prompt_tokens", "completion_tokens", "cached_tokens", "reasoning_tokens", "total_tokens",
  "estimated_cost_usd", "cost_source", "price_version", "confidence_score", "quality_score",
  "user_feedback", "user_feedback_comment", "user_feedback_at", "recommended_products",
  "product_scores", "contains_pii", "pii_redacted", "pii_types", "reviewed_by_human", "reviewed_by",
  "reviewed_at", "review_outcome", "review_notes", "flagged_for_review", "flag_reason",
  "content_captured", "content_blanked_at", "customer_id", "conversation_id", "session_id",
  "created_at", "updated_at",
]

/** The detail adds the bulky content: prompt, response, chunks, scores, embedding. */
export const RAG_QUERY_DETAIL_FIELDS = [
  ...RAG_QUERY_SUMMARY_FIELDS,
  "prompt", "response", "retrieved_chunks", "retrieval_scores", "query_embedding",
]

export const adminRagQueryListQueryConfig = {
  defaults: RAG_QUERY_SUMMARY_FIELDS,
  allowed: RAG_QUERY_DETAIL_FIELDS,
  defaultLimit: 20,
  isList: true,
}

export const adminRagQueryQueryConfig = {
  defaults: RAG_QUERY_DETAIL_FIELDS,
  allowed: RAG_QUERY_DETAIL_FIELDS,
  isList: false,
}
