import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import type { OrderConversionInput } from "../../modules/solar360"

export type PlacedOrder = OrderConversionInput

const toNumber = (value: unknown) =>
  value === null || value === undefined ? null : Number(value)

/** The order fields `toPlacedOrder` reads; the cart comes through Medusa's order-cart link. */
export const PLACED_ORDER_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "total",
  "created_at",
  "cart.id",
  "items.product_id",
  "items.variant_sku",
  "items.title",
  "items.quantity",
  "items.total",
]

/** Shapes a queried order for the plugin's `order.placed` steps; null when there is none. */
export const toPlacedOrder = (order: any): PlacedOrder | null => {
  if (!order) {
    return null
  }
  return {
    order_id: order.id,
    cart_id: order.cart?.id ?? null,
    customer_id: order.customer_id ?? null,
    placed_at: new Date(order.created_at as Date),
    currency_code: order.currency_code ?? null,
    total: toNumber(order.total),
    items: (order.items ?? []).filter(Boolean).map((item: any) => ({
      product_id: item.product_id ?? null,
      sku: item.variant_sku ?? null,
      title: item.title ?? null,
      quantity: Number(item.quantity ?? 0),
      total: toNumber(item.total),
    })),
  }
}

/**
 * A placed order as the plugin's `order.placed` workflows need it: customer, time, cart,
 * total and lines; null when the order does not exist. Called inside a workflow's
 * composition: the order is a core entity, so it is read with `useQueryGraphStep` (issue 14)
 * and the steps that follow only talk to the solar360 module.
 */
// The composer hands its input over typed as the plain value; at run time it is a reference.
export const loadPlacedOrder = (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: PLACED_ORDER_FIELDS,
    filters: { id: input.order_id },
  }).config({ name: "load-placed-order" })
  return transform({ orders }, ({ orders }) => toPlacedOrder(orders[0]))
}
