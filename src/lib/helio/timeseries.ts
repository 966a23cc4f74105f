import { ratio } from "./metrics"
import { roundTo } from "./round"

// The Helio dashboard over time: bucket starts for a range of calendar days, and each bucket's
// rates from the counts the module sums in SQL. Definitions in docs/helio.md ("Metrics over
// time"); they are the same as the range metrics' (metrics.ts), applied per bucket.

export const HELIO_SERIES_INTERVALS = ["day", "week"] as const
export type HelioSeriesInterval = (typeof HELIO_SERIES_INTERVALS)[number]

/** The widest range the series answers (an admin can still make the database scan a lot). */
export const HELIO_SERIES_MAX_DAYS = 400

const DAY_MS = 86_400_000

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS
}

function dayString(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The start of every bucket that overlaps [from, to] (calendar days, both inclusive): each day,
 * or each ISO week from the Monday on or before `from` (PostgreSQL's `date_trunc('week')`).
 */
export function bucketStarts(from: string, to: string, interval: HelioSeriesInterval): string[] {
  let start = dayNumber(from)
  const end = dayNumber(to)
  if (interval === "week") {
    // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
    start -= (((start + 3) % 7) + 7) % 7
  }
  const step = interval === "week" ? 7 : 1
  const starts: string[] = []
  for (let day = start; day <= end; day += step) {
    starts.push(dayString(day))
  }
  return starts
}

/** One bucket's conversation counts (conversations created in it) and answers (logged in it). */
export interface HelioBucketCounts {
  conversations: number
  completed: number
  abandoned: number
  /** Completed conversations marked issue_resolved. */
  resolved: number
  /** Every conversation marked issue_resolved (cost per resolved conversation). */
  resolved_any: number
  escalated: number
  converted: number
  cost_usd: number
  queries: number
  latency_p50_ms: number | null
  latency_p95_ms: number | null
}

export interface HelioSeriesPoint extends HelioBucketCounts {
  bucket: string
  completion_rate: number | null
  resolution_rate: number | null
  escalation_rate: number | null
  conversion_rate: number | null
  cost_per_conversation_usd: number | null
  cost_per_resolved_conversation_usd: number | null
}

export const EMPTY_BUCKET: HelioBucketCounts = {
  conversations: 0,
  completed: 0,
  abandoned: 0,
  resolved: 0,
  resolved_any: 0,
  escalated: 0,
  converted: 0,
  cost_usd: 0,
  queries: 0,
  latency_p50_ms: null,
  latency_p95_ms: null,
}

/** A bucket's rates: null when their population is empty (no conversations), never 0 or NaN. */
export function seriesPoint(bucket: string, counts: HelioBucketCounts): HelioSeriesPoint {
  const latency = (value: number | null) => (value === null || !Number.isFinite(value) ? null : roundTo(value, 1))
  return {
    bucket,
    ...counts,
    cost_usd: roundTo(counts.cost_usd, 8),
    latency_p50_ms: latency(counts.latency_p50_ms),
    latency_p95_ms: latency(counts.latency_p95_ms),
    completion_rate: ratio(counts.completed, counts.completed + counts.abandoned),
    resolution_rate: ratio(counts.resolved, counts.completed),
    escalation_rate: ratio(counts.escalated, counts.conversations),
    conversion_rate: ratio(counts.converted, counts.conversations),
    cost_per_conversation_usd: ratio(counts.cost_usd, counts.conversations, 6),
    cost_per_resolved_conversation_usd: ratio(counts.cost_usd, counts.resolved_any, 6),
  }
}

/** Every bucket of the range in order, the ones without rows filled as empty. */
export function fillSeries(
  starts: string[],
  rows: Map<string, Partial<HelioBucketCounts>>
): HelioSeriesPoint[] {
  return starts.map((bucket) => seriesPoint(bucket, { ...EMPTY_BUCKET, ...(rows.get(bucket) ?? {}) }))
}

/** The range's counts: the buckets' sums (percentiles are not sums: the caller passes them). */
export function sumBuckets(
  points: HelioBucketCounts[],
  latency: { p50: number | null; p95: number | null }
): HelioBucketCounts {
  const total: HelioBucketCounts = { ...EMPTY_BUCKET, latency_p50_ms: latency.p50, latency_p95_ms: latency.p95 }
  for (const point of points) {
    total.conversations += point.conversations
    total.completed += point.completed
    total.abandoned += point.abandoned
    total.resolved += point.resolved
    total.resolved_any += point.resolved_any
    total.escalated += point.escalated
    total.converted += point.converted
    total.cost_usd += point.cost_usd
    total.queries += point.queries
  }
  return total
}
