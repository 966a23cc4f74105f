// The set-based write path for analytics events and catalog access logs: one
// INSERT ... SELECT FROM jsonb_to_recordset(...) per batch, ON CONFLICT (message_id) DO NOTHING,
// so a batch costs one round trip whatever its size and a retried batch never duplicates.
//
// The client's items travel as one JSON string, exactly as validated; what the server adds
// (ids, the raw form of money, the sender's pseudonymous IP, device and location, the clock
// fields) is bound once per batch and applied by PostgreSQL. Building one enriched object per
// item in Node and serialising it again was most of the route's CPU time (see bench/).
// Table and column names are constants of this file (never input): statements are built once.

import type { BatchOrigin } from "../../types/analytics"

/** Columns copied from each client item, with their PostgreSQL types. */
type ItemColumns = ReadonlyArray<readonly [name: string, postgresType: string]>

/**
 * Named bindings of a batch insert: the items, their ids (same order), the origin, and the
 * id head (`<prefix>_<ULID time of the hour>`) that replaces the time part of a cookieless
 * row's id, so its id does not tell the millisecond its batch arrived.
 */
export function batchInsertBindings(itemsJson: string, ids: string[], origin: BatchOrigin, cookielessIdHead: string) {
  return { ...origin, items: itemsJson, ids: JSON.stringify(ids), cookieless_id_head: cookielessIdHead }
}

// A row whose item says analytics consent was refused (`applyConsent` set the flag and
// stripped the item): the batch-wide values that identify the sender or its request are not
// applied to it, and the request's times are kept to the hour (UTC), like the item's own.
const COOKIELESS = `r."consent_analytics" is false`
const unlessCookieless = (expression: string) => `case when ${COOKIELESS} then null else ${expression} end`
const hourOf = (expression: string) => `to_timestamp(floor(extract(epoch from ${expression}) / 3600) * 3600)`
const coarseIfCookieless = (expression: string) =>
  `case when ${COOKIELESS} then ${hourOf(expression)} else ${expression} end`

/** Medusa keeps a bigNumber's exact value beside the numeric column. */
const rawBigNumberSql = (column: string) =>
  `case when r."${column}" is null then null ` +
  `else jsonb_build_object('value', r."${column}"::text, 'precision', 20) end`

/**
 * Item columns are copied from each item (`r`); `serverColumns` maps the other columns — or an
 * item column the server decides — to an SQL expression over the item and the batch bindings.
 * Every boolean item column is a "not null default false" flag, so an absent key is false.
 * Answers the ids of the rows inserted; items whose message_id is stored already are skipped.
 */
function buildBatchInsertSql(
  table: string,
  itemColumns: ItemColumns,
  serverColumns: Record<string, string>
) {
  // Read from every item besides its columns: its client time and corrected time.
  const inputs = [
    ...itemColumns,
    ["timestamp", "timestamptz"],
    ["occurred_at", "timestamptz"],
    ["consent_analytics", "boolean"],
  ]
  const copied = itemColumns.filter(([name]) => !(name in serverColumns))
  const targets = ["id", ...copied.map(([name]) => name), ...Object.keys(serverColumns)]
  const values = [
    `case when ${COOKIELESS} then :cookieless_id_head || substr(ids.id, length(:cookieless_id_head) + 1) else ids.id end`,
    ...copied.map(([name, type]) =>
      type === "boolean" ? `coalesce(r."${name}", false)` : `r."${name}"`
    ),
    ...Object.values(serverColumns),
  ]
  return (
    `insert into "${table}" (${targets.map((name) => `"${name}"`).join(", ")}) ` +
    `select ${values.join(", ")} ` +
    `from rows from (jsonb_to_recordset(:items::jsonb) as (${inputs
      .map(([name, type]) => `"${name}" ${type}`)
      .join(", ")})) ` +
    `with ordinality as r(${inputs.map(([name]) => `"${name}"`).join(", ")}, n) ` +
    `join jsonb_array_elements_text(:ids::jsonb) with ordinality as ids(id, n) on ids.n = r.n ` +
    `on conflict ("message_id") where "deleted_at" is null do nothing returning "id"`
  )
}

