import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import {
  bucketCounts,
  bucketsFromBounds,
  cachePeriodFigures,
  funnelCountsFromRow,
  funnelSteps,
  PAYBACK_BOUNDS_YEARS,
  periodBuckets,
  sumIntoBuckets,
  SYSTEM_SIZE_BOUNDS_KWP,
  type Bucket,
  type CacheInterval,
  type CachePeriodFigures,
  type FunnelStepFigures,
} from "../../../lib/calculators/dashboards"
import type { Solar360Options } from "../options"
import type { CalculatorDashboardsRepository } from "../repositories/calculator-dashboards"

/** Terms and banks the funnel breaks down at most (the largest first). */
const FUNNEL_GROUP_LIMIT = 50

type InjectedDependencies = {
  baseRepository: unknown
  calculatorDashboardsRepository: CalculatorDashboardsRepository
  solar360Options: Solar360Options
}

export type FinancingFunnel = {
  steps: FunnelStepFigures[]
  by_term: Array<{ term_months: number; steps: FunnelStepFigures[] }>
  by_bank: Array<{ bank: string | null; steps: FunnelStepFigures[] }>
}

export type ViabilityDistributionRow = {
  state: string | null
  count: number
  /** Mean system size (kWp) of the analyses with one; null when none. */
  avg_system_size_kwp: number | null
  /** Mean payback (years) of the analyses with one; null when none. */
  avg_payback_years: number | null
  /** Counts per `size_buckets` entry. */
  system_size: number[]
  /** Counts per `payback_buckets` entry. */
  payback: number[]
  /** Analyses without a payback (never pays back, or not computed). */
  no_payback: number
}

export type ViabilityDistribution = {
  size_buckets: Bucket[]
  payback_buckets: Bucket[]
  total: ViabilityDistributionRow
  by_state: ViabilityDistributionRow[]
}

export const CACHE_DASHBOARD_KINDS = ["aneel", "pvlib", "photogrammetry"] as const
export type CacheDashboardKind = (typeof CACHE_DASHBOARD_KINDS)[number]

export type CacheTimeseries = {
  interval: CacheInterval
  kinds: Array<{
    kind: CacheDashboardKind
    /** What one avoided upstream call is worth (ANEEL open data and the store's own pvlib: 0). */
    price_per_call: number
    currency: "USD"
    /** False when the figure is not recorded for this kind (roof analyses: stale serves, errors). */
    records_errors: boolean
    totals: CachePeriodFigures
    points: Array<{ bucket: string } & CachePeriodFigures>
  }>
}

/**
 * The calculators and caches dashboards (issue 16): the financing funnel by term and bank,
 * the distribution of viability analyses by UF, and the caches' figures over time.
 * SQL in repositories/calculator-dashboards.ts; the maths in lib/calculators/dashboards.ts.
 */
