/**
 * Pure pieces of the calculators and caches dashboards (issue 16): the financing funnel's
 * steps and rates, the buckets of the viability distribution, and cache figures per period.
 * The SQL that counts the rows lives in the module (services/calculator-dashboards.ts).
 */
import { rate } from "../analytics/reports"

/**
 * The financing funnel, in order. Each step counts the simulations created in the range that
 * reached it AND every earlier step (a funnel never grows), whenever they reached it:
 * - simulated: every simulation;
 * - accepted: `accepted_by_customer`;
 * - credit_analysis: also sent to the bank (`submitted_to_bank`, or a status past `pending`);
 * - approved: also `was_approved`;
 * - ordered: also linked to an order (`order_id`).
 */
export const FINANCING_FUNNEL_STEPS = ["simulated", "accepted", "credit_analysis", "approved", "ordered"] as const
export type FinancingFunnelStep = (typeof FINANCING_FUNNEL_STEPS)[number]

/** Counts and summed amounts financed (R$) per step, as the SQL returns them. */
export type FunnelCounts = Record<FinancingFunnelStep, { count: number; value: number }>

export type FunnelStepFigures = {
  step: FinancingFunnelStep
  count: number
  /** Sum of `financing_amount` (R$) of the simulations at this step. */
  value: number
  /** count / previous step's count (1 for the first step with simulations; 0 when nothing to divide). */
  rate_from_previous: number
  /** count / simulated. */
  rate_from_start: number
}

/** The steps with their rates, from the counts of one group (all, a term or a bank). */
export function funnelSteps(counts: FunnelCounts): FunnelStepFigures[] {
  const start = counts.simulated.count
  return FINANCING_FUNNEL_STEPS.map((step, index) => {
    const { count, value } = counts[step]
    const previous = index === 0 ? start : counts[FINANCING_FUNNEL_STEPS[index - 1]].count
    return {
      step,
      count,
      value: roundCents(value),
      rate_from_previous: rate(count, previous),
      rate_from_start: rate(count, start),
    }
  })
}

/** Reads the SQL row's `<step>_count` / `<step>_value` columns (numeric text or numbers). */
export function funnelCountsFromRow(row: Record<string, unknown>): FunnelCounts {
  const counts = {} as FunnelCounts
  for (const step of FINANCING_FUNNEL_STEPS) {
    counts[step] = { count: Number(row[`${step}_count`] ?? 0), value: Number(row[`${step}_value`] ?? 0) }
  }
  return counts
}

export type Bucket = { label: string; min: number; max: number | null }

/** System sizes (kWp): lower bound inclusive, upper exclusive; the last is open. */
export const SYSTEM_SIZE_BOUNDS_KWP = [3, 5, 8, 12, 20, 50] as const
/** Paybacks (years), same convention. */
export const PAYBACK_BOUNDS_YEARS = [2, 3, 4, 5, 7, 10] as const

/** [0, b0), [b0, b1), ... [bn, ∞): one more bucket than bounds. */
export function bucketsFromBounds(bounds: readonly number[], unit: string): Bucket[] {
  const edges = [0, ...bounds]
  return edges.map((min, index) => {
    const max = index < bounds.length ? bounds[index] : null
    return { label: max === null ? `≥ ${min} ${unit}` : `${min}–${max} ${unit}`, min, max }
  })
}

/**
 * The bucket index of a value, as PostgreSQL's `width_bucket(value, bounds)` gives it minus
 * one (values below the first bound are bucket 0; negatives too). null stays null.
 */
export function bucketIndex(value: number | null, bounds: readonly number[]): number | null {
  if (value === null || Number.isNaN(value)) {
    return null
  }
  let index = 0
  while (index < bounds.length && value >= bounds[index]) {
    index++
  }
  return index
}

/** Counts per bucket index (0..bounds.length) from (index, count) rows; other indexes ignored. */
export function bucketCounts(rows: Array<{ index: number; count: number }>, bucketTotal: number): number[] {
  const counts = new Array<number>(bucketTotal).fill(0)
  for (const row of rows) {
    if (row.index >= 0 && row.index < bucketTotal) {
      counts[row.index] += row.count
    }
  }
  return counts
}

/** Figures of one cache kind in one period, as counted. */
export type CachePeriodCounts = {
  hits: number
  upstream_calls: number
  stale_serves: number
  errors: number
}

export type CachePeriodFigures = CachePeriodCounts & {
  /** hits / (hits + upstream_calls); null before any lookup. */
  hit_rate: number | null
  /** Upstream calls a hit spared. */
  calls_avoided: number
  /** calls_avoided x the price of one upstream call (0 for free upstreams). */
  money_saved: number
}

/** The derived figures of one period: a hit is a call avoided; each avoided call saves its price. */
export function cachePeriodFigures(counts: CachePeriodCounts, pricePerCall: number): CachePeriodFigures {
  const lookups = counts.hits + counts.upstream_calls
  return {
    ...counts,
    hit_rate: lookups > 0 ? rate(counts.hits, lookups) : null,
    calls_avoided: counts.hits,
    money_saved: roundCents(counts.hits * pricePerCall),
  }
}

function roundCents(value: number): number {
  return Math.round(value * 100) / 100
}

export type CacheInterval = "day" | "week"

/** The Monday (UTC) of the ISO week of a calendar day "YYYY-MM-DD". */
export function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const offset = (date.getUTCDay() + 6) % 7
  return new Date(date.getTime() - offset * 86_400_000).toISOString().slice(0, 10)
}

/** Every bucket of [from, to] (calendar days, inclusive): each day, or each week's Monday. */
export function periodBuckets(from: string, to: string, interval: CacheInterval): string[] {
  const buckets: string[] = []
  const end = new Date(`${to}T00:00:00Z`).getTime()
  for (let at = new Date(`${from}T00:00:00Z`).getTime(); at <= end; at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10)
    const bucket = interval === "week" ? weekStart(day) : day
    if (buckets[buckets.length - 1] !== bucket) {
      buckets.push(bucket)
    }
  }
  return buckets
}

/** Sums per-day counts into the range's buckets (missing buckets are zeros), in order. */
export function sumIntoBuckets(
  rows: Array<{ day: string } & CachePeriodCounts>,
  buckets: string[],
  interval: CacheInterval
): Array<{ bucket: string } & CachePeriodCounts> {
  const sums = new Map(buckets.map((bucket) => [bucket, { hits: 0, upstream_calls: 0, stale_serves: 0, errors: 0 }]))
  for (const row of rows) {
    const target = sums.get(interval === "week" ? weekStart(row.day) : row.day)
    if (target) {
      target.hits += row.hits
      target.upstream_calls += row.upstream_calls
      target.stale_serves += row.stale_serves
      target.errors += row.errors
    }
  }
  return buckets.map((bucket) => ({ bucket, ...sums.get(bucket)! }))
}
