import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type CartConversionInput, type Solar360ModuleService } from "../../../modules/solar360"

/**
 * Marks the logs that led to the cart's products `led_to_cart`; null (no such cart) marks
 * nothing. The workflow reads the cart (a core entity). Idempotent.
 */
export const markCartConversionsStep = createStep(
  "mark-cart-conversions",
  async (input: CartConversionInput | null, { container }) => {
    if (!input) {
      return new StepResponse({ marked_log_ids: [] as string[] })
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    return new StepResponse(await solar360.markCartConversions(input))
  }
)
