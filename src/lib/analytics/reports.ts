/**
 * Pure pieces of the admin analytics reports: calendar-day ranges in a time zone, funnel
 * and conversion rates, and shaping summed (dimension, key, value) rows into report lists.
 * The SQL that produces the rows lives in the module (analytics-reports.ts).
 */
import { DomainError } from "../errors"
import { DAY_MS } from "../time"

/** Stable codes of the report refusals; the module's Solar360ErrorCode table spreads them. */
export const ReportErrorCode = {
  INVALID_RANGE: "solar360_invalid_range",
  INVALID_FUNNEL: "solar360_invalid_funnel",
} as const

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

export const REPORT_RANGE_DEFAULT_DAYS = 30
export const REPORT_RANGE_MAX_DAYS = 366

export type ReportRange = {
  /** First calendar day, "YYYY-MM-DD", inclusive. */
  from: string
  /** Last calendar day, "YYYY-MM-DD", inclusive. */
  to: string
  /** Number of calendar days in the range. */
  days: number
  /** The IANA time zone of the days. */
  time_zone: string
}

/** True when the runtime knows the IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone })
    return true
  } catch {
    return false
  }
}

/** True for a real calendar date written "YYYY-MM-DD" (2026-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value)
  if (!match) {
    return false
  }
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]))
  return date.toISOString().slice(0, 10) === value
}

/** The calendar day of an instant in a time zone, "YYYY-MM-DD". */
export function dayInTimeZone(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return formatter("en-CA", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(at)
}

// Building an Intl.DateTimeFormat costs ~100x a format with it, and a 365-day range asks
// for hundreds: one per locale, zone and options, kept (a store has one or two zones).
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    formatters.set(key, cached)
  }
  return cached
}

/** `day` moved by `delta` calendar days. */
export function addDays(day: string, delta: number): string {
  const [y, m, d] = day.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d) + delta * DAY_MS).toISOString().slice(0, 10)
}

/** Calendar days from `from` to `to`, both included. */
export function listDays(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.push(day)
  }
  return days
}

/**
 * Sorted calendar days as runs of consecutive days. With more than `maxRuns` runs, one run
 * from the first day to the last.
 */
