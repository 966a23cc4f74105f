// The set-based write path for analytics events and catalog access logs: one
// INSERT ... SELECT FROM jsonb_to_recordset(...) per batch, ON CONFLICT (message_id) DO NOTHING,
// so a batch costs one round trip whatever its size and a retried batch never duplicates.
// Table and column names below are constants of this file (never input), so each statement
// is built once.

type InsertColumns = ReadonlyArray<readonly [name: string, postgresType: string]>

/**
 * One binding: the batch as a JSON array of row objects (keys = column names). Answers the
 * ids of the rows actually inserted; duplicates of a stored message_id are skipped.
 */
function buildBatchInsertSql(table: string, columns: InsertColumns) {
  const columnList = columns.map(([name]) => `"${name}"`).join(", ")
  const recordType = columns.map(([name, type]) => `"${name}" ${type}`).join(", ")
  // Every boolean of these tables is a "not null default false" flag: an absent key is false.
  const selectList = columns
    .map(([name, type]) => (type === "boolean" ? `coalesce("${name}", false)` : `"${name}"`))
    .join(", ")
  return (
    `insert into "${table}" (${columnList}) ` +
    `select ${selectList} from jsonb_to_recordset(?::jsonb) as r(${recordType}) ` +
    `on conflict ("message_id") where "deleted_at" is null do nothing returning "id"`
  )
}

/** Columns written per event, with their PostgreSQL types. */
export const EVENT_INSERT_COLUMNS: InsertColumns = [
  ["id", "text"],
  ["message_id", "text"],
  ["event_name", "text"],
  ["category", "text"],
  ["action", "text"],
  ["label", "text"],
  ["value", "numeric"],
  ["raw_value", "jsonb"],
  ["properties", "jsonb"],
  ["session_id", "text"],
  ["anonymous_id", "text"],
  ["customer_id", "text"],
  ["occurred_at", "timestamptz"],
  ["client_timestamp", "timestamptz"],
  ["sent_at", "timestamptz"],
  ["received_at", "timestamptz"],
  ["url", "text"],
  ["path", "text"],
  ["title", "text"],
  ["referrer", "text"],
  ["device_type", "text"],
  ["device_brand", "text"],
  ["device_model", "text"],
  ["browser", "text"],
  ["browser_version", "text"],
  ["os", "text"],
  ["os_version", "text"],
  ["screen_resolution", "text"],
  ["country", "text"],
  ["region", "text"],
  ["city", "text"],
  ["timezone", "text"],
  ["ip_hash", "text"],
  ["is_bot", "boolean"],
  ["utm_source", "text"],
  ["utm_medium", "text"],
  ["utm_campaign", "text"],
  ["utm_term", "text"],
  ["utm_content", "text"],
  ["gclid", "text"],
  ["fbclid", "text"],
  ["cart_id", "text"],
  ["product_id", "text"],
  ["product_sku", "text"],
  ["product_name", "text"],
  ["product_price", "numeric"],
  ["raw_product_price", "jsonb"],
  ["product_data", "jsonb"],
  ["order_id", "text"],
  ["order_value", "numeric"],
  ["raw_order_value", "jsonb"],
  ["order_data", "jsonb"],
  ["currency_code", "text"],
  ["scroll_depth", "integer"],
  ["time_on_page", "integer"],
  ["clicks_count", "integer"],
  ["page_load_time", "integer"],
  ["server_response_time", "integer"],
]

export const INSERT_EVENTS_SQL = buildBatchInsertSql("event", EVENT_INSERT_COLUMNS)

/** Columns written per catalog access log, with their PostgreSQL types. */
export const CATALOG_ACCESS_LOG_INSERT_COLUMNS: InsertColumns = [
  ["id", "text"],
  ["message_id", "text"],
  ["action_type", "text"],
  ["occurred_at", "timestamptz"],
  ["client_timestamp", "timestamptz"],
  ["sent_at", "timestamptz"],
  ["received_at", "timestamptz"],
  ["product_id", "text"],
  ["sku", "text"],
  ["product_name", "text"],
  ["category", "text"],
  ["subcategory", "text"],
  ["brand", "text"],
  ["price_brl", "numeric"],
  ["raw_price_brl", "jsonb"],
  ["availability", "text"],
  ["view_context", "text"],
  ["search_term", "text"],
  ["search_results_count", "integer"],
  ["search_result_position", "integer"],
  ["applied_filters", "jsonb"],
  ["total_results_with_filters", "integer"],
  ["time_spent_seconds", "integer"],
  ["scroll_depth_percentage", "integer"],
  ["clicked_image", "boolean"],
  ["clicked_video", "boolean"],
  ["downloaded_datasheet", "boolean"],
  ["downloaded_manual", "boolean"],
  ["downloaded_certification", "boolean"],
  ["clicked_add_to_cart", "boolean"],
  ["clicked_quote_request", "boolean"],
  ["quantity_viewed", "integer"],
  ["page_url", "text"],
  ["referrer_url", "text"],
  ["referrer_type", "text"],
  ["previous_product_id", "text"],
  ["next_product_id", "text"],
  ["cart_id", "text"],
  ["quote_id", "text"],
  ["recommendation_source", "text"],
  ["recommendation_algorithm", "text"],
  ["recommendation_score", "numeric"],
  ["raw_recommendation_score", "jsonb"],
  ["was_recommended", "boolean"],
  ["customer_id", "text"],
  ["session_id", "text"],
  ["anonymous_id", "text"],
  ["device_type", "text"],
  ["browser", "text"],
  ["os", "text"],
  ["country", "text"],
  ["region", "text"],
  ["city", "text"],
  ["ip_hash", "text"],
  ["is_bot", "boolean"],
]

export const INSERT_CATALOG_ACCESS_LOGS_SQL = buildBatchInsertSql(
  "catalog_access_log",
  CATALOG_ACCESS_LOG_INSERT_COLUMNS
)

/** Medusa keeps a bigNumber's exact value beside the numeric column. */
export function rawBigNumber(value: number | null | undefined) {
  return value === null || value === undefined ? null : { value: String(value), precision: 20 }
}
