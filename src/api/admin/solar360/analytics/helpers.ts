// Shared by the admin analytics routes: date parameters, report ranges and list filters.
import { z } from "@medusajs/framework/zod"
import { isDomainError } from "../../../../lib/errors"
import {
  addDays,
  isCalendarDay,
  ReportRange,
  resolveReportRange,
  startOfDayInTimeZone,
} from "../../../../lib/analytics/reports"
import {
  FILTERED_MAX_DAYS,
  HOURLY_MAX_DAYS,
  TIMESERIES_MAX_DAYS,
} from "../../../../lib/analytics/timeseries"
import { invalidData, Solar360ErrorCode } from "../../../../modules/solar360"

/** A calendar day "YYYY-MM-DD" (in the `reportTimezone` option). */
export const calendarDay = () =>
  z.string().refine(isCalendarDay, { message: "must be a calendar day written YYYY-MM-DD" })

/** A calendar day (in `reportTimezone`) or an ISO 8601 instant. */
export const dayOrInstant = () =>
  z.string().refine((value) => isCalendarDay(value) || isInstant(value), {
    message: "must be a calendar day (YYYY-MM-DD) or an ISO 8601 date-time",
  })

function isInstant(value: string) {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))
}

export const oneOrMany = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([schema, z.array(schema)]).optional()

/** `from`/`to` of a report, common to every report route. */
export const ReportRangeParams = z.object({
  from: calendarDay().optional(),
  to: calendarDay().optional(),
})

/** Resolves a report range (defaults, order, cap); bad input becomes a 400. */
export function reportRange(input: { from?: string; to?: string }, timeZone: string): ReportRange {
  try {
    return resolveReportRange({ from: input.from, to: input.to }, { timeZone })
  } catch (error) {
    if (isDomainError(error)) {
      throw invalidData(error.message, Solar360ErrorCode.INVALID_RANGE)
    }
    throw error
  }
}

/**
 * `from`/`to` of a list as a date filter. A calendar day means the whole day in the report time
 * zone (`to` inclusive); an instant is used as given.
 */
export function occurredAtFilter(from: string | undefined, to: string | undefined, timeZone: string) {
  const filter: { $gte?: Date; $lt?: Date; $lte?: Date } = {}
  if (from) {
    filter.$gte = isCalendarDay(from) ? startOfDayInTimeZone(from, timeZone) : new Date(from)
  }
  if (to) {
    if (isCalendarDay(to)) {
      filter.$lt = startOfDayInTimeZone(addDays(to, 1), timeZone)
    } else {
      filter.$lte = new Date(to)
    }
  }
  const start = filter.$gte?.getTime()
  const end = (filter.$lt ?? filter.$lte)?.getTime()
  const empty = filter.$lt ? start! >= end! : start! > end!
  if (start !== undefined && end !== undefined && empty) {
    throw invalidData(`"from" (${from}) is after "to" (${to})`, Solar360ErrorCode.INVALID_RANGE)
  }
  return Object.keys(filter).length ? filter : undefined
}

/**
 * Turns validated list params into `query.graph` filters: `from`/`to` on `column` (`occurred_at`
 * for events and catalog logs, `created_at` for the calculators and Helio lists), so a list
 * shows the same calendar days in `reportTimezone` as the dashboard beside it. `from`/`to` with
 * a filter of its own on that column is a 400 (two ways to say one range).
 */
export function listFilters(input: Record<string, unknown>, timeZone: string, column = "occurred_at") {
  const { from, to, ...direct } = input as { from?: string; to?: string } & Record<string, unknown>
  const filters: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(direct)) {
    if (value !== undefined) {
      filters[key] = value
    }
  }
  const range = occurredAtFilter(from, to, timeZone)
  if (range) {
    if (filters[column] !== undefined) {
      throw invalidData(`"from"/"to" and "${column}" filter the same dates: send one of them`, Solar360ErrorCode.INVALID_RANGE)
    }
    filters[column] = range
  }
  return filters
}

/**
 * A dashboard range (issue 16) with its caps: at most `maxDays` days (400; 90 with a filter,
 * whose figures come from raw rows; 7 per hour, read from raw rows). Bad input is a 400.
 */
export function dashboardRange(
  input: { from?: string; to?: string },
  timeZone: string,
  caps: { maxDays: number; reason?: string }
): ReportRange {
  try {
    return resolveReportRange({ from: input.from, to: input.to }, { timeZone, maxDays: caps.maxDays })
  } catch (error) {
    if (isDomainError(error)) {
      throw invalidData(caps.reason ? `${error.message} (${caps.reason})` : error.message, Solar360ErrorCode.INVALID_RANGE)
    }
    throw error
  }
}

/** The largest range a dashboard request may read, and why (for the 400's message). */
export function dashboardCap(options: { interval?: string; filtered: boolean }): { maxDays: number; reason?: string } {
  if (options.interval === "hour") {
    return { maxDays: HOURLY_MAX_DAYS, reason: "hourly figures are read from raw events" }
  }
  if (options.filtered) {
    return { maxDays: FILTERED_MAX_DAYS, reason: "filtered figures are read from raw events" }
  }
  return { maxDays: TIMESERIES_MAX_DAYS }
}
