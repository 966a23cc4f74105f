import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isCalendarDay } from "../../../lib/analytics/reports"
import { invalidData, SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type RollUpAnalyticsStepInput = {
  /** The instant whose day (in `reportTimezone`) counts as today (defaults to now). */
  at?: Date | string
  /** Calendar days ("YYYY-MM-DD") to recompute as well, e.g. after erasing old rows. */
  days?: string[]
}

// No compensation on purpose: a rollup is a recomputation from raw rows, idempotent and
// written per chunk of days in its own transaction; undoing it would only make reports read
// raw rows again, with the same numbers.
export const rollUpAnalyticsStep = createStep(
  "roll-up-analytics",
  async (input: RollUpAnalyticsStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const invalid = (input.days ?? []).filter((day) => !isCalendarDay(day))
    if (invalid.length) {
      throw invalidData(`Not calendar days (YYYY-MM-DD): ${invalid.join(", ")}`)
    }
    const { days } = await solar360.rollUpAnalytics(input.at ? new Date(input.at) : new Date(), {
      days: input.days,
    })
    return new StepResponse({ days })
  }
)
