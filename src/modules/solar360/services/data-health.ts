import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { addDays, contiguousRuns, dayInTimeZone, listDays } from "../../../lib/analytics/reports"
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

/** Days past a table's retention cutoff searched first for its oldest row. */
const OLDEST_PROBE_DAYS = 7

/**
 * Ended days whose stored rows-per-day counters every run recomputes: rows stamped late in a
 * day but committed after the run that stored it (a long transaction) land within these.
 */
const ROWS_PER_DAY_RECHECK_DAYS = 2

/** Days of counters stored per transaction (the first run backfills the page's window). */
const ROWS_PER_DAY_DAYS_PER_TRANSACTION = 31

/** The upstream behind each cache table, as the alerts name it. */
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
    // The retention's own dry-run counts, without the Helio figures the page does not show.
    const retention = await this.retention_.countPastRetention(now, sharedContext)
    // A table has a retention rule when its model has a cutoff (an option set to 0 turns it off).
    const cutoffs = retention.cutoffs as Record<string, string | null | undefined>
    const due = retention.counts as Record<string, number | undefined>

    const perDay = await this.rowsPerDay_(days, today, sharedContext)
    const bounds = await this.repository_.createdAtBounds(sharedContext)
    const estimateOf = (table: string) => Number(sizes.get(table)?.estimated_rows ?? 0)
    // Counted exactly in one statement where the planner's estimate is small enough to count.
    const exact = await this.repository_.exactCounts(
      sharedContext,
      DATA_HEALTH_TABLES.filter((table) => estimateOf(table) <= EXACT_COUNT_LIMIT)
    )

    const tables: DataHealthReport["tables"] = []
    for (const table of DATA_HEALTH_TABLES) {
      const size = sizes.get(table)
      const estimate = estimateOf(table)
      const estimated = estimate > EXACT_COUNT_LIMIT
      const counts = perDay.get(table)
      // Looked for first at or below the statistics' oldest sampled values, then among the rows
      // written before the retention cutoff + a week, where the oldest are when the job runs
      // daily: ranges the BRIN index on event and catalog logs narrows to a few blocks (a min()
      // over all rows reads the whole table: docs/scaling.md).
      const cutoff = cutoffs[table]
      const probe = cutoff ? new Date(new Date(cutoff).getTime() + OLDEST_PROBE_DAYS * DAY_MS) : null
      const oldest = await this.repository_.oldestCreatedAt(sharedContext, table, [...(bounds.get(table) ?? []), probe])
      tables.push({
        table,
        rows: estimated ? estimate : exact.get(table) ?? 0,
        rows_estimated: estimated,
        bytes: Number(size?.bytes ?? 0),
        oldest_created_at: oldest ? new Date(oldest).toISOString() : null,
        rows_per_day: days.map((d) => counts?.get(d) ?? 0),
        rows_today: counts?.get(today) ?? 0,
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

  /**
   * Rows written per day of each table over `days` (ended days) and `today`: the counters the
   * hourly job stores for ended days, raw counts for today and for any day not stored (a store
   * that never ran the job gets the same figures, read from the tables). Table -> day -> rows.
   */
  private async rowsPerDay_(days: string[], today: string, sharedContext: Context): Promise<Map<string, Map<string, number>>> {
    const stored = await this.repository_.storedRowsPerDay(sharedContext, {
      from: days[0],
      to: days[days.length - 1],
      timeZone: this.options_.reportTimezone,
    })
    const counted = new Set(stored.days)
    const rawDays = [...days, today].filter((d) => !counted.has(d))
    const raw = await this.repository_.rawRowsPerDay(sharedContext, contiguousRuns(rawDays), this.options_.reportTimezone)
    const perDay = new Map<string, Map<string, number>>()
    // Disjoint: the stored rows are of counted days, the raw ones of the others.
    for (const row of [...stored.rows, ...raw]) {
      const table = perDay.get(row.table) ?? new Map<string, number>()
      table.set(row.day, row.rows)
      perDay.set(row.table, table)
    }
    return perDay
  }

  /**
   * The hourly job's step for the page (run by the analytics rollup workflow): stores the rows
   * written per day of every table for the ended days of the page's window (the last
   * `growthBaselineDays` + 1 days) not stored yet, and always recomputes the last
   * ROWS_PER_DAY_RECHECK_DAYS (rows committed late), plus `days` when given. Counted by
   * `created_at` in `reportTimezone`, soft-deleted rows included; a stored day is the rows
   * written that day, so rows deleted later (retention, erasure) stay counted once it is no
   * longer rechecked. Idempotent; instances running it at once take turns (advisory lock).
   * Today is never stored. Days counted in another time zone (the option changed) count as not
   * stored: the page reads them raw until this recounts them.
   */
  @InjectManager()
  async rollUpRowsPerDay(
    at: Date = new Date(),
    options: { days?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ days: string[] }> {
    const today = dayInTimeZone(at, this.options_.reportTimezone)
    const window = listDays(addDays(today, -(this.options_.dataHealth.growthBaselineDays + 1)), addDays(today, -1))
    const stored = await this.repository_.storedRowsPerDay(sharedContext, {
      from: window[0],
      to: window[window.length - 1],
      timeZone: this.options_.reportTimezone,
    })
    const counted = new Set(stored.days)
    const recheck = Array.from({ length: ROWS_PER_DAY_RECHECK_DAYS }, (_, index) => addDays(today, -1 - index))
    const days = [...new Set([...recheck, ...window.filter((d) => !counted.has(d)), ...(options.days ?? [])])]
      .filter((d) => d < today)
      .sort()
    for (let start = 0; start < days.length; start += ROWS_PER_DAY_DAYS_PER_TRANSACTION) {
      await this.replaceRowsPerDay_(days.slice(start, start + ROWS_PER_DAY_DAYS_PER_TRANSACTION), sharedContext)
    }
    return { days }
  }

  @InjectTransactionManager()
  protected async replaceRowsPerDay_(days: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.repository_.replaceRowsPerDay(sharedContext, days, this.options_.reportTimezone)
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
