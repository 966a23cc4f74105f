import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type RollUpRowsPerDayStepInput = {
  /** The instant whose day (in `reportTimezone`) counts as today (defaults to now). */
  at?: Date | string
}

// No compensation on purpose: the counters are a recount of the tables, idempotent and written
// in their own transactions; undoing them would only make the data-health page count raw rows
// again, with the same numbers.
export const rollUpRowsPerDayStep = createStep(
  "roll-up-rows-per-day",
  async (input: RollUpRowsPerDayStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const { days } = await solar360.rollUpRowsPerDay(input.at ? new Date(input.at) : new Date())
    return new StepResponse({ days })
  }
)
