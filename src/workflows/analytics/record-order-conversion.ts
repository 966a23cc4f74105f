import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadPlacedOrder } from "../shared/load-placed-order"
import { recordOrderConversionStep } from "./steps/record-order-conversion"

/**
 * Run on `order.placed`: writes the `purchase` event and marks the catalog access logs that
 * led to the order within the attribution window. A redelivery changes nothing.
 */
export const recordOrderConversionWorkflow = createWorkflow(
  "record-order-conversion",
  (input: { order_id: string }) => {
    const conversion = loadPlacedOrder(input)
    return new WorkflowResponse(recordOrderConversionStep(conversion))
  }
)
