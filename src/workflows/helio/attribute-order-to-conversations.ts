import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { HelioOrderAttributionInput } from "../../modules/solar360"
import { loadPlacedOrder } from "../shared/load-placed-order"
import { attributeOrderToConversationsStep } from "./steps/attribute-order-to-conversations"

/**
 * Run on `order.placed`: the customer's Helio conversations active within
 * `helio.orderWindowDays` before the order get `led_to_purchase`, the order, its value and the
 * purchased products (with those the assistant had recommended). Idempotent.
 */
export const attributeOrderToHelioConversationsWorkflow = createWorkflow(
  "attribute-order-to-helio-conversations",
  (input: { order_id: string }) => {
    const placed = loadPlacedOrder(input)
    const order = transform({ placed }, ({ placed }): HelioOrderAttributionInput | null =>
      placed
        ? {
            order_id: placed.order_id,
            customer_id: placed.customer_id ?? null,
            placed_at: placed.placed_at,
            order_value: placed.total,
            product_ids: placed.items.map((item) => item.product_id).filter((id): id is string => Boolean(id)),
          }
        : null
    )
    return new WorkflowResponse(attributeOrderToConversationsStep(order))
  }
)
