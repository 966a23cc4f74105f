import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type ApplyDataRetentionStepInput = {
  /** The instant retention ages are measured against (defaults to now). */
  now?: Date | string
}

// No compensation on purpose: deleting rows past retention is what the step is for and the
// rows are gone; each chunk commits on its own and a rerun deletes only what is left.
export const applyDataRetentionStep = createStep(
  "apply-data-retention",
  async (input: ApplyDataRetentionStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.applyDataRetention({ now: input.now ? new Date(input.now) : new Date() })
    return new StepResponse(result)
  }
)
