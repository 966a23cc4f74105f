import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type CacheTable, type Solar360ModuleService } from "../../../modules/solar360"

export type PurgeCacheStepInput = {
  table: CacheTable
  /** Only the entries of this kind (e.g. "tariffs"); all when absent. */
  kind?: string | null
}

// No compensation: a cache holds copies of upstream answers; an emptied cache refills itself
// on the next lookups, and the admin asked for exactly that.
export const purgeCacheStep = createStep(
  "purge-cache",
  async (input: PurgeCacheStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    return new StepResponse(await solar360.purgeCache(input.table, input.kind ?? null))
  }
)
