/**
 * Date ranges for the dashboards: presets, the comparison period and the bucket size. Pure
 * (no React, no clock of its own: `today` is passed in) so the unit tests can pin every case.
 * Days are calendar days, "YYYY-MM-DD", as the report routes take them (`from`/`to`, both
 * included, read in the store's `reportTimezone`).
 */

export const DATE_RANGE_PRESETS = ["today", "7d", "30d", "90d", "12m", "custom"] as const
export type DateRangePreset = (typeof DATE_RANGE_PRESETS)[number]

export const COMPARISONS = ["none", "previous", "year"] as const
export type Comparison = (typeof COMPARISONS)[number]

export const INTERVALS = ["hour", "day", "week"] as const
export type Interval = (typeof INTERVALS)[number]

export type DayRange = { from: string; to: string }

const DAY_MS = 24 * 60 * 60 * 1000
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

export function isIsoDay(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DAY.test(value)) {
    return false
  }
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10)
}

/** Days from `from` to `to`, both included (1 for a single day). */
export function daysInRange({ from, to }: DayRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1
}

/** The range a preset stands for, ending today (the day in the store's time zone). */
export function presetRange(preset: Exclude<DateRangePreset, "custom">, today: string): DayRange {
  switch (preset) {
    case "today":
      return { from: today, to: today }
    case "7d":
      return { from: addDays(today, -6), to: today }
    case "30d":
      return { from: addDays(today, -29), to: today }
    case "90d":
      return { from: addDays(today, -89), to: today }
    case "12m":
      return { from: addDays(today, -364), to: today }
  }
}

/** The period a range is compared with: the same number of days just before it, or the same
 * calendar days a year earlier (29 February maps to 28 February). */
export function comparisonRange(range: DayRange, comparison: Comparison): DayRange | null {
  if (comparison === "none") {
    return null
  }
  if (comparison === "previous") {
    const length = daysInRange(range)
    return { from: addDays(range.from, -length), to: addDays(range.from, -1) }
  }
  return { from: yearEarlier(range.from), to: yearEarlier(range.to) }
}

function yearEarlier(day: string): string {
  const [year, month, date] = day.split("-").map(Number)
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate()
  return `${String(year - 1).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(date, lastDay)).padStart(2, "0")}`
}

/** The bucket a chart of this range reads best in: hours up to 2 days, weeks from 120 days. */
export function defaultInterval(range: DayRange): Interval {
  const days = daysInRange(range)
  if (days <= 2) {
    return "hour"
  }
  return days >= 120 ? "week" : "day"
}

/** A range and comparison read from the URL, falling back to a preset when absent or invalid. */
export function readDateRange(
  params: { get(name: string): string | null },
  today: string,
  fallback: Exclude<DateRangePreset, "custom"> = "30d"
): { preset: DateRangePreset; range: DayRange; comparison: Comparison } {
  const comparisonParam = params.get("compare")
  const comparison = (COMPARISONS as readonly string[]).includes(comparisonParam ?? "")
    ? (comparisonParam as Comparison)
    : "previous"
  const presetParam = params.get("range")
  const from = params.get("from")
  const to = params.get("to")
  if (presetParam === "custom" && isIsoDay(from) && isIsoDay(to) && from <= to) {
    return { preset: "custom", range: { from, to }, comparison }
  }
  const preset = (DATE_RANGE_PRESETS as readonly string[]).includes(presetParam ?? "") && presetParam !== "custom"
    ? (presetParam as Exclude<DateRangePreset, "custom">)
    : fallback
  return { preset, range: presetRange(preset, today), comparison }
}

/** Today as a calendar day in a time zone (the admin's own when none is given). */
export function todayIn(timeZone?: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

/** The change from a comparison figure to the current one, as a ratio (0.25 = +25%); null when
 * there is nothing to compare with. */
export function changeRatio(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined || previous === 0) {
    return null
  }
  return (current - previous) / Math.abs(previous)
}
