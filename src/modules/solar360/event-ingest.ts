// The set-based write path for analytics events: one INSERT ... SELECT FROM
// jsonb_to_recordset(...) per batch, ON CONFLICT (message_id) DO NOTHING, so a batch costs one
// round trip whatever its size and a retried batch never duplicates. Column names and types
// below are constants of this file (never input), so the statement is built once.

/** Columns written per event, with their PostgreSQL types. */
export const EVENT_INSERT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
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

const columnList = EVENT_INSERT_COLUMNS.map(([name]) => `"${name}"`).join(", ")
const recordType = EVENT_INSERT_COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(", ")

/** One binding: the batch as a JSON array of row objects. Answers the inserted ids. */
export const INSERT_EVENTS_SQL =
  `insert into "event" (${columnList}) ` +
  `select ${columnList} from jsonb_to_recordset(?::jsonb) as r(${recordType}) ` +
  `on conflict ("message_id") where "deleted_at" is null do nothing returning "id"`

/** Medusa keeps a bigNumber's exact value beside the numeric column. */
export function rawBigNumber(value: number | null | undefined) {
  return value === null || value === undefined ? null : { value: String(value), precision: 20 }
}
