/**
 * SQL of the Helio (AI assistant) maintenance: abandoning inactive conversations, the content
 * retention (blank text, keep numbers; erase on request or at `data_retention_until`) and the
 * attribution of an order to the customer's recent conversations. Named knex bindings;
 * arrays travel as JSON strings.
 */

/** Key of the advisory lock that keeps two instances from running the retention together. */
export const HELIO_RETENTION_LOCK_KEY = "solar360:helio-retention"

const LAST_ACTIVITY = "coalesce(last_message_at, started_at, created_at)"

/**
 * Active conversations without activity since the cutoff become `abandoned`, ending at their
 * last activity. SKIP LOCKED: a conversation being written right now is left for the next
 * run (its new message may keep it active). Bindings: cutoff.
 */
export const ABANDON_INACTIVE_CONVERSATIONS_SQL = `
WITH stale AS (
  SELECT id, ended_at, duration_seconds,
    ${LAST_ACTIVITY} AS last_activity,
    coalesce(started_at, created_at) AS began_at
  FROM helio_conversation
  WHERE status = 'active'
    AND deleted_at IS NULL
    AND ${LAST_ACTIVITY} < :cutoff
  FOR UPDATE SKIP LOCKED
)
UPDATE helio_conversation AS conversation
SET status = 'abandoned',
  ended_at = coalesce(conversation.ended_at, stale.last_activity),
  duration_seconds = greatest(0, round(extract(epoch FROM stale.last_activity - stale.began_at)))::integer,
  updated_at = now()
FROM stale
WHERE conversation.id = stale.id AND conversation.status = 'active'
RETURNING conversation.id, stale.ended_at, stale.duration_seconds`

/** Compensation of the abandonment: only rows still abandoned. Bindings: previous (JSON). */
export const REOPEN_ABANDONED_CONVERSATIONS_SQL = `
UPDATE helio_conversation AS conversation
SET status = 'active', ended_at = previous.ended_at, duration_seconds = previous.duration_seconds,
  updated_at = now()
FROM jsonb_to_recordset(:previous::jsonb) AS previous(id text, ended_at timestamptz, duration_seconds integer)
WHERE conversation.id = previous.id AND conversation.status = 'abandoned'`

/** Takes the retention lock for the current transaction, without waiting. */
export const TRY_RETENTION_LOCK_SQL = `SELECT pg_try_advisory_xact_lock(hashtext(:key)) AS locked`

// Text of a query goes; numbers, model, tokens, cost, flags and product ids stay. Retrieved
// chunks keep only id, score and source per element (their text is content).
const BLANK_QUERY_CONTENT = `
  query_text = NULL,
  prompt = NULL,
  response = NULL,
  query_embedding = NULL,
  user_feedback_comment = NULL,
  review_notes = NULL,
  retrieved_chunks = CASE
    WHEN jsonb_typeof(query.retrieved_chunks) = 'array' THEN (
      SELECT coalesce(
        jsonb_agg(
          jsonb_strip_nulls(jsonb_build_object('id', chunk->'id', 'score', chunk->'score', 'source', chunk->'source'))
          ORDER BY position
        ),
        '[]'::jsonb
      )
      FROM jsonb_array_elements(query.retrieved_chunks) WITH ORDINALITY AS element(chunk, position)
    )
    ELSE NULL
  END`

const BLANK_CONVERSATION_CONTENT = `
  title = NULL,
  summary = NULL,
  satisfaction_comment = NULL,
  escalation_reason = NULL`

/**
 * Sets the missing `data_retention_until` (created_at + conversation retention), so every
 * conversation has one whatever path created it. Bindings: days, limit.
 */
export const SET_RETENTION_DATES_SQL = `
WITH chunk AS (
  SELECT id FROM helio_conversation
  WHERE data_retention_until IS NULL
  LIMIT :limit
  FOR UPDATE SKIP LOCKED
), updated AS (
  UPDATE helio_conversation AS conversation
  SET data_retention_until = conversation.created_at + make_interval(days => :days::integer),
    updated_at = now()
  FROM chunk
  WHERE conversation.id = chunk.id
  RETURNING 1
)
SELECT count(*)::integer AS count FROM updated`

const ERASED_CONVERSATION = `(user_requested_deletion OR data_retention_until < :now)`

// A row is picked while anything is left to remove, so a second run finds nothing.
const CONVERSATION_LEFT_TO_ERASE = `(content_blanked_at IS NULL
      OR title IS NOT NULL OR summary IS NOT NULL
      OR satisfaction_comment IS NOT NULL OR escalation_reason IS NOT NULL
      OR customer_id IS NOT NULL OR session_id IS NOT NULL
      OR lead_id IS NOT NULL OR session_token_hash IS NOT NULL)`

const IN_ERASED_CONVERSATION = `EXISTS (
      SELECT 1 FROM helio_conversation
      WHERE helio_conversation.id = query.conversation_id AND ${ERASED_CONVERSATION}
    )`

