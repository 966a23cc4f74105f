// The columns the 360° views (customer, order, product widgets) read from each data set:
// what an operator looks at, never tokens, hashes or whole JSON documents (schedules,
// cash flows) that would make a widget's answer heavy.

/** Events and catalog activity older than this are left out of the customer view. */
export const VIEW_360_PERIOD_DAYS = 365

export const VIEW_360_FIELDS = {
  lead: [
    "id", "name", "email", "phone", "status", "score", "interest_type", "city", "state",
    "utm_source", "utm_medium", "utm_campaign", "referrer", "landing_page", "first_touch", "last_touch",
    "first_touch_at", "last_touch_at", "anonymous_id", "customer_id", "order_id", "converted_at", "conversion_value",
    "consent_marketing", "consent_terms_version", "consent_at", "created_at",
  ],
  conversation: [
    "id", "title", "status", "channel", "primary_topic", "intent", "message_count", "started_at",
    "last_message_at", "led_to_purchase", "lead_id", "order_id", "customer_id", "total_cost_usd", "created_at",
  ],
  simulation: [
    "id", "system_cost", "financing_amount", "term_months", "monthly_payment", "cet_annual", "bank", "status",
    "accepted_by_customer", "accepted_at", "order_id", "solar_viability_analysis_id", "customer_id", "created_at",
  ],
  viability: [
    "id", "system_size_kwp", "total_investment", "monthly_savings_brl", "payback_years", "viability_score",
    "recommendation", "is_viable", "city", "state", "order_id", "customer_id", "created_at",
  ],
  roof: [
    "id", "city", "state", "status", "provider", "usable_area_m2", "recommended_system_size_kwp",
    "recommended_panel_count", "order_id", "customer_id", "created_at",
  ],
  event: [
    "id", "event_name", "category", "path", "product_id", "order_id", "anonymous_id", "session_id",
    "utm_source", "utm_medium", "utm_campaign", "referrer", "consent_analytics", "occurred_at",
  ],
  catalog: [
    "id", "action_type", "product_id", "product_name", "search_term", "led_to_cart", "led_to_purchase",
    "anonymous_id", "session_id", "occurred_at",
  ],
}
