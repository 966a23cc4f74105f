import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type OrderConversionInput, type Solar360ModuleService } from "../../../modules/solar360"

/**
 * One transaction: the purchase event and the logs it converts. Idempotent by design
 * (fixed message id, false-to-true flags), so it needs no compensation to be retried.
 */
export const recordOrderConversionStep = createStep(
  "record-order-conversion",
  async (conversion: OrderConversionInput | null, { container }) => {
    if (!conversion) {
      return new StepResponse({ purchase_event_id: null, marked_log_ids: [] as string[] })
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    return new StepResponse(await solar360.recordOrderConversion(conversion))
  }
)
