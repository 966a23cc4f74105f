import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type PurgeExpiredCacheEntriesStepInput = {
  /** The instant to measure the grace period from (defaults to now). */
  at?: Date
}

// No compensation: deleted entries were expired past their stale-if-error use; the next
// lookup refetches them. Restoring them would only bring back data nobody may serve.
export const purgeExpiredCacheEntriesStep = createStep(
  "purge-expired-cache-entries",
  async (input: PurgeExpiredCacheEntriesStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    return new StepResponse(await solar360.purgeExpiredCacheEntries(input.at ?? new Date()))
  }
)
