import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity, json, listOf } from "../../../utils/response-schemas"

/** An analytics event: every column but the visitor pseudonym. */
export const AdminEvent = entity(
  "AdminEvent",
  {
    message_id: col(z.string()),
    event_name: col(z.string()),
    category: col(z.string()),
    action: col(z.string()),
    label: col(z.string()),
    value: col(z.number()),
    session_id: col(z.string()),
    anonymous_id: col(z.string()),
    customer_id: col(z.string()),
    occurred_at: col(dateTime()),
    received_at: col(dateTime()),
    path: col(z.string()),
    referrer: col(z.string()),
    device_type: col(z.string()),
    browser: col(z.string()),
    os: col(z.string()),
    country: col(z.string()),
    is_bot: col(z.boolean()),
    consent_analytics: col(z.boolean()),
    utm_source: col(z.string()),
    utm_medium: col(z.string()),
    utm_campaign: col(z.string()),
    product_id: col(z.string()),
    order_id: col(z.string()),
    order_value: col(z.number()),
    properties: col(json()),
    created_at: col(dateTime()),
  },
  { id: "evt_01JQ...", event_name: "page_view", category: "navigation", path: "/", is_bot: false }
)

export const AdminEventListResponse = listOf("events", AdminEvent).meta({ id: "AdminEventListResponse" })
export type AdminEventListResponse = z.infer<typeof AdminEventListResponse>

export const AdminEventResponse = z.object({ event: AdminEvent }).meta({ id: "AdminEventResponse" })
export type AdminEventResponse = z.infer<typeof AdminEventResponse>
