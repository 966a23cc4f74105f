import { DEFAULT_SOLAR_ASSUMPTIONS, SolarAssumptions } from "./assumptions"
import { SolarInputError, SolarInputErrorCode } from "./errors"

/**
 * Lei 14.300/2022: new distributed-generation systems pay a growing share of the TUSD
 * "Fio B" on compensated energy; grandfathered ones keep full net metering until the end of
 * 2045 and are then treated like new systems. How the share enters a month's bill, with the
 * minimum bill and the credit bank, is in billing.ts.
 */

type FioBAssumptions = Pick<
  SolarAssumptions,
  | "fio_b_schedule"
  | "fio_b_share_before_schedule"
  | "fio_b_share_after_schedule"
  | "grandfathered_until_year"
>

export interface FioBShare {
  share: number
  /** Where the share came from, so results can flag the 2029+ guess as an assumption. */
  basis: "grandfathered" | "before_schedule" | "schedule" | "after_schedule"
}

export function fioBShareDetail(
  calendarYear: number,
  grandfathered = false,
  assumptions: FioBAssumptions = DEFAULT_SOLAR_ASSUMPTIONS
): FioBShare {
  if (!Number.isInteger(calendarYear)) {
    throw new SolarInputError(
      SolarInputErrorCode.INVALID_START_YEAR,
      `Calendar year must be an integer, got ${String(calendarYear)}`
    )
  }
  if (grandfathered && calendarYear <= assumptions.grandfathered_until_year) {
    return { share: 0, basis: "grandfathered" }
  }
  const scheduled = assumptions.fio_b_schedule[String(calendarYear)]
  if (scheduled !== undefined) {
    return { share: scheduled, basis: "schedule" }
  }
  const years = Object.keys(assumptions.fio_b_schedule).map(Number)
  if (calendarYear < Math.min(...years)) {
    return { share: assumptions.fio_b_share_before_schedule, basis: "before_schedule" }
  }
  if (calendarYear > Math.max(...years)) {
    return { share: assumptions.fio_b_share_after_schedule, basis: "after_schedule" }
  }
  // A gap inside a custom schedule: the latest earlier year still applies, since shares
  // only change when the law says so.
  const earlier = Math.max(...years.filter((y) => y < calendarYear))
  return { share: assumptions.fio_b_schedule[String(earlier)], basis: "schedule" }
}

/** Share (0..1) of the Fio B tariff charged on compensated energy in `calendarYear`. */
export function fioBShare(
  calendarYear: number,
  grandfathered = false,
  assumptions: FioBAssumptions = DEFAULT_SOLAR_ASSUMPTIONS
): number {
  return fioBShareDetail(calendarYear, grandfathered, assumptions).share
}
