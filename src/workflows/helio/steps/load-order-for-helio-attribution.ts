import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { HelioOrderAttributionInput } from "../../../modules/solar360/helio-maintenance"

/** The order as the Helio attribution needs it: customer, time, total, product ids. */
export const loadOrderForHelioAttributionStep = createStep(
  "load-order-for-helio-attribution",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "created_at",
        "total",
        "items.product_id",
        "items.title",
        "items.quantity",
        "items.total",
      ],
      filters: { id: input.order_id },
    })
    if (!order) {
      return new StepResponse(null)
    }
    const total = order.total as unknown
    const attribution: HelioOrderAttributionInput = {
      order_id: order.id,
      customer_id: order.customer_id ?? null,
      placed_at: new Date(order.created_at as Date),
      order_value: total === null || total === undefined ? null : Number(total),
      product_ids: (order.items ?? [])
        .map((item: any) => item?.product_id as string | null | undefined)
        .filter((id): id is string => Boolean(id)),
    }
    return new StepResponse(attribution)
  }
)