/** The clock and sender columns both tables share. */
const ORIGIN_COLUMNS = {
  occurred_at: coarseIfCookieless(`coalesce(r."occurred_at", :received_at::timestamptz)`),
  client_timestamp: coarseIfCookieless(`r."timestamp"`),
  sent_at: coarseIfCookieless(`:sent_at::timestamptz`),
  received_at: coarseIfCookieless(`:received_at::timestamptz`),
  // The rows of one request share their write time: to the minute it still mixes requests,
  // and the hourly roll-up (which finds late rows by created_at, 15 minutes' margin) still
  // sees every row.
  created_at: `case when ${COOKIELESS} then date_trunc('minute', now()) else now() end`,
  updated_at: `case when ${COOKIELESS} then date_trunc('minute', now()) else now() end`,
  customer_id: unlessCookieless(`:customer_id::text`),
  ip_hash: unlessCookieless(`:ip_hash::text`),
  // Also cleared by applyConsent; repeated here so no path can store them on such a row.
  session_id: unlessCookieless(`r."session_id"`),
  anonymous_id: unlessCookieless(`r."anonymous_id"`),
  is_bot: `:is_bot::boolean`,
  device_type: `:device_type::text`,
  browser: `:browser::text`,
  os: `:os::text`,
  country: `:country::text`,
  region: `:region::text`,
  city: unlessCookieless(`:city::text`),
  consent_analytics: `coalesce(r."consent_analytics", true)`,
}

/** Event columns sent by the client. */
export const EVENT_ITEM_COLUMNS: ItemColumns = [
  ["message_id", "text"],
  ["event_name", "text"],
  ["category", "text"],
  ["action", "text"],
  ["label", "text"],
  ["value", "numeric"],
  ["properties", "jsonb"],
  ["session_id", "text"],
  ["anonymous_id", "text"],
  ["url", "text"],
  ["path", "text"],
  ["title", "text"],
  ["referrer", "text"],
  ["screen_resolution", "text"],
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
  ["product_data", "jsonb"],
  ["order_id", "text"],
  ["order_value", "numeric"],
  ["order_data", "jsonb"],
  ["currency_code", "text"],
  ["scroll_depth", "integer"],
  ["time_on_page", "integer"],
  ["clicks_count", "integer"],
  ["page_load_time", "integer"],
  ["server_response_time", "integer"],
  ["timezone", "text"],
]

export const INSERT_EVENTS_SQL = buildBatchInsertSql("event", EVENT_ITEM_COLUMNS, {
  ...ORIGIN_COLUMNS,
  raw_value: rawBigNumberSql("value"),
  raw_product_price: rawBigNumberSql("product_price"),
  raw_order_value: rawBigNumberSql("order_value"),
  // Cookieless rows keep the device type and browser/OS family only.
  device_brand: unlessCookieless(`:device_brand::text`),
  device_model: unlessCookieless(`:device_model::text`),
  browser_version: unlessCookieless(`:browser_version::text`),
  os_version: unlessCookieless(`:os_version::text`),
  // A trusted proxy's header wins over what the browser says.
  timezone: `coalesce(:timezone::text, r."timezone")`,
})

/** Catalog access log columns sent by the client. */
export const CATALOG_ACCESS_LOG_ITEM_COLUMNS: ItemColumns = [
  ["message_id", "text"],
  ["action_type", "text"],
  ["product_id", "text"],
  ["sku", "text"],
  ["product_name", "text"],
  ["category", "text"],
  ["subcategory", "text"],
  ["brand", "text"],
  ["price_brl", "numeric"],
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
  ["was_recommended", "boolean"],
  ["session_id", "text"],
  ["anonymous_id", "text"],
]

export const INSERT_CATALOG_ACCESS_LOGS_SQL = buildBatchInsertSql(
  "catalog_access_log",
  CATALOG_ACCESS_LOG_ITEM_COLUMNS,
  {
    ...ORIGIN_COLUMNS,
    raw_price_brl: rawBigNumberSql("price_brl"),
    raw_recommendation_score: rawBigNumberSql("recommendation_score"),
  }
)
