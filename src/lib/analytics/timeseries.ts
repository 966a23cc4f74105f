/**
 * Time series of the analytics dashboard (issue 16): the buckets of a range and how per-day
 * (or per-hour) figures fill them. Pure; the module reads the figures (rollups or raw rows).
 */
import { addDays, listDays } from "./reports"

export const TIMESERIES_INTERVALS = ["hour", "day", "week"] as const
export type TimeseriesInterval = (typeof TIMESERIES_INTERVALS)[number]

/** Longest range of a time series, in days. */
export const TIMESERIES_MAX_DAYS = 400
/** Longest range read per hour: hours come from raw rows. */
export const HOURLY_MAX_DAYS = 7
/** Longest range with a filter: filtered figures come from raw rows (rollups are per dimension). */
export const FILTERED_MAX_DAYS = 90

export const TIMESERIES_METRICS = [
  "visitors",
  "sessions",
  "page_views",
  "events",
  "conversions",
  "revenue",
  "bounced_sessions",
  "sessions_with_page_view",
] as const
export type TimeseriesMetric = (typeof TIMESERIES_METRICS)[number]
export type TimeseriesFigures = Record<TimeseriesMetric, number>

export type TimeseriesBucket = TimeseriesFigures & {
  /** The bucket's label: a day "YYYY-MM-DD" (a week: its Monday), or an hour's wall-clock start in
   * the report time zone, "YYYY-MM-DDTHH:00" (ISO 8601 local time: no "Z", which would say UTC). */
  bucket: string
  /** The first and last day of the range the bucket covers (a week may be cut by the range). */
  from: string
  to: string
}

/** The per-bucket rows the SQL yields: (bucket, key, value) with keys of `total`. */
export type BucketRow = { bucket: string; key: string; value: number }

export function emptyFigures(): TimeseriesFigures {
  return Object.fromEntries(TIMESERIES_METRICS.map((metric) => [metric, 0])) as TimeseriesFigures
}

/** The Monday of the ISO week a day belongs to. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() // 0 Sunday .. 6 Saturday
  return addDays(day, -((weekday + 6) % 7))
}

/** Figures of one day or hour from its SQL rows. Revenue is stored as whole reais plus cents
 * (the rollup column is an integer: whole reais keep a large day within it). */
function addRow(figures: TimeseriesFigures, key: string, value: number) {
  switch (key) {
    case "revenue_reais":
      figures.revenue += value
      break
    case "revenue_cents":
      figures.revenue += value / 100
      break
    default:
      if ((TIMESERIES_METRICS as readonly string[]).includes(key)) {
        figures[key as TimeseriesMetric] += value
      }
  }
}

function roundMoney(figures: TimeseriesFigures): TimeseriesFigures {
  return { ...figures, revenue: Math.round(figures.revenue * 100) / 100 }
}

/** Sums rows into figures (e.g. a range's totals from its per-day rows). */
export function sumFigures(rows: BucketRow[]): TimeseriesFigures {
  const figures = emptyFigures()
  for (const row of rows) {
    addRow(figures, row.key, row.value)
  }
  return roundMoney(figures)
}

/** The hours of a range of days, as wall-clock labels in the report time zone ("2026-12-01T13:00"). */
export function listHours(from: string, to: string): string[] {
  return listDays(from, to).flatMap((day) =>
    Array.from({ length: 24 }, (_, hour) => `${day}T${String(hour).padStart(2, "0")}:00`)
  )
}

/**
 * Every bucket of [from, to] in order, zero when it has no rows (a day without data is 0, not
 * missing). Rows are per day (day and week intervals: a week sums its days inside the range)
 * or per hour.
 */
export function fillBuckets(
  range: { from: string; to: string },
  interval: TimeseriesInterval,
  rows: BucketRow[]
): TimeseriesBucket[] {
  const buckets = new Map<string, TimeseriesBucket>()
  const bucketOf = (unit: string) => (interval === "week" ? weekStart(unit) : unit)
  const units = interval === "hour" ? listHours(range.from, range.to) : listDays(range.from, range.to)
  for (const unit of units) {
    const label = bucketOf(unit)
    const day = unit.slice(0, 10)
    const existing = buckets.get(label)
    if (existing) {
      existing.to = day
    } else {
      buckets.set(label, { bucket: label, from: day, to: day, ...emptyFigures() })
    }
  }
  for (const row of rows) {
    const day = row.bucket.slice(0, 10)
    // A week's bucket exists for days before the range start too: only days of the range count.
    if (day < range.from || day > range.to) {
      continue
    }
    const bucket = buckets.get(bucketOf(row.bucket))
    if (bucket) {
      addRow(bucket, row.key, row.value)
    }
  }
  return [...buckets.values()].map((bucket) => roundMoney(bucket) as TimeseriesBucket)
}

/** sessions bounced / sessions with a page view, 4 decimals; 0 without sessions. */
export function bounceRate(figures: Pick<TimeseriesFigures, "bounced_sessions" | "sessions_with_page_view">): number {
  if (!figures.sessions_with_page_view) {
    return 0
  }
  return Math.round((figures.bounced_sessions / figures.sessions_with_page_view) * 10_000) / 10_000
}
