import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type ApplyHelioRetentionStepInput = {
  /** The instant retention ages are measured against (defaults to now). */
  now?: Date | string
}

// No compensation on purpose: blanking content is the point of the step and cannot be undone
// (the text is gone); each chunk is committed on its own and a rerun is idempotent.
export const applyHelioRetentionStep = createStep(
  "apply-helio-retention",
  async (input: ApplyHelioRetentionStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.applyHelioRetention(input.now ? new Date(input.now) : new Date())
    return new StepResponse(result)
  }
)
