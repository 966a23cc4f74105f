import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CalculatorOrderLinkInput } from "../../modules/solar360"
import { linkCalculatorsToOrderStep } from "./steps/link-calculators-to-order"

/**
 * Run on `order.placed`: the customer's most recent accepted financing simulation (within
 * `calculatorOrderWindowDays`) and its viability analysis get the order's id. Idempotent.
 */
export const linkCalculatorsToOrderWorkflow = createWorkflow(
  "link-calculators-to-order",
  (input: { order_id: string }) => {
    // The order is a core entity: read here, so the step only talks to the solar360 module.
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "customer_id", "created_at"],
      filters: { id: input.order_id },
    }).config({ name: "load-order" })
    const order = transform({ orders }, ({ orders }): CalculatorOrderLinkInput | null => {
      const order: any = orders[0]
      return order
        ? { order_id: order.id, customer_id: order.customer_id ?? null, placed_at: new Date(order.created_at as Date) }
        : null
    })
    const links = linkCalculatorsToOrderStep(order)
    return new WorkflowResponse(links)
  }
)
