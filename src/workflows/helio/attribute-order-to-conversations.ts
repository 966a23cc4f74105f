import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attributeOrderToConversationsStep } from "./steps/attribute-order-to-conversations"
import { loadOrderForHelioAttributionStep } from "./steps/load-order-for-helio-attribution"

/**
 * Run on `order.placed`: the customer's Helio conversations active within
 * `helio.orderWindowDays` before the order get `led_to_purchase`, the order, its value and the
 * purchased products (with those the assistant had recommended). Idempotent.
 */
export const attributeOrderToHelioConversationsWorkflow = createWorkflow(
  "attribute-order-to-helio-conversations",
  (input: { order_id: string }) => {
    const order = loadOrderForHelioAttributionStep(input)
    return new WorkflowResponse(attributeOrderToConversationsStep(order))
  }
)
