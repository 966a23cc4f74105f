import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkCalculatorsToOrderStep } from "./steps/link-calculators-to-order"

/**
 * Run on `order.placed`: the customer's most recent accepted financing simulation (within
 * `calculatorOrderWindowDays`) and its viability analysis get the order's id. Idempotent.
 */
export const linkCalculatorsToOrderWorkflow = createWorkflow(
  "link-calculators-to-order",
  (input: { order_id: string }) => {
    const links = linkCalculatorsToOrderStep(input)
    return new WorkflowResponse(links)
  }
)
