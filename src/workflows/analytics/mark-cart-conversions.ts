import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CartConversionInput } from "../../modules/solar360"
import { markCartConversionsStep } from "./steps/mark-cart-conversions"

/** Run on cart events: the logs of products now in the cart become `led_to_cart`. */
export const markCartConversionsWorkflow = createWorkflow(
  "mark-cart-conversions",
  (input: { cart_id: string }) => {
    // The cart is a core entity: read here, so the step only talks to the solar360 module.
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "customer_id", "updated_at", "items.product_id"],
      filters: { id: input.cart_id },
    }).config({ name: "load-cart" })
    const conversion = transform({ carts }, ({ carts }): CartConversionInput | null => {
      const cart: any = carts[0]
      if (!cart) {
        return null
      }
      return {
        cart_id: cart.id,
        customer_id: cart.customer_id ?? null,
        product_ids: (cart.items ?? []).map((item: any) => item?.product_id).filter(Boolean),
        at: new Date(cart.updated_at as Date),
      }
    })
    return new WorkflowResponse(markCartConversionsStep(conversion))
  }
)
