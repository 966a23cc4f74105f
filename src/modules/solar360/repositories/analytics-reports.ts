import { Context } from "@medusajs/framework/types"
import type { FunnelBreakdown } from "../../../lib/analytics/funnel"
import type { AnalyticsReport, ReportSettings, ReportTop } from "../types/analytics"
import type { SqlRunner } from "./sql-runner"
import { type FunnelPathDimension, funnelPathDimension, funnelPathRowsSql } from "./sql/analytics-funnel"
import {
  changedDaysSql,
  type DayWindow,
  deleteRollupSql,
  type FunnelOptions,
  funnelSql,
  insertRollupSql,
  lastRollupSql,
  lockRollupSql,
  markedDaysSql,
  productNamesSql,
  reportRowsSql,
  staleDaysSql,
} from "./sql/analytics-reports"

export type { DayWindow, FunnelPathDimension }
export { funnelPathDimension }

/**
 * The analytics reports' SQL. The statements are built by the tagged `sql` template of
 * sql/analytics-reports.ts, which binds every value positionally by construction: the one
 * documented exception to named bindings (run through `SqlRunner.fragment`).
 */
export class AnalyticsReportsRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** The days of [from, to] whose rollup is stored and complete. */
  async markedDays(context: Context, report: AnalyticsReport, from: string, to: string): Promise<string[]> {
    const rows = await this.sql_.fragment<{ day: string }>(context, markedDaysSql(report, from, to))
    return rows.map((row) => row.day)
  }

  async reportRows(
    context: Context,
    report: AnalyticsReport,
    range: DayWindow,
    rawWindows: DayWindow[],
    settings: ReportSettings,
    top?: ReportTop
  ): Promise<Array<{ dimension: string; key: string; value: string | number }>> {
    return this.sql_.fragment(context, reportRowsSql(report, range, rawWindows, settings, top))
  }

  /** One row with `step_<n>`: sessions reaching each step (raw events). */
  async funnel(
    context: Context,
    steps: string[],
    range: DayWindow,
    options: FunnelOptions = {}
  ): Promise<Record<string, unknown>> {
    const [row] = await this.sql_.fragment(context, funnelSql(steps, range, { ...options, breakdown: undefined }))
    return row
  }

  /**
   * Sessions per stored path (or timed path) over the range, per breakdown value with a
   * breakdown dimension: the "funnel" rollup's rows of the dimensions (analytics-funnel.ts),
   * stored days from the rollup and `rawWindows` from raw events.
   */
  async funnelPaths(
    context: Context,
    dimensions: FunnelPathDimension[],
    range: DayWindow,
    rawWindows: DayWindow[],
    settings: ReportSettings
  ): Promise<Array<{ dimension: FunnelPathDimension; key: string; value: string | number }>> {
    return this.sql_.fragment(
      context,
      funnelPathRowsSql(dimensions, markedDaysSql("funnel", range.from, range.to), rawWindows, settings)
    )
  }

  /** Rows of `key`, `other`, `step_<n>`: sessions reaching each step per breakdown key (raw events). */
  async funnelByKey(
    context: Context,
    steps: string[],
    range: DayWindow,
    options: FunnelOptions & { breakdown: FunnelBreakdown }
  ): Promise<Array<Record<string, unknown>>> {
    return this.sql_.fragment(context, funnelSql(steps, range, options))
  }

  async productNames(context: Context, productIds: string[]): Promise<Array<{ product_id: string; product_name: string }>> {
    return this.sql_.fragment(context, productNamesSql(productIds))
  }

  /** Days stored under an older definition of the report (see ROLLUP_VERSION). */
  async staleDays(context: Context, report: AnalyticsReport): Promise<string[]> {
    const rows = await this.sql_.fragment<{ day: string }>(context, staleDaysSql(report))
    return rows.map((row) => row.day)
  }

  /** When the report's rollup last ran; null before the first run. */
  async lastRollup(context: Context, report: AnalyticsReport): Promise<Date | string | null> {
    const [row] = await this.sql_.fragment<{ at: Date | string | null }>(context, lastRollupSql(report))
    return row?.at ?? null
  }

  /** Days with rows written, changed or soft-deleted since `since` (every day with data when null). */
  async changedDays(context: Context, since: Date | null, recheckFrom: Date, timeZone: string): Promise<string[]> {
    const rows = await this.sql_.fragment<{ day: string }>(context, changedDaysSql(since, recheckFrom, timeZone))
    return rows.map((row) => row.day).filter(Boolean)
  }

  /** Replaces the stored rollup of `days`, under the report's lock, in the caller's transaction. */
  async replaceRollupDays(
    context: Context,
    report: AnalyticsReport,
    days: string[],
    timeZone: string,
    settings: ReportSettings
  ): Promise<void> {
    await this.sql_.fragment(context, lockRollupSql(report))
    await this.sql_.fragment(context, deleteRollupSql(report, days))
    await this.sql_.fragment(context, insertRollupSql(report, days, timeZone, settings))
  }
}
