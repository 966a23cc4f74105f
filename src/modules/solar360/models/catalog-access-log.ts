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
    occurred_at: model.dateTime().nullable(),

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
    ip_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["message_id"], unique: true },
    { on: ["action_type"] },
    { on: ["product_id"] },
    { on: ["customer_id"] },
    { on: ["session_id"] },
    { on: ["cart_id"] },
    { on: ["quote_id"] },
    { on: ["order_id"] },
    { on: ["search_term"] },
    { on: ["created_at"] },
  ])