export class CalculatorDashboardsService {
  // @InjectManager takes its manager from here.
  protected readonly baseRepository_: unknown
  protected readonly repository_: CalculatorDashboardsRepository
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.calculatorDashboardsRepository
    this.options_ = cradle.solar360Options
  }

  /** Simulations created in the calendar days [from, to] (in `reportTimezone`) through the funnel. */
  @InjectManager()
  async getFinancingFunnel(
    range: { from: string; to: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<FinancingFunnel> {
    const window = { ...range, timeZone: this.options_.reportTimezone }
    const [all] = await this.repository_.financingFunnel(sharedContext, window, "all", 1)
    const byTerm = await this.repository_.financingFunnel(sharedContext, window, "term", FUNNEL_GROUP_LIMIT)
    const byBank = await this.repository_.financingFunnel(sharedContext, window, "bank", FUNNEL_GROUP_LIMIT)
    return {
      steps: funnelSteps(funnelCountsFromRow(all ?? {})),
      by_term: byTerm
        .map((row) => ({ term_months: Number(row.group_key), steps: funnelSteps(funnelCountsFromRow(row)) }))
        .sort((a, b) => a.term_months - b.term_months),
      by_bank: byBank.map((row) => ({
        bank: (row.group_key as string | null) ?? null,
        steps: funnelSteps(funnelCountsFromRow(row)),
      })),
    }
  }

  /** Analyses created in [from, to] per UF (one UF with `state`) by system size and payback bucket. */
  @InjectManager()
  async getViabilityDistribution(
    range: { from: string; to: string; state?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ViabilityDistribution> {
    const rows = await this.repository_.viabilityDistribution(
      sharedContext,
      { from: range.from, to: range.to, state: range.state ? range.state.toUpperCase() : null, timeZone: this.options_.reportTimezone },
      { size: SYSTEM_SIZE_BOUNDS_KWP, payback: PAYBACK_BOUNDS_YEARS }
    )
    const sizeBuckets = bucketsFromBounds(SYSTEM_SIZE_BOUNDS_KWP, "kWp")
    const paybackBuckets = bucketsFromBounds(PAYBACK_BOUNDS_YEARS, "years")
    const summarise = (state: string | null, group: typeof rows): ViabilityDistributionRow => {
      const kwp = group.reduce((sum, row) => sum + row.kwp, 0)
      const withSize = group.reduce((sum, row) => sum + row.with_size, 0)
      const years = group.reduce((sum, row) => sum + row.payback_years, 0)
      const withPayback = group.reduce((sum, row) => sum + row.with_payback, 0)
      return {
        state,
        count: group.reduce((sum, row) => sum + row.count, 0),
        avg_system_size_kwp: withSize ? Math.round((kwp / withSize) * 100) / 100 : null,
        avg_payback_years: withPayback ? Math.round((years / withPayback) * 100) / 100 : null,
        system_size: bucketCounts(
          group.filter((row) => row.size_bucket !== null).map((row) => ({ index: row.size_bucket!, count: row.count })),
          sizeBuckets.length
        ),
        payback: bucketCounts(
          group.filter((row) => row.payback_bucket !== null).map((row) => ({ index: row.payback_bucket!, count: row.count })),
          paybackBuckets.length
        ),
        no_payback: group.filter((row) => row.payback_bucket === null).reduce((sum, row) => sum + row.count, 0),
      }
    }
    const states = [...new Set(rows.map((row) => row.state))]
    const byState = states
      .map((state) => summarise(state, rows.filter((row) => row.state === state)))
      .sort((a, b) => b.count - a.count || String(a.state).localeCompare(String(b.state)))
    return { size_buckets: sizeBuckets, payback_buckets: paybackBuckets, total: summarise(null, rows), by_state: byState }
  }

  /**
   * Per cache kind and day or week (UTC days [from, to]): hits, upstream calls, stale serves,
   * errors, hit rate, calls avoided and money saved. ANEEL and pvlib from their daily counters;
   * roof analyses from their records (reuses are hits; each saves `photogrammetryCostUsd`).
   */
  @InjectManager()
  async getCacheTimeseries(
    range: { from: string; to: string; interval: CacheInterval },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheTimeseries> {
    const buckets = periodBuckets(range.from, range.to, range.interval)
    const counters = await this.repository_.cacheDailyCounts(sharedContext, range)
    const roofs = await this.repository_.photogrammetryDailyCounts(sharedContext, range)
    const series = (kind: CacheDashboardKind, days: Array<{ day: string; hits: number; upstream_calls: number; stale_serves: number; errors: number }>, price: number, recordsErrors: boolean) => {
      const points = sumIntoBuckets(days, buckets, range.interval).map((point) => ({
        bucket: point.bucket,
        ...cachePeriodFigures(point, price),
      }))
      const sum = (key: "hits" | "upstream_calls" | "stale_serves" | "errors") => days.reduce((total, day) => total + day[key], 0)
      return {
        kind,
        price_per_call: price,
        currency: "USD" as const,
        records_errors: recordsErrors,
        totals: cachePeriodFigures(
          { hits: sum("hits"), upstream_calls: sum("upstream_calls"), stale_serves: sum("stale_serves"), errors: sum("errors") },
          price
        ),
        points,
      }
    }
    const ofTable = (table: string) => counters.filter((row) => row.cache_table === table)
    return {
      interval: range.interval,
      kinds: [
        series("aneel", ofTable("aneel_cache"), 0, true),
        series("pvlib", ofTable("pvlib_cache"), 0, true),
        series(
          "photogrammetry",
          roofs.map((row) => ({ ...row, stale_serves: 0, errors: 0 })),
          this.options_.photogrammetryCostUsd,
          false
        ),
      ],
    }
  }
}
