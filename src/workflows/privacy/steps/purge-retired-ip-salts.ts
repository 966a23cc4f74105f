import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type PurgeRetiredIpSaltsStepInput = {
  /** The instant to measure the grace period from (defaults to now). */
  at?: Date
}

// No compensation on purpose: a retired salt must stay deleted. Restoring one would make
// the IP hashes of that day reversible again, which is what deleting it prevents.
export const purgeRetiredIpSaltsStep = createStep(
  "purge-retired-ip-salts",
  async (input: PurgeRetiredIpSaltsStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const deleted = await solar360.purgeRetiredIpSalts(input.at ?? new Date())
    return new StepResponse({ deleted })
  }
)
