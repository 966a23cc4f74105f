/**
 * Statements behind Helio query logging. Counters are maintained by the database in the
 * same transaction as the query insert (never read-modify-write in JavaScript), so parallel
 * logs to one conversation leave exact totals. Every SET expression reads the row as it was
 * before the statement, which is what makes the average exact too.
 */

/** Locks the conversation for this transaction: logs to one conversation serialise here. */
export const LOCK_CONVERSATION_SQL = `
SELECT id, customer_id, session_id, status
FROM helio_conversation
WHERE id = :id AND deleted_at IS NULL
FOR UPDATE`

/** Which of the given message ids are already logged in the conversation. Ids as a JSON array. */
export const LOGGED_MESSAGE_IDS_SQL = `
SELECT message_id
FROM rag_query
WHERE conversation_id = :conversation_id
  AND deleted_at IS NULL
  AND message_id IN (SELECT jsonb_array_elements_text(:message_ids::jsonb))`

/**
 * Adds a batch of logged exchanges to the conversation. One exchange = one user message and
 * one Helio answer. Cost is numeric (bigNumber): its raw_ twin is kept in step.
 */
export const ADD_EXCHANGES_SQL = `
UPDATE helio_conversation SET
  message_count = message_count + 2 * :exchanges,
  user_message_count = user_message_count + :exchanges,
  helio_message_count = helio_message_count + :exchanges,
  total_tokens_used = total_tokens_used + :tokens,
  total_cost_usd = CASE WHEN :has_cost THEN coalesce(total_cost_usd, 0) + :cost ELSE total_cost_usd END,
  raw_total_cost_usd = CASE WHEN :has_cost
    THEN jsonb_build_object('value', (coalesce(total_cost_usd, 0) + :cost)::text, 'precision', 20)
    ELSE raw_total_cost_usd END,
  response_time_total_ms = response_time_total_ms + :response_time_sum,
  timed_response_count = timed_response_count + :timed_responses,
  avg_response_time_ms = CASE WHEN timed_response_count + :timed_responses > 0
    THEN round((response_time_total_ms + :response_time_sum)::numeric / (timed_response_count + :timed_responses))
    ELSE avg_response_time_ms END,
  started_at = coalesce(started_at, :first_at),
  last_message_at = greatest(coalesce(last_message_at, :last_at), :last_at),
  contains_pii = contains_pii OR :contains_pii,
  pii_redacted = pii_redacted OR :pii_redacted,
  status = CASE WHEN status = 'abandoned' THEN 'active' ELSE status END,
  updated_at = now()
WHERE id = :id
RETURNING id`

/** Conversation aggregates behind the design's Helio metrics. Bindings: from, to. */
export const HELIO_CONVERSATION_AGGREGATES_SQL = `
SELECT
  count(*)::int AS total,
  count(*) FILTER (WHERE status = 'completed')::int AS completed,
  count(*) FILTER (WHERE status = 'abandoned')::int AS abandoned,
  -- Completed conversations whose issue was resolved: the resolution rate's numerator.
  count(*) FILTER (WHERE status = 'completed' AND issue_resolved)::int AS issue_resolved,
  count(*) FILTER (WHERE escalated_to_human)::int AS escalated_to_human,
  count(*) FILTER (WHERE led_to_purchase)::int AS led_to_purchase,
  coalesce(sum(order_value), 0)::float8 AS order_value_sum,
  avg(satisfaction_score)::float8 AS satisfaction_avg,
  coalesce(sum(total_cost_usd), 0)::float8 AS total_cost_usd,
  count(*) FILTER (WHERE had_hallucinations)::int AS hallucinations,
  count(*) FILTER (WHERE had_errors)::int AS errors,
  count(*) FILTER (WHERE issue_resolved)::int AS resolved_issue_count
FROM helio_conversation
WHERE deleted_at IS NULL AND created_at >= :from AND created_at <= :to`

/** Response-time percentiles of the answers logged in the range. */
export const HELIO_RESPONSE_TIME_SQL = `
SELECT
  percentile_cont(0.5) WITHIN GROUP (ORDER BY total_response_time_ms)::float8 AS p50,
  percentile_cont(0.95) WITHIN GROUP (ORDER BY total_response_time_ms)::float8 AS p95,
  count(total_response_time_ms)::int AS timed
FROM rag_query
WHERE deleted_at IS NULL AND created_at >= :from AND created_at <= :to`

/** Token and cost totals per model for the answers logged in the range. */
export const HELIO_MODEL_TOTALS_SQL = `
SELECT
  coalesce(llm_model, 'unknown') AS llm_model,
  count(*)::int AS queries,
  coalesce(sum(prompt_tokens), 0)::bigint AS prompt_tokens,
  coalesce(sum(completion_tokens), 0)::bigint AS completion_tokens,
  coalesce(sum(cached_tokens), 0)::bigint AS cached_tokens,
  coalesce(sum(reasoning_tokens), 0)::bigint AS reasoning_tokens,
  coalesce(sum(total_tokens), 0)::bigint AS total_tokens,
  coalesce(sum(estimated_cost_usd), 0)::float8 AS cost_usd,
  count(*) FILTER (WHERE estimated_cost_usd IS NULL)::int AS queries_without_cost
FROM rag_query
WHERE deleted_at IS NULL AND created_at >= :from AND created_at <= :to
GROUP BY 1
ORDER BY cost_usd DESC, llm_model`

/** The most frequent topics (a conversation's topics, else its primary topic). */
export const HELIO_TOP_TOPICS_SQL = `
SELECT topic, count(*)::int AS conversations
FROM helio_conversation c,
  LATERAL jsonb_array_elements_text(
    CASE WHEN jsonb_typeof(c.topics) = 'array' THEN c.topics
         WHEN c.primary_topic IS NOT NULL THEN jsonb_build_array(c.primary_topic)
         ELSE '[]'::jsonb END
  ) AS topic
WHERE c.deleted_at IS NULL AND c.created_at >= :from AND c.created_at <= :to
GROUP BY topic
ORDER BY conversations DESC, topic
LIMIT 10`
