import { model } from "@medusajs/framework/utils"

export const CATALOG_ACTION_TYPES = [
  "product_view",
  "click",
  "category_view",
  "search",
  "filter",
  "add_to_cart",
  "remove_from_cart",
  "wishlist_add",
  "compare_add",
  "download_spec",
] as const

export const CATALOG_VIEW_CONTEXTS = [
  "listing",
  "detail",
  "search",
  "recommendation",
  "related",
  "cart",
  "quote",
] as const

export const CATALOG_RECOMMENDATION_SOURCES = [
  "trending",
  "personalized",
  "similar",
  "frequently_bought",
  "recently_viewed",
  "ai_helio",
] as const

/**
 * Product-specific analytics (unlike `event`, which is generic): what was viewed, searched
 * and filtered, how it was engaged with, and whether it led to a cart, a quote or an order.
 */
export const CatalogAccessLog = model
  .define("catalog_access_log", {
    id: model.id({ prefix: "cal" }).primaryKey(),
    // Client idempotency key for batched ingestion; optional for server-side writes
    message_id: model.text().nullable(),

    // Action
    action_type: model.enum([...CATALOG_ACTION_TYPES]),
    // Skew-corrected: received_at - (sent_at - client_timestamp), as for `event`
    occurred_at: model.dateTime().nullable(),
    client_timestamp: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),

    // Product
    product_id: model.text().nullable(),
    sku: model.text().nullable(),
    product_name: model.text().nullable(),
    category: model.text().nullable(),
    subcategory: model.text().nullable(),
    brand: model.text().nullable(),
    price_brl: model.bigNumber().nullable(),
    availability: model.text().nullable(),

    // View context
    view_context: model.enum([...CATALOG_VIEW_CONTEXTS]).nullable(),

    // Search
    search_term: model.text().nullable(),
    search_results_count: model.number().nullable(),
    search_result_position: model.number().nullable(),
    applied_filters: model.json().nullable(),
    total_results_with_filters: model.number().nullable(),

    // Engagement
    time_spent_seconds: model.number().nullable(),
    scroll_depth_percentage: model.number().nullable(),
    clicked_image: model.boolean().default(false),
    clicked_video: model.boolean().default(false),
    downloaded_datasheet: model.boolean().default(false),
    downloaded_manual: model.boolean().default(false),
    downloaded_certification: model.boolean().default(false),
    clicked_add_to_cart: model.boolean().default(false),
    clicked_quote_request: model.boolean().default(false),
    quantity_viewed: model.number().nullable(),

    // Navigation
    page_url: model.text().nullable(),
    referrer_url: model.text().nullable(),
    referrer_type: model.text().nullable(),
    previous_product_id: model.text().nullable(),
    next_product_id: model.text().nullable(),

    // Conversion
    led_to_cart: model.boolean().default(false),
    cart_id: model.text().nullable(),
    led_to_quote: model.boolean().default(false),
    quote_id: model.text().nullable(),
    led_to_purchase: model.boolean().default(false),
    order_id: model.text().nullable(),
    conversion_value_brl: model.bigNumber().nullable(),
    time_to_conversion_minutes: model.number().nullable(),

    // Recommendations
    recommendation_source: model
      .enum([...CATALOG_RECOMMENDATION_SOURCES])
      .nullable(),
    recommendation_algorithm: model.text().nullable(),
    recommendation_score: model.bigNumber().nullable(),
    was_recommended: model.boolean().default(false),

    // Context
    customer_id: model.text().nullable(),
    session_id: model.text().nullable(),
    anonymous_id: model.text().nullable(),
    device_type: model.text().nullable(),
    browser: model.text().nullable(),
    os: model.text().nullable(),
    country: model.text().nullable(),
    region: model.text().nullable(),
    city: model.text().nullable(),
    ip_hash: model.text().nullable(),
    // Crawlers are kept (nothing is lost) but excluded from every report
    is_bot: model.boolean().default(false),
    // false: stored in the cookieless form (analytics consent refused; see the event model)
    consent_analytics: model.boolean().default(true),
  })
  // `where: null` = a full index: data-subject requests and retention reach soft-deleted rows too.
  .indexes([
    { on: ["message_id"], unique: true },
    { on: ["product_id"] },
    { name: "IDX_catalog_access_log_session_id_all", on: ["session_id"], where: null },
    { name: "IDX_catalog_access_log_anonymous_id_all", on: ["anonymous_id"], where: null },
    // Append-only and bulk-inserted: sparse references get partial indexes and time columns
    // BRIN, so a batch insert maintains as few index pages as possible.
    { name: "IDX_catalog_access_log_customer_id_all", on: ["customer_id"], where: null },
    { name: "IDX_cal_cart_id_set", on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { name: "IDX_cal_quote_id_set", on: ["quote_id"], where: "quote_id IS NOT NULL" },
    { name: "IDX_cal_order_id_set", on: ["order_id"], where: "order_id IS NOT NULL" },
    { name: "IDX_cal_search_term_set", on: ["search_term"], where: "search_term IS NOT NULL" },
    { name: "IDX_cal_occurred_at_brin", on: ["occurred_at"], type: "BRIN", where: null },
    { name: "IDX_cal_created_at_brin", on: ["created_at"], type: "BRIN", where: null },
  ])