export function contiguousRuns(days: string[], maxRuns = Infinity): Array<{ from: string; to: string }> {
  const sorted = [...days].sort()
  const runs: Array<{ from: string; to: string }> = []
  for (const day of sorted) {
    const last = runs[runs.length - 1]
    if (last && addDays(last.to, 1) === day) {
      last.to = day
    } else if (!last || day > last.to) {
      runs.push({ from: day, to: day })
    }
  }
  if (runs.length > maxRuns) {
    return [{ from: runs[0].from, to: runs[runs.length - 1].to }]
  }
  return runs
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/**
 * The instant a calendar day starts in a time zone (DST-aware): the UTC midnight of the day
 * shifted by the zone's offset at that moment, corrected once if the offset changes there.
 * Where the clocks skip midnight (Santiago, 6 September 2026: 00:00 becomes 01:00) the
 * corrected instant is still the day before, and the day starts at the first guess, the jump.
 */
export function startOfDayInTimeZone(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`)
  const guess = utcMidnight - offsetMs(new Date(utcMidnight), timeZone)
  const corrected = utcMidnight - offsetMs(new Date(guess), timeZone)
  return new Date(dayInTimeZone(new Date(corrected), timeZone) === day ? corrected : guess)
}

/** The zone's offset from UTC at an instant, in milliseconds (e.g. -3 h for São Paulo). */
function offsetMs(at: Date, timeZone: string): number {
  const parts = formatter("en-US", timeZone, {
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at)
  // Stryker disable next-line OptionalChaining: formatToParts always returns the year, month, day, hour, minute and second parts asked for
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"))
  return asUtc - Math.floor(at.getTime() / 1000) * 1000
}

/**
 * Resolves a report's `from`/`to` (calendar days in `timeZone`, both inclusive). Missing
 * bounds default to the last `defaultDays` days ending today; a missing `from` counts back
 * from `to`. Throws a DomainError (code `solar360_invalid_range`) for a bad day, `from`
 * after `to`, or a range longer than `maxDays`.
 */
export function resolveReportRange(
  input: { from?: string; to?: string },
  options: { timeZone: string; now?: Date; defaultDays?: number; maxDays?: number }
): ReportRange {
  const defaultDays = options.defaultDays ?? REPORT_RANGE_DEFAULT_DAYS
  const maxDays = options.maxDays ?? REPORT_RANGE_MAX_DAYS
  for (const [name, value] of Object.entries(input)) {
    if (value !== undefined && !isCalendarDay(value)) {
      throw new DomainError(ReportErrorCode.INVALID_RANGE, `"${name}" must be a calendar day written YYYY-MM-DD`)
    }
  }
  const to = input.to ?? dayInTimeZone(options.now ?? new Date(), options.timeZone)
  const from = input.from ?? addDays(to, -(defaultDays - 1))
  if (from > to) {
    throw new DomainError(ReportErrorCode.INVALID_RANGE, `"from" (${from}) is after "to" (${to})`)
  }
  const days = daysBetween(from, to) + 1
  if (days > maxDays) {
    throw new DomainError(
      ReportErrorCode.INVALID_RANGE,
      `The range covers ${days} days; at most ${maxDays} are allowed`
    )
  }
  return { from, to, days, time_zone: options.timeZone }
}

/** numerator / denominator rounded to 4 decimals; 0 when there is nothing to divide. */
export function rate(numerator: number, denominator: number): number {
  if (!denominator) {
    return 0
  }
  return Math.round((numerator / denominator) * 10_000) / 10_000
}

export type FunnelStep = {
  step: number
  name: string
  sessions: number
  /** Share of the previous step's sessions that reached this one (1 for the first step). */
  conversion_from_previous: number
  /** Share of the first step's sessions that reached this one. */
  conversion_from_start: number
  /** Sessions of the previous step that did not reach this one. */
  drop_off: number
}

/** Step-by-step conversion from the sessions that reached each step. */
export function funnelSteps(steps: string[], sessionsPerStep: number[]): FunnelStep[] {
  return steps.map((name, index) => {
    const sessions = sessionsPerStep[index] ?? 0
    const previous = index === 0 ? sessions : (sessionsPerStep[index - 1] ?? 0)
    return {
      step: index + 1,
      name,
      sessions,
      conversion_from_previous: index === 0 ? (sessions ? 1 : 0) : rate(sessions, previous),
      conversion_from_start: rate(sessions, sessionsPerStep[0] ?? 0),
      drop_off: index === 0 ? 0 : previous - sessions,
    }
  })
}

/**
 * Reference implementation of the funnel rule, for one session's events: the session
 * reaches step 1 at its first event named like step 1; it reaches step i at the first event
 * named like step i at or after the moment it reached step i-1. With a conversion window
 * (`windowMs`), a later step counts only when it happened at most `windowMs` after the moment
 * the session reached step 1 (exactly at the limit counts). Returns how many steps it reached
 * (0..steps.length). The SQL does the same over all sessions at once.
 */
export function stepsReached(
  steps: string[],
  events: Array<{ event_name: string; occurred_at: Date | string }>,
  windowMs?: number
): number {
  const ordered = [...events].sort(
    (a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime()
  )
  let reachedAt = -Infinity
  let deadline = Infinity
  for (let index = 0; index < steps.length; index++) {
    const next = ordered.find((event) => {
      const time = new Date(event.occurred_at).getTime()
      return event.event_name === steps[index] && time >= reachedAt && time <= deadline
    })
    if (!next) {
      return index
    }
    reachedAt = new Date(next.occurred_at).getTime()
    if (index === 0 && windowMs !== undefined) {
      deadline = reachedAt + windowMs
    }
  }
  return steps.length
}

/** Validates funnel step names: 2..10, non-empty, no repeats. Throws a DomainError. */
export function parseFunnelSteps(raw: string | string[]): string[] {
  const steps = (Array.isArray(raw) ? raw.flatMap((part) => part.split(",")) : raw.split(","))
    .map((step) => step.trim())
  if (steps.some((step) => !step)) {
    throw new DomainError(ReportErrorCode.INVALID_FUNNEL, "Funnel steps must be non-empty event names")
  }
  if (steps.length < 2 || steps.length > 10) {
    throw new DomainError(ReportErrorCode.INVALID_FUNNEL, "A funnel has 2 to 10 steps")
  }
  if (steps.some((step) => step.length > 200)) {
    throw new DomainError(ReportErrorCode.INVALID_FUNNEL, "A funnel step is at most 200 characters")
  }
  if (new Set(steps).size !== steps.length) {
    throw new DomainError(ReportErrorCode.INVALID_FUNNEL, "A funnel step may appear only once")
  }
  return steps
}

/** One summed report row: a dimension ("path", "browser", ...), its key and the count. */
export type DimensionRow = { dimension: string; key: string; value: number }

/** Rows of one dimension as { key, value }, largest first, ties by key; at most `limit`. */
export function topKeys(rows: DimensionRow[], dimension: string, limit: number) {
  return rows
    .filter((row) => row.dimension === dimension)
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map(({ key, value }) => ({ key, value }))
}

/** The value of one key of one dimension (0 when absent). */
export function valueOf(rows: DimensionRow[], dimension: string, key: string): number {
  return rows.find((row) => row.dimension === dimension && row.key === key)?.value ?? 0
}

/** A dimension's keys and values as a record. */
export function dimensionRecord(rows: DimensionRow[], dimension: string): Record<string, number> {
  const record: Record<string, number> = {}
  for (const row of rows) {
    if (row.dimension === dimension) {
      record[row.key] = row.value
    }
  }
  return record
}

/** The overview report from its summed rows (definitions in the module's SQL and README). */
export function shapeOverview(rows: DimensionRow[], limit: number) {
  const total = (key: string) => valueOf(rows, "total", key)
  const list = (dimension: string, label: string, metric: string) =>
    topKeys(rows, dimension, limit).map(({ key, value }) => ({ [label]: key, [metric]: value }))
  return {
    totals: {
      page_views: total("page_views"),
      unique_visitors: total("visitors"),
      sessions: total("sessions"),
      events: total("events"),
    },
    bounce: {
      sessions_with_page_view: total("sessions_with_page_view"),
      bounced_sessions: total("bounced_sessions"),
      bounce_rate: rate(total("bounced_sessions"), total("sessions_with_page_view")),
    },
    top_pages: list("path", "path", "page_views"),
    top_referrers: list("referrer", "referrer", "page_views"),
    utm: {
      source: list("utm_source", "value", "sessions"),
      medium: list("utm_medium", "value", "sessions"),
      campaign: list("utm_campaign", "value", "sessions"),
    },
    devices: list("device_type", "device_type", "visitors"),
    browsers: list("browser", "browser", "visitors"),
    events_per_category: dimensionRecord(rows, "category"),
  }
}

/** Product ids a catalog report will show, to look their names up. */
export function catalogProductIds(rows: DimensionRow[], limit: number, minViews: number): string[] {
  const shaped = shapeCatalog(rows, {}, limit, minViews)
  return [
    ...new Set([
      ...shaped.most_viewed.map((row) => row.product_id),
      ...shaped.best_conversion.map((row) => row.product_id),
      ...shaped.co_viewed.flatMap((row) => row.product_ids),
    ]),
  ]
}

/** The catalog report from its summed rows and the products' names. */
export function shapeCatalog(
  rows: DimensionRow[],
  names: Record<string, string>,
  limit: number,
  minViews: number
) {
  const total = (key: string) => valueOf(rows, "total", key)
  const views = dimensionRecord(rows, "product_views")
  const carts = dimensionRecord(rows, "product_carts")
  const purchases = dimensionRecord(rows, "product_purchases")
  const conversions = dimensionRecord(rows, "product_conversions")
  const name = (id: string) => names[id] ?? null

  const bestConversion = Object.entries(views)
    .filter(([, count]) => count >= minViews)
    .map(([id, count]) => ({
      product_id: id,
      product_name: name(id),
      views: count,
      carts: carts[id] ?? 0,
      purchases: purchases[id] ?? 0,
      conversions: conversions[id] ?? 0,
      conversion_rate: rate(conversions[id] ?? 0, count),
      cart_rate: rate(carts[id] ?? 0, count),
      purchase_rate: rate(purchases[id] ?? 0, count),
    }))
    .sort(
      (a, b) =>
        b.conversion_rate - a.conversion_rate ||
        b.views - a.views ||
        (a.product_id < b.product_id ? -1 : 1)
    )
    .slice(0, limit)

  const recViews = dimensionRecord(rows, "recommendation_views")
  const recCarts = dimensionRecord(rows, "recommendation_carts")
  const recPurchases = dimensionRecord(rows, "recommendation_purchases")

  return {
    totals: {
      product_views: total("product_views"),
      searches: total("searches"),
      failed_searches: total("failed_searches"),
    },
    most_viewed: topKeys(rows, "product_views", limit).map(({ key, value }) => ({
      product_id: key,
      product_name: name(key),
      views: value,
    })),
    best_conversion: bestConversion,
    searches: {
      popular: topKeys(rows, "search_term", limit).map(({ key, value }) => ({ term: key, searches: value })),
      failed: topKeys(rows, "failed_search_term", limit).map(({ key, value }) => ({
        term: key,
        searches: value,
      })),
    },
    co_viewed: topKeys(rows, "co_view", limit).map(({ key, value }) => {
      const product_ids = JSON.parse(key) as string[]
      return { product_ids, product_names: product_ids.map(name), sessions: value }
    }),
    recommendations: Object.entries(recViews)
      .map(([source, count]) => ({
        source,
        views: count,
        carts: recCarts[source] ?? 0,
        purchases: recPurchases[source] ?? 0,
        cart_rate: rate(recCarts[source] ?? 0, count),
        purchase_rate: rate(recPurchases[source] ?? 0, count),
      }))
      .sort((a, b) => b.views - a.views || (a.source < b.source ? -1 : 1)),
  }
}
