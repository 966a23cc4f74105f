import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

/** The data-health report at `now` (read-only: nothing to compensate). */
export const loadDataHealthStep = createStep("load-data-health", async (input: { now?: Date }, { container }) => {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  return new StepResponse(await solar360.getDataHealth({ now: input.now }))
})
