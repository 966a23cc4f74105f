import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import { channelHosts } from "../../../lib/analytics/channel"
import type { DashboardFilter } from "../../../lib/analytics/dashboard-filters"
import { contiguousRuns, DimensionRow, listDays } from "../../../lib/analytics/reports"
import {
  bounceRate,
  fillBuckets,
  sumFigures,
  type BucketRow,
  type TimeseriesBucket,
  type TimeseriesFigures,
  type TimeseriesInterval,
} from "../../../lib/analytics/timeseries"
import type { Solar360Options } from "../options"
import type { AnalyticsDashboardRepository } from "../repositories/analytics-dashboard"
import type { AnalyticsReportsRepository } from "../repositories/analytics-reports"
import type { ReportSettings } from "../types/analytics"
import type { AnalyticsReportsService } from "./analytics-reports"

/** Above this many runs of unstored days, the raw scan spans them in one window. */
const MAX_RAW_WINDOWS = 16

type InjectedDependencies = {
  baseRepository: unknown
  analyticsDashboardRepository: AnalyticsDashboardRepository
  analyticsReportsRepository: AnalyticsReportsRepository
  analyticsReportsService: AnalyticsReportsService
  solar360Options: Solar360Options
}

export type AnalyticsTimeseries = {
  buckets: TimeseriesBucket[]
  totals: TimeseriesFigures & { bounce_rate: number }
}

type DayRange = { from: string; to: string }

/**
 * The analytics dashboard (issue 16): time series and breakdowns, filtered or not. Without a
 * filter, days come from the overview's daily rollup (raw rows only for days not stored, such
 * as today); hours and filtered figures come from raw rows (ranges capped by the route). Every
 * range of one call is read in one snapshot.
 */
export class AnalyticsDashboardService {
  protected readonly baseRepository_: unknown
  protected readonly repository_: AnalyticsDashboardRepository
  protected readonly reportsRepository_: AnalyticsReportsRepository
  protected readonly reports_: AnalyticsReportsService
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.analyticsDashboardRepository
    this.reportsRepository_ = cradle.analyticsReportsRepository
    this.reports_ = cradle.analyticsReportsService
    this.options_ = cradle.solar360Options
  }

  /** Buckets and totals of each range (the range, then its comparison), aligned by position. */
  @InjectManager()
  async getAnalyticsTimeseries(
    input: { ranges: DayRange[]; interval: TimeseriesInterval; filters?: DashboardFilter[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AnalyticsTimeseries[]> {
    const results: AnalyticsTimeseries[] = []
    for (const range of input.ranges) {
      results.push(await this.timeseries_(range, input.interval, input.filters ?? [], sharedContext))
    }
    return results
  }

  private async timeseries_(
    range: DayRange,
    interval: TimeseriesInterval,
    filters: DashboardFilter[],
    context: Context
  ): Promise<AnalyticsTimeseries> {
    const window = { ...range, timeZone: this.options_.reportTimezone }
    const settings = this.settings()
    let dayRows: BucketRow[]
    if (filters.length) {
      dayRows = toRows(await this.repository_.rawTotals(context, window, "day", settings, filters))
    } else {
      const marked = new Set(await this.reportsRepository_.markedDays(context, "overview", range.from, range.to))
      const unmarked = listDays(range.from, range.to).filter((day) => !marked.has(day))
      const rawWindows = contiguousRuns(unmarked, MAX_RAW_WINDOWS).map((run) => ({ ...run, timeZone: window.timeZone }))
      dayRows = toRows(await this.repository_.dailyTotals(context, window, rawWindows, settings))
    }
    const bucketRows =
      interval === "hour" ? toRows(await this.repository_.rawTotals(context, window, "hour", settings, filters)) : dayRows
    const totals = sumFigures(dayRows)
    return { buckets: fillBuckets(range, interval, bucketRows), totals: { ...totals, bounce_rate: bounceRate(totals) } }
  }

  /**
   * The overview's dimension rows over a range (each dimension's top `limit` keys): from the
   * rollups without filters, from raw rows with them.
   */
  @InjectManager()
  async getAnalyticsBreakdownRows(
    range: DayRange,
    filters: DashboardFilter[],
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DimensionRow[]> {
    if (!filters.length) {
      return this.reports_.getAnalyticsReportRows("overview", range, { limit }, sharedContext)
    }
    const window = { ...range, timeZone: this.options_.reportTimezone }
    const rows = await this.repository_.filteredReportRows(sharedContext, window, this.settings(), filters, limit)
    return rows.map((row) => ({ dimension: row.dimension, key: row.key, value: Number(row.value) }))
  }

  private settings(): ReportSettings {
    return {
      coViewMaxProductsPerSession: this.options_.coViewMaxProductsPerSession,
      channelHosts: channelHosts(this.options_.channelHosts),
    }
  }
}

function toRows(rows: Array<{ bucket: string; key: string; value: string | number }>): BucketRow[] {
  return rows.map((row) => ({ bucket: row.bucket, key: row.key, value: Number(row.value) }))
}
