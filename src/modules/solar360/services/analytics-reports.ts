import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { addDays, contiguousRuns, dayInTimeZone, DimensionRow, listDays } from "../../../lib/analytics/reports"
import {
  ANALYTICS_REPORTS,
  AnalyticsReport,
  changedDaysSql,
  deleteRollupSql,
  funnelSql,
  insertRollupSql,
  lastRollupSql,
  lockRollupSql,
  markedDaysSql,
  MAX_RAW_WINDOWS,
  productNamesSql,
  type ReportSettings,
  type ReportTop,
  reportRowsSql,
  ROLLUP_DAYS_PER_TRANSACTION,
  ROLLUP_RECHECK_MARGIN_DAYS,
  ROLLUP_SAFETY_MARGIN_MS,
} from "../analytics-reports"
import type { Solar360Options } from "../options"
import type { SqlRunner } from "../repositories/sql-runner"
import { DAY_MS } from "../../../lib/time"

type InjectedDependencies = {
  baseRepository: unknown
  sqlRunner: SqlRunner
  solar360Options: Solar360Options
}

/**
 * Analytics reports (issue 4, admin side): report rows from the daily rollups plus raw rows,
 * funnel counts, product labels, and the rollup job. The statements are built by the tagged
 * `sql` template of analytics-reports.ts (every value bound, none interpolated).
 */
export class AnalyticsReportsService {
  protected readonly baseRepository_: unknown
  protected readonly sql_: SqlRunner
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.sql_ = cradle.sqlRunner
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
    const timeZone = this.options_.reportTimezone
    const marked = new Set(
      (await this.sql_.fragment(sharedContext, markedDaysSql(report, range.from, range.to))).map(
        (row: { day: string }) => row.day
      )
    )
    const unmarked = listDays(range.from, range.to).filter((day) => !marked.has(day))
    const rawWindows = contiguousRuns(unmarked, MAX_RAW_WINDOWS).map((run) => ({ ...run, timeZone }))
    const rows = await this.sql_.fragment(
      sharedContext,
      reportRowsSql(report, { ...range, timeZone }, rawWindows, this.reportSettings(), top)
    )
    return rows.map((row: { dimension: string; key: string; value: string | number }) => ({
      dimension: row.dimension,
      key: row.key,
      value: Number(row.value),
    }))
  }

  private reportSettings(): ReportSettings {
    return { coViewMaxProductsPerSession: this.options_.coViewMaxProductsPerSession }
  }

  /** Sessions reaching each funnel step (rule in analytics-reports.ts `funnelSql`). */
  @InjectManager()
  async countFunnelSessions(
    steps: string[],
    range: { from: string; to: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number[]> {
    const [row] = await this.sql_.fragment(
      sharedContext,
      funnelSql(steps, { ...range, timeZone: this.options_.reportTimezone })
    )
    return steps.map((_, index) => Number(row[`step_${index + 1}`]))
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
    const rows = await this.sql_.fragment(sharedContext, productNamesSql(productIds))
    return Object.fromEntries(
      rows.map((row: { product_id: string; product_name: string }) => [row.product_id, row.product_name])
    )
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
      const [{ at: lastRun }] = await this.sql_.fragment(sharedContext, lastRollupSql(report))
      // Margin for rows whose transaction began before the last run and committed after it.
      const since = lastRun ? new Date(new Date(lastRun).getTime() - ROLLUP_SAFETY_MARGIN_MS) : null
      const changed = await this.sql_.fragment(sharedContext, changedDaysSql(since, recheckFrom, timeZone))
      const changedDays: string[] = changed.map((row: { day: string }) => row.day).filter(Boolean)
      // The first run also stores the empty days between the first data and yesterday, so
      // later reports find one run of stored days and scan raw rows only at its edges.
      const backfill =
        since === null && changedDays.length
          ? listDays(changedDays.reduce((a, b) => (a < b ? a : b)), addDays(today, -1))
          : []
      const days = [
        ...new Set([addDays(today, -1), ...(options.days ?? []), ...changedDays, ...backfill]),
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
    await this.sql_.fragment(sharedContext, lockRollupSql(report))
    await this.sql_.fragment(sharedContext, deleteRollupSql(report, days))
    await this.sql_.fragment(sharedContext, insertRollupSql(report, days, this.options_.reportTimezone, this.reportSettings()))
  }
}
