import { z } from "@medusajs/framework/zod"
import { dateTime, ReportRange } from "../../../../utils/response-schemas"

const CartAbandonmentContext = {
  range: ReportRange,
  currency_code: z.string(),
  /** The `cartAbandonmentHours` option: idle hours after which a cart is abandoned. */
  window_hours: z.number().int(),
}

/** Cart abandonment (issue 16) over the carts created in a range of calendar days. */
export const AdminCartAbandonmentResponse = z
  .object({
    ...CartAbandonmentContext,
    totals: z.object({
      carts_with_items: z.number().int(),
      /** Not completed, touched within the window: not yet abandoned, not in the rate. */
      active: z.number().int(),
      completed: z.number().int(),
      /** Completed carts whose items had sat idle for the window first. */
      recovered: z.number().int(),
      abandoned: z.number().int(),
      /** abandoned / (abandoned + completed). */
      abandonment_rate: z.number(),
      /** recovered / (abandoned + recovered). */
      recovery_rate: z.number(),
      abandoned_value: z.number(),
      completed_value: z.number(),
    }),
    /** One row per calendar day of cart creation, zeros included. */
    days: z.array(
      z.object({
        day: z.string(),
        carts_with_items: z.number().int(),
        completed: z.number().int(),
        abandoned: z.number().int(),
        abandoned_value: z.number(),
      })
    ),
    /** Products most often left in abandoned carts. */
    top_products: z.array(
      z.object({
        product_id: z.string(),
        title: z.string().nullable(),
        carts: z.number().int(),
        quantity: z.number(),
        value: z.number(),
      })
    ),
  })
  .meta({ id: "AdminCartAbandonmentResponse" })
export type AdminCartAbandonmentResponse = z.infer<typeof AdminCartAbandonmentResponse>

export const AdminAbandonedCart = z
  .object({
    id: z.string(),
    created_at: dateTime(),
    updated_at: dateTime(),
    /** The latest of the cart's and its items' update times. */
    last_activity_at: dateTime(),
    email: z.string().nullable(),
    customer_id: z.string().nullable(),
    currency_code: z.string(),
    /** Line items. */
    items_count: z.number().int(),
    quantity: z.number(),
    value: z.number(),
    /** From the plugin's analytics events that carried the cart's id; null without any. */
    channel: z.string().nullable(),
    session_id: z.string().nullable(),
    utm_source: z.string().nullable(),
    utm_medium: z.string().nullable(),
    utm_campaign: z.string().nullable(),
    /** The last event seen with the cart's id (add_to_cart, checkout, ...). */
    last_step: z.string().nullable(),
    last_step_at: dateTime().nullable(),
  })
  .meta({ id: "AdminAbandonedCart" })
export type AdminAbandonedCart = z.infer<typeof AdminAbandonedCart>

export const AdminAbandonedCartListResponse = z
  .object({
    ...CartAbandonmentContext,
    carts: z.array(AdminAbandonedCart),
    count: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
  })
  .meta({ id: "AdminAbandonedCartListResponse" })
export type AdminAbandonedCartListResponse = z.infer<typeof AdminAbandonedCartListResponse>