const QUERY_LEFT_TO_ERASE = `(query.content_blanked_at IS NULL
      OR query.query_text IS NOT NULL OR query.prompt IS NOT NULL OR query.response IS NOT NULL
      OR query.query_embedding IS NOT NULL OR query.user_feedback_comment IS NOT NULL
      OR query.review_notes IS NOT NULL
      OR query.customer_id IS NOT NULL OR query.session_id IS NOT NULL OR query.ip_hash IS NOT NULL)`

// Old content still to blank (erasure, which runs first, blanks its rows itself).
const QUERY_CONTENT_TO_BLANK = `created_at < :cutoff AND content_blanked_at IS NULL`
const CONVERSATION_CONTENT_TO_BLANK = `created_at < :cutoff AND content_blanked_at IS NULL`

/**
 * Conversations whose customer asked for deletion or whose retention date passed: content
 * and identity go, at any age; counters, costs and conversion stay for the metrics. Soft-
 * deleted rows too (a soft delete is not an erasure). A row is picked while anything is
 * left to remove, so a second run finds nothing. Bindings: now, limit.
 */
export const ERASE_CONVERSATIONS_SQL = `
WITH chunk AS (
  SELECT id FROM helio_conversation
  WHERE ${ERASED_CONVERSATION} AND ${CONVERSATION_LEFT_TO_ERASE}
  LIMIT :limit
  FOR UPDATE SKIP LOCKED
), updated AS (
  UPDATE helio_conversation AS conversation
  SET ${BLANK_CONVERSATION_CONTENT},
    customer_id = NULL,
    session_id = NULL,
    lead_id = NULL,
    session_token_hash = NULL,
    content_blanked_at = coalesce(conversation.content_blanked_at, :now),
    updated_at = now()
  FROM chunk
  WHERE conversation.id = chunk.id
  RETURNING 1
)
SELECT count(*)::integer AS count FROM updated`

/** The queries of the erased conversations, likewise. Bindings: now, limit. */
export const ERASE_QUERIES_SQL = `
WITH chunk AS (
  SELECT query.id FROM rag_query AS query
  WHERE ${IN_ERASED_CONVERSATION} AND ${QUERY_LEFT_TO_ERASE}
  LIMIT :limit
  FOR UPDATE OF query SKIP LOCKED
), updated AS (
  UPDATE rag_query AS query
  SET ${BLANK_QUERY_CONTENT},
    customer_id = NULL,
    session_id = NULL,
    ip_hash = NULL,
    content_blanked_at = coalesce(query.content_blanked_at, :now),
    updated_at = now()
  FROM chunk
  WHERE query.id = chunk.id
  RETURNING 1
)
SELECT count(*)::integer AS count FROM updated`

/** Queries older than the content retention: text blanked, everything else kept. Bindings: cutoff, now, limit. */
export const BLANK_OLD_QUERIES_SQL = `
WITH chunk AS (
  SELECT id FROM rag_query
  WHERE ${QUERY_CONTENT_TO_BLANK}
  LIMIT :limit
  FOR UPDATE SKIP LOCKED
), updated AS (
  UPDATE rag_query AS query
  SET ${BLANK_QUERY_CONTENT},
    content_blanked_at = :now,
    updated_at = now()
  FROM chunk
  WHERE query.id = chunk.id
  RETURNING 1
)
SELECT count(*)::integer AS count FROM updated`

/** Conversations older than the content retention: text blanked. Bindings: cutoff, now, limit. */
export const BLANK_OLD_CONVERSATIONS_SQL = `
WITH chunk AS (
  SELECT id FROM helio_conversation
  WHERE ${CONVERSATION_CONTENT_TO_BLANK}
  LIMIT :limit
  FOR UPDATE SKIP LOCKED
), updated AS (
  UPDATE helio_conversation AS conversation
  SET ${BLANK_CONVERSATION_CONTENT},
    content_blanked_at = :now,
    updated_at = now()
  FROM chunk
  WHERE conversation.id = chunk.id
  RETURNING 1
)
SELECT count(*)::integer AS count FROM updated`

/**
 * The rows each step of the Helio retention would change if it ran at :now, from the same
 * predicates. A conversation still without `data_retention_until` counts as erased when its
 * would-be date (created_at + :days) has passed, as the run sets the date before erasing; old
 * content of erased rows counts only as erased. Bindings: now, cutoff, days.
 */
