import { model } from "@medusajs/framework/utils"

export const EVENT_CATEGORIES = [
  "page_view",
  "engagement",
  "ecommerce",
  "navigation",
  "form",
  "search",
  "social",
  "video",
  "download",
  "error",
  "performance",
] as const

/**
 * One first-party analytics event. `message_id` is the client's idempotency key, so a
 * retried batch never stores an event twice. No raw IP or user agent is kept: only the
 * daily-salted `ip_hash` and the parsed device fields.
 */
export const Event = model
  .define("event", {
    id: model.id({ prefix: "evt" }).primaryKey(),
    message_id: model.text(),

    // Event data
    event_name: model.text(),
    category: model.enum([...EVENT_CATEGORIES]),
    action: model.text().nullable(),
    label: model.text().nullable(),
    value: model.bigNumber().nullable(),
    properties: model.json().nullable(),

    // Identity and time
    session_id: model.text().nullable(),
    anonymous_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    // Skew-corrected: received_at - (sent_at - client_timestamp)
    occurred_at: model.dateTime(),
    // The client's own clock, as sent
    client_timestamp: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    received_at: model.dateTime(),

    // Page context
    url: model.text().nullable(),
    path: model.text().nullable(),
    title: model.text().nullable(),
    referrer: model.text().nullable(),

    // Device
    device_type: model.text().nullable(),
    device_brand: model.text().nullable(),
    device_model: model.text().nullable(),
    browser: model.text().nullable(),
    browser_version: model.text().nullable(),
    os: model.text().nullable(),
    os_version: model.text().nullable(),
    screen_resolution: model.text().nullable(),

    // Geo (derived; never the IP itself)
    country: model.text().nullable(),
    region: model.text().nullable(),
    city: model.text().nullable(),
    timezone: model.text().nullable(),
    ip_hash: model.text().nullable(),
    // Crawlers are stored (nothing is lost) but excluded from reports
    is_bot: model.boolean().default(false),
    // false: the visitor refused analytics and the row is in the cookieless form (no ids, hour
    // precision); reports count it, person-linked features (conversions, subjects) cannot reach it
    consent_analytics: model.boolean().default(true),

    // Marketing
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_campaign: model.text().nullable(),
    utm_term: model.text().nullable(),
    utm_content: model.text().nullable(),
    gclid: model.text().nullable(),
    fbclid: model.text().nullable(),

    // E-commerce
    cart_id: model.text().nullable(),
    product_id: model.text().nullable(),
    product_sku: model.text().nullable(),
    product_name: model.text().nullable(),
    product_price: model.bigNumber().nullable(),
    product_data: model.json().nullable(),
    order_id: model.text().nullable(),
    order_value: model.bigNumber().nullable(),
    order_data: model.json().nullable(),
    currency_code: model.text().nullable(),

    // Engagement
    scroll_depth: model.number().nullable(),
    time_on_page: model.number().nullable(),
    clicks_count: model.number().nullable(),

    // Performance (milliseconds)
    page_load_time: model.number().nullable(),
    server_response_time: model.number().nullable(),
  })
  // Append-only and written in bulk: every index costs each insert. Sparse references are
  // indexed only where set; time columns use BRIN, which stays tiny for rows that arrive in
  // time order and does not contend on the right-most page under concurrent batches.
  // `where: null` = a full index: data-subject requests and retention reach soft-deleted rows too.
  .indexes([
    { on: ["message_id"], unique: true },
    { on: ["event_name"] },
    { name: "IDX_event_session_id_all", on: ["session_id"], where: null },
    { name: "IDX_event_anonymous_id_all", on: ["anonymous_id"], where: null },
    { name: "IDX_event_customer_id_all", on: ["customer_id"], where: null },
    { name: "IDX_event_cart_id_set", on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { name: "IDX_event_product_id_set", on: ["product_id"], where: "product_id IS NOT NULL" },
    { name: "IDX_event_order_id_set", on: ["order_id"], where: "order_id IS NOT NULL" },
    { name: "IDX_event_utm_campaign_set", on: ["utm_campaign"], where: "utm_campaign IS NOT NULL" },
    { name: "IDX_event_occurred_at_brin", on: ["occurred_at"], type: "BRIN", where: null },
    { name: "IDX_event_created_at_brin", on: ["created_at"], type: "BRIN", where: null },
  ])
