import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { addDays, contiguousRuns, dayInTimeZone, DimensionRow, listDays } from "../../../lib/analytics/reports"
import { channelHosts } from "../../../lib/analytics/channel"
import { type FunnelBreakdown, type FunnelBreakdownCounts, windowCanCut } from "../../../lib/analytics/funnel"
import {
  countFunnelPaths,
  countFunnelPathsByKey,
  countWindowedFunnelPaths,
  countWindowedFunnelPathsByKey,
  funnelWindowReadsEvents,
} from "../../../lib/analytics/funnel-paths"
import type { Solar360Options } from "../options"
import {
  type AnalyticsReportsRepository,
  type DayWindow,
  type FunnelPathDimension,
  funnelPathDimension,
} from "../repositories/analytics-reports"
import { ANALYTICS_REPORTS, type AnalyticsReport, type ReportSettings, type ReportTop } from "../types/analytics"
import { DAY_MS } from "../../../lib/time"

/** Days recomputed per rollup transaction. */
const ROLLUP_DAYS_PER_TRANSACTION = 31
/** A run also recomputes rows written this long before the previous run began: a row whose
 * transaction started before that run and committed after it was invisible to it. */
const ROLLUP_SAFETY_MARGIN_MS = 15 * 60 * 1000

/** Changed (not new) rows are looked for among rows that occurred this many days back beyond
 * the conversion attribution window (`attributionWindowDays`), whose late `led_to_*` flags
 * change old rows. Older changes need an explicit recompute. */
const ROLLUP_RECHECK_MARGIN_DAYS = 15

/** Above this many runs of unstored days, a report scans raw rows over one window spanning them. */
export const MAX_RAW_WINDOWS = 16

type InjectedDependencies = {
  baseRepository: unknown
  analyticsReportsRepository: AnalyticsReportsRepository
  solar360Options: Solar360Options
}

/**
 * Analytics reports (issue 4, admin side): report rows from the daily rollups plus raw rows,
 * funnel counts, product labels, and the rollup job. The statements are built by the tagged
 * `sql` template of analytics-reports.ts (every value bound, none interpolated).
 */
