import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity, json, listOf } from "../../../utils/response-schemas"

/** A catalog access log: every column but the visitor pseudonym. */
export const AdminCatalogAccessLog = entity(
  "AdminCatalogAccessLog",
  {
    message_id: col(z.string()),
    action_type: col(z.string()),
    occurred_at: col(dateTime()),
    received_at: col(dateTime()),
    product_id: col(z.string()),
    sku: col(z.string()),
    product_name: col(z.string()),
    category: col(z.string()),
    brand: col(z.string()),
    price_brl: col(z.number()),
    search_term: col(z.string()),
    search_results_count: col(z.number()),
    led_to_cart: col(z.boolean()),
    led_to_quote: col(z.boolean()),
    led_to_purchase: col(z.boolean()),
    recommendation_source: col(z.string()),
    was_recommended: col(z.boolean()),
    applied_filters: col(json()),
    customer_id: col(z.string()),
    session_id: col(z.string()),
    anonymous_id: col(z.string()),
    device_type: col(z.string()),
    is_bot: col(z.boolean()),
    consent_analytics: col(z.boolean()),
    created_at: col(dateTime()),
  },
  { id: "cal_01JQ...", action_type: "view", product_id: "prod_01JQ...", is_bot: false }
)

export const AdminCatalogAccessLogListResponse = listOf("catalog_access_logs", AdminCatalogAccessLog).meta({
  id: "AdminCatalogAccessLogListResponse",
})
export type AdminCatalogAccessLogListResponse = z.infer<typeof AdminCatalogAccessLogListResponse>

export const AdminCatalogAccessLogResponse = z
  .object({ catalog_access_log: AdminCatalogAccessLog })
  .meta({ id: "AdminCatalogAccessLogResponse" })
export type AdminCatalogAccessLogResponse = z.infer<typeof AdminCatalogAccessLogResponse>
