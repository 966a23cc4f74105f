import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markCartConversionsStep } from "./steps/mark-cart-conversions"

/** Run on cart events: the logs of products now in the cart become `led_to_cart`. */
export const markCartConversionsWorkflow = createWorkflow(
  "mark-cart-conversions",
  (input: { cart_id: string }) => new WorkflowResponse(markCartConversionsStep(input))
)
