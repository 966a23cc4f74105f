/**
 * Funnel options of issue 16: the conversion window ("every later step within W of step 1")
 * and the breakdown of a funnel by a session property. The SQL lives in the module
 * (`funnelSql`); `stepsReached` in reports.ts is the reference rule for one session.
 */
import { DomainError } from "../errors"
import { addDays, funnelSteps, listDays, ReportErrorCode, startOfDayInTimeZone, type FunnelStep } from "./reports"

/** A conversion window is at least a minute and at most 90 days. */
export const FUNNEL_WINDOW_MAX_MINUTES = 90 * 24 * 60

const WINDOW_PATTERN = /^(\d{1,6})(m|h|d)$/
const UNIT_MINUTES = { m: 1, h: 60, d: 24 * 60 } as const

/**
 * A conversion window written `30m`, `2h`, `1d`, `7d` (minutes, hours, days) or a whole number
 * of minutes, as minutes. Throws a DomainError (solar360_invalid_funnel) outside 1 minute..90 days.
 */
export function parseFunnelWindow(raw: string | number): number {
  let minutes: number
  if (typeof raw === "number") {
    minutes = raw
  } else {
    const match = WINDOW_PATTERN.exec(raw.trim().toLowerCase())
    if (!match) {
      throw new DomainError(
        ReportErrorCode.INVALID_FUNNEL,
        `"${raw.slice(0, 40)}" is not a conversion window: write a number followed by m, h or d (30m, 2h, 7d)`
      )
    }
    minutes = Number(match[1]) * UNIT_MINUTES[match[2] as keyof typeof UNIT_MINUTES]
  }
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > FUNNEL_WINDOW_MAX_MINUTES) {
    throw new DomainError(ReportErrorCode.INVALID_FUNNEL, "A conversion window is 1 minute to 90 days")
  }
  return minutes
}

/**
 * Whether a conversion window can cut a session of the range. The funnel's sessions are
 * session-days, so two of a session's events are less than a day apart (their day's length in
 * the time zone: 23 to 25 hours around daylight-saving changes); a window at least as long as
 * the longest day of the range cuts nothing, and the funnel needs no event times.
 */
export function windowCanCut(windowMinutes: number | undefined, range: { from: string; to: string }, timeZone: string): boolean {
  if (windowMinutes === undefined) {
    return false
  }
  if (windowMinutes >= 25 * 60) {
    return false
  }
  let longest = 0
  for (const day of listDays(range.from, range.to)) {
    const length = startOfDayInTimeZone(addDays(day, 1), timeZone).getTime() - startOfDayInTimeZone(day, timeZone).getTime()
    longest = Math.max(longest, length)
  }
  return windowMinutes * 60_000 < longest
}

/**
 * Session properties a funnel can be broken down by: the value on the session's first event in
 * the range (for `entry_page`, its first page view's path; for `referrer`, the first event's
 * external referrer host; for `channel`, the channel group of the first event).
 */
export const FUNNEL_BREAKDOWNS = [
  "channel",
  "referrer",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "device",
  "browser",
  "os",
  "country",
  "region",
  "entry_page",
] as const
export type FunnelBreakdown = (typeof FUNNEL_BREAKDOWNS)[number]

export const FUNNEL_BREAKDOWN_DEFAULT_LIMIT = 10
export const FUNNEL_BREAKDOWN_MAX_LIMIT = 50

/**
 * One row of counts per breakdown key: `key` null with `other` false is the sessions without a
 * value; `other` true is the sum of the keys beyond the limit.
 */
export type FunnelBreakdownCounts = { key: string | null; other: boolean; sessions: number[] }

export type FunnelBreakdownRow = {
  key: string | null
  other: boolean
  steps: FunnelStep[]
  overall_conversion: number
}

/**
 * The breakdown rows as funnels, keys by step-1 sessions (most first, then by key; the
 * sessions without a value and "other" last), and the overall funnel as their sum (every
 * session that reached step 1 has exactly one row).
 */
export function shapeFunnelBreakdown(
  steps: string[],
  rows: FunnelBreakdownCounts[]
): { overall: number[]; breakdown: FunnelBreakdownRow[] } {
  const overall = steps.map((_, index) => rows.reduce((sum, row) => sum + (row.sessions[index] ?? 0), 0))
  const rank = (row: FunnelBreakdownCounts) => (row.other ? 2 : row.key === null ? 1 : 0)
  const ordered = [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.sessions[0] ?? 0) - (a.sessions[0] ?? 0) ||
      ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0)
  )
  return {
    overall,
    breakdown: ordered.map((row) => {
      const shaped = funnelSteps(steps, row.sessions)
      return {
        key: row.key,
        other: row.other,
        steps: shaped,
        overall_conversion: shaped[shaped.length - 1].conversion_from_start,
      }
    }),
  }
}