export class AnalyticsReportsService {
  protected readonly baseRepository_: unknown
  protected readonly repository_: AnalyticsReportsRepository
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.analyticsReportsRepository
    this.options_ = cradle.solar360Options
  }

  /**
   * A report's figures over a range of calendar days, summed per (dimension, key): rolled-up
   * days from `analytics_daily_rollup`, the others from raw rows, in one statement. With
   * `top`, only the rows the report shows are read (see `reportRowsSql`); routes always pass it.
   */
  @InjectManager()
  async getAnalyticsReportRows(
    report: AnalyticsReport,
    range: { from: string; to: string },
    top?: ReportTop,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DimensionRow[]> {
    const rows = await this.repository_.reportRows(
      sharedContext,
      report,
      this.dayWindow_(range),
      await this.rawWindows_(report, range, sharedContext),
      this.reportSettings(),
      top
    )
    return rows.map((row) => ({
      dimension: row.dimension,
      key: row.key,
      value: Number(row.value),
    }))
  }

  private dayWindow_(range: { from: string; to: string }): DayWindow {
    return { ...range, timeZone: this.options_.reportTimezone }
  }

  /** The runs of days of the range a report has not stored: read from raw rows. */
  private async rawWindows_(
    report: AnalyticsReport,
    range: { from: string; to: string },
    sharedContext: Context
  ): Promise<DayWindow[]> {
    const marked = new Set(await this.repository_.markedDays(sharedContext, report, range.from, range.to))
    const unmarked = listDays(range.from, range.to).filter((day) => !marked.has(day))
    return contiguousRuns(unmarked, MAX_RAW_WINDOWS).map((run) => ({ ...run, timeZone: this.options_.reportTimezone }))
  }

  private reportSettings(): ReportSettings {
    return {
      coViewMaxProductsPerSession: this.options_.coViewMaxProductsPerSession,
      channelHosts: channelHosts(this.options_.channelHosts),
    }
  }

  /**
   * The stored paths of some funnel dimensions over the range (analytics-funnel.ts), per
   * dimension: one statement, so a raw day is computed once for all of them.
   */
  private async funnelPaths_(
    range: { from: string; to: string },
    dimensions: FunnelPathDimension[],
    sharedContext: Context
  ): Promise<Array<Array<{ key: string; value: number }>>> {
    const rows = await this.repository_.funnelPaths(
      sharedContext,
      dimensions,
      this.dayWindow_(range),
      await this.rawWindows_("funnel", range, sharedContext),
      this.reportSettings()
    )
    return dimensions.map((dimension) =>
      rows.filter((row) => row.dimension === dimension).map((row) => ({ key: row.key, value: Number(row.value) }))
    )
  }

  /**
   * Sessions reaching each funnel step (the rule: `funnelSql` in analytics-reports.ts). Without
   * a conversion window, or with one no day of the range is longer than (`windowCanCut`), from
   * the "funnel" rollup's paths; with a window of FUNNEL_TIMED_MINUTES or more, from the paths
   * and the timed paths of the longer session-days; with a shorter one, from raw events.
   */
  @InjectManager()
  async countFunnelSessions(
    steps: string[],
    range: { from: string; to: string },
    options: { windowMinutes?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number[]> {
    if (!windowCanCut(options.windowMinutes, range, this.options_.reportTimezone)) {
      const [paths] = await this.funnelPaths_(range, ["path"], sharedContext)
      return countFunnelPaths(steps, paths)
    }
    if (!funnelWindowReadsEvents(options.windowMinutes)) {
      const [paths, timed] = await this.funnelPaths_(range, ["path", "timed"], sharedContext)
      return countWindowedFunnelPaths(steps, paths, timed, options.windowMinutes!)
    }
    const row = await this.repository_.funnel(sharedContext, steps, this.dayWindow_(range), {
      windowMinutes: options.windowMinutes,
    })
    return steps.map((_, index) => Number(row[`step_${index + 1}`]))
  }

  /**
   * Sessions reaching each funnel step per value of a session property (its first event's), the
   * top `breakdownLimit` keys and the rest as one `other` row (rule in `funnelSql`); from the
   * rollup's paths or raw events as `countFunnelSessions`.
   */
  @InjectManager()
  async countFunnelSessionsByKey(
    steps: string[],
    range: { from: string; to: string },
    options: { windowMinutes?: number; breakdown: FunnelBreakdown; breakdownLimit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<FunnelBreakdownCounts[]> {
    if (!windowCanCut(options.windowMinutes, range, this.options_.reportTimezone)) {
      const [paths] = await this.funnelPaths_(range, [funnelPathDimension(options.breakdown)], sharedContext)
      return countFunnelPathsByKey(steps, paths, options.breakdownLimit)
    }
    if (!funnelWindowReadsEvents(options.windowMinutes)) {
      const [paths, timed] = await this.funnelPaths_(
        range,
        [funnelPathDimension(options.breakdown), funnelPathDimension(options.breakdown, true)],
        sharedContext
      )
      return countWindowedFunnelPathsByKey(steps, paths, timed, options.windowMinutes!, options.breakdownLimit)
    }
    const rows = await this.repository_.funnelByKey(sharedContext, steps, this.dayWindow_(range), {
      ...options,
      channelHosts: channelHosts(this.options_.channelHosts),
    })
    return rows.map((row) => ({
      key: row.key === null || row.key === undefined ? null : String(row.key),
      other: row.other === true,
      sessions: steps.map((_, index) => Number(row[`step_${index + 1}`])),
    }))
  }

  /** The latest recorded name of each product id (for report labels). */
  @InjectManager()
  async getCatalogProductNames(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, string>> {
    if (!productIds.length) {
      return {}
    }
    const rows = await this.repository_.productNames(sharedContext, productIds)
    return Object.fromEntries(rows.map((row) => [row.product_id, row.product_name]))
  }

  /**
   * Keeps the daily rollups current: recomputes yesterday (in `reportTimezone`) and every
   * ended day with rows written, changed or soft-deleted since the previous run (all days with
   * data on the first run), in transactions of at most 31 days. `days` forces a recompute of
   * those days as well (e.g. after an erasure of old rows). Idempotent. Today is never stored:
   * reports always read it from raw rows.
   */
  @InjectManager()
  async rollUpAnalytics(
    at: Date = new Date(),
    options: { days?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ days: Record<AnalyticsReport, string[]> }> {
    const timeZone = this.options_.reportTimezone
    const today = dayInTimeZone(at, timeZone)
    const recheckDays = this.options_.attributionWindowDays + ROLLUP_RECHECK_MARGIN_DAYS
    const recheckFrom = new Date(at.getTime() - recheckDays * DAY_MS)
    const result = {} as Record<AnalyticsReport, string[]>
    for (const report of ANALYTICS_REPORTS) {
      const lastRun = await this.repository_.lastRollup(sharedContext, report)
      // Margin for rows whose transaction began before the last run and committed after it.
      const since = lastRun ? new Date(new Date(lastRun).getTime() - ROLLUP_SAFETY_MARGIN_MS) : null
      const changedDays = await this.repository_.changedDays(sharedContext, since, recheckFrom, timeZone)
      // Days stored under an older definition of the report are recomputed (ROLLUP_VERSION).
      const staleDays = await this.repository_.staleDays(sharedContext, report)
      // The first run also stores the empty days between the first data and yesterday, so
      // later reports find one run of stored days and scan raw rows only at its edges.
      const backfill =
        since === null && changedDays.length
          ? listDays(changedDays.reduce((a, b) => (a < b ? a : b)), addDays(today, -1))
          : []
      const days = [
        ...new Set([addDays(today, -1), ...(options.days ?? []), ...changedDays, ...staleDays, ...backfill]),
      ]
        .filter((day) => day && day < today)
        .sort()
      for (let start = 0; start < days.length; start += ROLLUP_DAYS_PER_TRANSACTION) {
        await this.rollUpAnalyticsDays_(
          report,
          days.slice(start, start + ROLLUP_DAYS_PER_TRANSACTION),
          sharedContext
        )
      }
      result[report] = days
    }
    return { days: result }
  }

  @InjectTransactionManager()
  protected async rollUpAnalyticsDays_(
    report: AnalyticsReport,
    days: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.repository_.replaceRollupDays(sharedContext, report, days, this.options_.reportTimezone, this.reportSettings())
  }
}