export const HELIO_RETENTION_PENDING_SQL = `
WITH dated AS (
  SELECT id, user_requested_deletion, created_at, content_blanked_at,
    title, summary, satisfaction_comment, escalation_reason,
    customer_id, session_id, lead_id, session_token_hash,
    coalesce(data_retention_until, created_at + make_interval(days => :days::integer)) AS data_retention_until,
    data_retention_until IS NULL AS undated
  FROM helio_conversation
), helio_conversation AS (
  SELECT * FROM dated
)
SELECT
  (SELECT count(*) FROM dated WHERE undated)::integer AS retention_dates_to_set,
  (SELECT count(*) FROM helio_conversation WHERE ${ERASED_CONVERSATION} AND ${CONVERSATION_LEFT_TO_ERASE})::integer
    AS conversations_to_erase,
  (SELECT count(*) FROM rag_query AS query WHERE ${IN_ERASED_CONVERSATION} AND ${QUERY_LEFT_TO_ERASE})::integer
    AS queries_to_erase,
  (SELECT count(*) FROM rag_query AS query WHERE ${QUERY_CONTENT_TO_BLANK} AND NOT ${IN_ERASED_CONVERSATION})::integer
    AS queries_to_blank,
  (SELECT count(*) FROM helio_conversation
    WHERE ${CONVERSATION_CONTENT_TO_BLANK} AND NOT (${ERASED_CONVERSATION} AND ${CONVERSATION_LEFT_TO_ERASE}))::integer
    AS conversations_to_blank`

// A recommendation is a product id string or an object with `product_id` (preferred) or `id`.
const RECOMMENDED_PRODUCT_ID = `CASE jsonb_typeof(item)
      WHEN 'string' THEN item #>> '{}'
      WHEN 'object' THEN coalesce(item->>'product_id', item->>'id')
    END`

/**
 * Gives an order to the customer's conversations active within the window before it (started
 * before the order, last activity after the window start; a "thanks" sent after checkout does
 * not hide the conversation). Idempotent: nothing happens when a conversation already carries
 * the order, and only conversations without an order are taken. SKIP LOCKED keeps two orders
 * placed at once from both taking a conversation. `recommended_and_purchased` is the order's
 * products also recommended in the conversation or in any of its queries, in the order of
 * `product_ids`. Returns the previous conversion columns for the compensation.
 * Bindings: order_id, customer_id, since, placed_at, order_value (text), product_ids (JSON).
 */
export const ATTRIBUTE_ORDER_TO_CONVERSATIONS_SQL = `
WITH purchased AS (
  SELECT product_id, position
  FROM jsonb_array_elements_text(:product_ids::jsonb) WITH ORDINALITY AS element(product_id, position)
), candidates AS (
  SELECT id, products_recommended, led_to_purchase, order_value, raw_order_value, products_purchased
  FROM helio_conversation
  WHERE customer_id = :customer_id
    AND order_id IS NULL
    AND deleted_at IS NULL
    AND coalesce(started_at, created_at) <= :placed_at
    AND ${LAST_ACTIVITY} >= :since
    AND NOT EXISTS (SELECT 1 FROM helio_conversation WHERE order_id = :order_id)
  FOR UPDATE SKIP LOCKED
), recommended AS (
  SELECT DISTINCT candidates.id, ${RECOMMENDED_PRODUCT_ID} AS product_id
  FROM candidates
  CROSS JOIN LATERAL (
    SELECT candidates.products_recommended AS list
    UNION ALL
    SELECT rag_query.recommended_products FROM rag_query
    WHERE rag_query.conversation_id = candidates.id AND rag_query.deleted_at IS NULL
  ) AS lists
  CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(lists.list) = 'array' THEN lists.list ELSE '[]'::jsonb END
  ) AS element(item)
)
UPDATE helio_conversation AS conversation
SET led_to_purchase = true,
  order_id = :order_id,
  order_value = :order_value::numeric,
  raw_order_value = CASE WHEN :order_value::numeric IS NULL THEN NULL
    ELSE jsonb_build_object('value', (:order_value::numeric)::text, 'precision', 20) END,
  products_purchased = jsonb_build_object(
    'product_ids', :product_ids::jsonb,
    'recommended_and_purchased', coalesce((
      SELECT jsonb_agg(purchased.product_id ORDER BY purchased.position)
      FROM purchased
      WHERE EXISTS (
        SELECT 1 FROM recommended
        WHERE recommended.id = conversation.id AND recommended.product_id = purchased.product_id
      )
    ), '[]'::jsonb)
  ),
  updated_at = now()
FROM candidates
WHERE conversation.id = candidates.id AND conversation.order_id IS NULL
RETURNING conversation.id, candidates.led_to_purchase, candidates.order_value::text AS order_value,
  candidates.raw_order_value, candidates.products_purchased`

/**
 * Compensation of the attribution: rows still carrying this order get their previous
 * conversion columns back. Bindings: order_id, previous (JSON).
 */
export const UNDO_ORDER_ATTRIBUTION_SQL = `
UPDATE helio_conversation AS conversation
SET order_id = NULL,
  led_to_purchase = previous.led_to_purchase,
  order_value = previous.order_value,
  raw_order_value = previous.raw_order_value,
  products_purchased = previous.products_purchased,
  updated_at = now()
FROM jsonb_to_recordset(:previous::jsonb)
  AS previous(id text, led_to_purchase boolean, order_value numeric, raw_order_value jsonb, products_purchased jsonb)
WHERE conversation.id = previous.id AND conversation.order_id = :order_id`
