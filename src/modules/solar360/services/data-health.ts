import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import { addDays, dayInTimeZone } from "../../../lib/analytics/reports"
import { DAY_MS } from "../../../lib/time"
import {
  DIGEST_METRICS,
  digestRows,
  evaluateDataHealth,
  weekStartOf,
  type DataHealthAlert,
  type DigestFigures,
  type DigestRow,
  type TableHealth,
  type UpstreamDay,
} from "../../../lib/health"
import type { AnalyticsReportsService } from "./analytics-reports"
import type { Solar360Options } from "../options"
import { DATA_HEALTH_TABLES, EXACT_COUNT_LIMIT, type DataHealthRepository } from "../repositories/data-health"
import type { DataRetentionService } from "./data-retention"

type InjectedDependencies = {
  baseRepository: unknown
  dataHealthRepository: DataHealthRepository
  dataRetentionService: DataRetentionService
  analyticsReportsService: AnalyticsReportsService
  solar360Options: Solar360Options
}

export type WeeklyDigest = {
  /** Monday to Sunday, in `reportTimezone`. */
  week: { from: string; to: string }
  previous_week: { from: string; to: string }
  time_zone: string
  rows: DigestRow[]
}

/** The upstream behind each cache table, as the alerts name it. */
/** Days past a table's retention cutoff searched first for its oldest row. */
const OLDEST_PROBE_DAYS = 7

const UPSTREAM_NAMES: Record<string, string> = { aneel_cache: "aneel", pvlib_cache: "pvlib" }

export type DataHealthReport = {
  /** The last full day the daily figures end with (yesterday in `reportTimezone`). */
  day: string
  time_zone: string
  /** The full days `rows_per_day` covers, oldest first. */
  days: string[]
  tables: Array<TableHealth & { rows_today: number }>
  total_bytes: number
  helio_cost_usd: number
  alerts: DataHealthAlert[]
  thresholds: Solar360Options["dataHealth"]
}

/**
 * The data-health report (issue 16, "Data health"): per table, rows, size on disk, rows
 * created per day, the oldest row and what the next retention run deletes; and the alerts
 * the `dataHealth` thresholds raise for the last full day. Read-only.
 */
export class DataHealthService {
  // @InjectManager takes its manager from here.
  protected readonly baseRepository_: unknown
  protected readonly repository_: DataHealthRepository
  protected readonly retention_: DataRetentionService
  protected readonly reports_: AnalyticsReportsService
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.dataHealthRepository
    this.retention_ = cradle.dataRetentionService
    this.reports_ = cradle.analyticsReportsService
    this.options_ = cradle.solar360Options
  }

  @InjectManager()
  async getDataHealth(
    input: { now?: Date; upstreams?: UpstreamDay[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataHealthReport> {
    const now = input.now ?? new Date()
    const timeZone = this.options_.reportTimezone
    const thresholds = this.options_.dataHealth
    const today = dayInTimeZone(now, timeZone)
    const day = addDays(today, -1)
    const days = Array.from({ length: thresholds.growthBaselineDays + 1 }, (_, index) => addDays(day, index - thresholds.growthBaselineDays))
    const sizes = new Map((await this.repository_.sizes(sharedContext)).map((row) => [row.table, row]))
    const retention = await this.retention_.applyDataRetention({ now, dryRun: true }, sharedContext)
    // A table has a retention rule when its model has a cutoff (an option set to 0 turns it off).
    const cutoffs = retention.cutoffs as Record<string, string | null | undefined>
    const due = retention.counts as Record<string, number | undefined>

    const tables: DataHealthReport["tables"] = []
    for (const table of DATA_HEALTH_TABLES) {
      const size = sizes.get(table)
      const estimate = Number(size?.estimated_rows ?? 0)
      const estimated = estimate > EXACT_COUNT_LIMIT
      const perDay = new Map(
        (await this.repository_.rowsPerDay(sharedContext, table, { from: days[0], to: today, timeZone })).map((row) => [
          row.day,
          Number(row.rows),
        ])
      )
      // Looked for first among the rows written before the retention cutoff + a week, where the
      // oldest are when the job runs daily: a range the BRIN index on event and catalog logs
      // narrows to those blocks (a min() over all rows reads the whole table: docs/scaling.md).
      const cutoff = cutoffs[table]
      const probe = cutoff ? new Date(new Date(cutoff).getTime() + OLDEST_PROBE_DAYS * DAY_MS) : null
      const oldest = await this.repository_.oldestCreatedAt(sharedContext, table, probe)
      tables.push({
        table,
        rows: estimated ? estimate : await this.repository_.exactCount(sharedContext, table),
        rows_estimated: estimated,
        bytes: Number(size?.bytes ?? 0),
        oldest_created_at: oldest ? new Date(oldest).toISOString() : null,
        rows_per_day: days.map((d) => perDay.get(d) ?? 0),
        rows_today: perDay.get(today) ?? 0,
        retention_due: cutoffs[table] ? due[table] ?? 0 : null,
      })
    }
    const helioCost = await this.repository_.helioCostUsd(sharedContext, { day, timeZone })
    return {
      day,
      time_zone: timeZone,
      days,
      tables,
      total_bytes: tables.reduce((sum, table) => sum + table.bytes, 0),
      helio_cost_usd: helioCost,
      alerts: evaluateDataHealth(
        { day, tables, helioCostUsd: helioCost, upstreams: input.upstreams ?? (await this.upstreamDay_(day, sharedContext)) },
        thresholds
      ),
      thresholds,
    }
  }

  /** The cached upstreams' calls and failures of a day, named as the alerts name them. */
  private async upstreamDay_(day: string, sharedContext: Context): Promise<UpstreamDay[]> {
    const rows = await this.repository_.upstreamDay(sharedContext, day)
    return rows.map((row) => ({
      upstream: UPSTREAM_NAMES[row.cache_table] ?? row.cache_table,
      calls: Number(row.calls),
      errors: Number(row.errors),
    }))
  }

  /**
   * The weekly digest: headline figures of one Monday-to-Sunday week (default: the last full
   * week) beside the week before. Traffic comes from the overview report (rollups where stored).
   */
  @InjectManager()
  async getWeeklyDigest(
    input: { week?: string; now?: Date } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WeeklyDigest> {
    const timeZone = this.options_.reportTimezone
    const from = input.week
      ? weekStartOf(input.week)
      : addDays(weekStartOf(dayInTimeZone(input.now ?? new Date(), timeZone)), -7)
    const week = { from, to: addDays(from, 6) }
    const previousWeek = { from: addDays(from, -7), to: addDays(from, -1) }
    const [current, previous] = [
      await this.digestFigures_(week, timeZone, sharedContext),
      await this.digestFigures_(previousWeek, timeZone, sharedContext),
    ]
    return { week, previous_week: previousWeek, time_zone: timeZone, rows: digestRows(current, previous) }
  }

  private async digestFigures_(range: { from: string; to: string }, timeZone: string, sharedContext: Context): Promise<DigestFigures> {
    const overview = await this.reports_.getAnalyticsReportRows("overview", range, { limit: 1 }, sharedContext)
    const total = (key: string) => overview.find((row) => row.dimension === "total" && row.key === key)?.value ?? 0
    const counts = await this.repository_.digestCounts(sharedContext, { ...range, timeZone })
    const figures = { visitors: total("visitors"), sessions: total("sessions"), page_views: total("page_views") } as Partial<DigestFigures>
    for (const metric of DIGEST_METRICS) {
      if (figures[metric] === undefined) {
        figures[metric] = Number(counts[metric] ?? 0)
      }
    }
    return figures as DigestFigures
  }
}
