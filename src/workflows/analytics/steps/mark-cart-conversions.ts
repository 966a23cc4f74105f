import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

/** Reads the cart's products and marks the logs that led to them `led_to_cart`. Idempotent. */
export const markCartConversionsStep = createStep(
  "mark-cart-conversions",
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "updated_at", "items.product_id"],
      filters: { id: input.cart_id },
    })
    if (!cart) {
      return new StepResponse({ marked_log_ids: [] as string[] })
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.markCartConversions({
      cart_id: cart.id,
      customer_id: cart.customer_id ?? null,
      product_ids: (cart.items ?? []).map((item: any) => item?.product_id).filter(Boolean),
      at: new Date(cart.updated_at as Date),
    })
    return new StepResponse(result)
  }
)
