import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderConversionInput } from "../../../modules/solar360"

export type PlacedOrder = OrderConversionInput

const toNumber = (value: unknown) =>
  value === null || value === undefined ? null : Number(value)

/**
 * A placed order as the plugin's `order.placed` workflows need it: customer, time, cart
 * (through Medusa's link), total and lines; null when the order does not exist.
 */
export const loadPlacedOrderStep = createStep(
  "load-placed-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
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
      ],
      filters: { id: input.order_id },
    })
    if (!order) {
      return new StepResponse(null)
    }
    const placed: OrderConversionInput = {
      order_id: order.id,
      cart_id: (order as any).cart?.id ?? null,
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
    return new StepResponse(placed)
  }
)
