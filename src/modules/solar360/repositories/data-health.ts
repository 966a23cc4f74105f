import { Context } from "@medusajs/framework/types"
import type { SqlRunner } from "./sql-runner"
import { contiguousRuns } from "../../../lib/analytics/reports"
import { COMPLETE_MARKER, rollupRowIdSql } from "./sql/analytics-reports"
import { inLocalDays } from "./sql/local-days"

/**
 * Every table the module owns, for the data-health page. Table names are this constant
 * list, never input: they are the only identifiers the statements below take.
 */
export const DATA_HEALTH_TABLES = [
  "event",
  "catalog_access_log",
  "analytics_daily_rollup",
  "lead",
  "lead_touch",
  "lead_status_change",
  "lead_consent_change",
  "lead_note",
  "helio_conversation",
  "rag_query",
  "financing_simulation",
  "solar_viability_analysis",
  "photogrammetry_analysis",
  "aneel_cache",
  "pvlib_cache",
  "solar360_upstream_spend",
  "upstream_cache_daily_stat",
  "solar360_ingestion_key",
  "solar360_privacy_audit",
  "solar360_privacy_salt",
] as const

export type DataHealthTable = (typeof DATA_HEALTH_TABLES)[number]

/** Above this planner estimate a table's rows are reported as the estimate, not counted. */
export const EXACT_COUNT_LIMIT = 200_000

/**
 * `analytics_daily_rollup.report` of the rows-written-per-day counters the hourly job keeps for
 * the page (dimension: the table; key ''; value: its rows created that day). Not an analytics
 * report: only this repository reads and writes these rows.
 */
export const ROWS_PER_DAY_REPORT = "data_health" as const

/** The counters' definition, stored as each day's marker value: raise it when the count changes. */
export const ROWS_PER_DAY_VERSION = 1

const ROWS_PER_DAY_LOCK_KEY = "solar360:data-health-rows-per-day"

// As literal SQL (a constant), so the planner matches the partial index on marker rows.
const MARKER_SQL = `'${COMPLETE_MARKER}'`

/**
 * Rows created per calendar day in `timeZone` of every table within `windows` (runs of days),
 * soft-deleted rows included: columns day, dimension (the table), value. Each window is a
 * range on `created_at`, which its BRIN or B-tree index can serve. Table names come from the
 * constant list, as identifier bindings.
 */
function rowsPerDaySql(windows: Array<{ from: string; to: string }>, timeZone: string) {
  const bindings: Record<string, unknown> = { tz: timeZone }
  const ranges = windows.map((window, index) => {
    bindings[`from${index}`] = window.from
    bindings[`to${index}`] = window.to
    return `(created_at >= (cast(:from${index} as date)::timestamp at time zone cast(:tz as text))
      and created_at < ((cast(:to${index} as date) + 1)::timestamp at time zone cast(:tz as text)))`
  })
  const selects = DATA_HEALTH_TABLES.map((table, index) => {
    bindings[`t${index}`] = table
    return `select to_char(created_at at time zone cast(:tz as text), 'YYYY-MM-DD') as day, cast(:t${index} as text) as dimension,
        count(*) as value
      from :t${index}: where ${ranges.join(" or ")} group by 1`
  })
  return { text: selects.join("\n      union all\n      "), bindings }
}

/**
 * SQL of the data-health page and job (issue 16): sizes from the catalog, rows created per
 * calendar day from `created_at` (a BRIN or B-tree index on the big tables), the oldest row.
 */
export class DataHealthRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** Size on disk (table, indexes and TOAST) and the planner's row estimate of each table. */
  async sizes(context: Context): Promise<Array<{ table: string; bytes: string; estimated_rows: string }>> {
    return this.sql_.rows(
      context,
      `select c.relname as table, pg_total_relation_size(c.oid)::bigint as bytes, greatest(c.reltuples, 0)::bigint as estimated_rows
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname = any(:tables)`,
      { tables: [...DATA_HEALTH_TABLES] }
    )
  }

  /** Live rows (soft-deleted ones excluded) of each table, counted exactly, in one statement. */
  async exactCounts(context: Context, tables: DataHealthTable[]): Promise<Map<string, number>> {
    if (!tables.length) {
      return new Map()
    }
    const bindings: Record<string, unknown> = {}
    const selects = tables.map((table, index) => {
      bindings[`t${index}`] = table
      return `select cast(:t${index} as text) as table_name, count(*) as count from :t${index}: where deleted_at is null`
    })
    const rows = await this.sql_.rows<{ table_name: string; count: string }>(context, selects.join("\n      union all\n      "), bindings)
    return new Map(rows.map((row) => [row.table_name, Number(row.count)]))
  }

  /**
   * The stored counters of the days of [from, to] that have them, counted with the current
   * version in `timeZone` (the marker's key: days counted in another zone are not theirs): the
   * days counted, and each table's rows written on them (a table absent on a counted day wrote none).
   */
  async storedRowsPerDay(
    context: Context,
    range: { from: string; to: string; timeZone: string }
  ): Promise<{ days: string[]; rows: Array<{ day: string; table: string; rows: number }> }> {
    const rows = await this.sql_.rows<{ day: string; dimension: string; value: number }>(
      context,
      `select r.day, r.dimension, r.value from analytics_daily_rollup r
       where r.report = :report and r.deleted_at is null
         and r.day in (
           select m.day from analytics_daily_rollup m
           where m.report = :report and m.dimension = ${MARKER_SQL} and m.deleted_at is null
             and m.day >= :from and m.day <= :to and m.value = :version and m.key = :tz
         )`,
      { report: ROWS_PER_DAY_REPORT, version: ROWS_PER_DAY_VERSION, from: range.from, to: range.to, tz: range.timeZone }
    )
    return {
      days: rows.filter((row) => row.dimension === COMPLETE_MARKER).map((row) => row.day),
      rows: rows
        .filter((row) => row.dimension !== COMPLETE_MARKER)
        .map((row) => ({ day: row.day, table: row.dimension, rows: Number(row.value) })),
    }
  }

  /**
   * Rows created per calendar day (in `timeZone`) of every table within the runs of days
   * `windows` (each from/to included), soft-deleted rows too, read from the tables: one statement.
   */
  async rawRowsPerDay(
    context: Context,
    windows: Array<{ from: string; to: string }>,
    timeZone: string
  ): Promise<Array<{ day: string; table: string; rows: number }>> {
    if (!windows.length) {
      return []
    }
    const { text, bindings } = rowsPerDaySql(windows, timeZone)
    const rows = await this.sql_.rows<{ day: string; dimension: string; value: string }>(context, text, bindings)
    return rows.map((row) => ({ day: row.day, table: row.dimension, rows: Number(row.value) }))
  }

  /**
   * Replaces the stored counters of `days` (ended days, in `timeZone`) with counts of the rows
   * now in the tables and a marker per day, in the caller's transaction, under an advisory lock
   * that serialises instances running the job at once. Ids derive from the unique key. The
   * marker's key is the time zone the days were counted in.
   */
  async replaceRowsPerDay(context: Context, days: string[], timeZone: string): Promise<void> {
    await this.sql_.rows(context, `select pg_advisory_xact_lock(hashtext(:key))`, { key: ROWS_PER_DAY_LOCK_KEY })
    await this.sql_.rows(context, `delete from analytics_daily_rollup where report = :report and day = any(:days)`, {
      report: ROWS_PER_DAY_REPORT,
      days,
    })
    const counts = rowsPerDaySql(contiguousRuns(days), timeZone)
    await this.sql_.rows(
      context,
      `insert into analytics_daily_rollup (id, day, report, dimension, key, value)
       select ${rollupRowIdSql(ROWS_PER_DAY_REPORT)},
         day, cast(:report as text), dimension, key, value
       from (
         select day, dimension, '' as key, value from (${counts.text}) counted
         union all
         select day, ${MARKER_SQL}, cast(:tz as text), cast(:version as bigint) from unnest(cast(:days as text[])) as day
       ) computed
       where day = any(:days)`,
      { ...counts.bindings, report: ROWS_PER_DAY_REPORT, version: ROWS_PER_DAY_VERSION, days }
    )
  }

  /**
   * The planner statistics' first two histogram bounds of `created_at` per table (the oldest
   * value of its sample, and about the oldest 1% of the rows when current), as text: a
   * JavaScript Date would cut their microseconds (and miss the row at a bound).
   */
  async createdAtBounds(context: Context): Promise<Map<string, Array<string | null>>> {
    const rows = await this.sql_.rows<{ table_name: string; first: string | null; second: string | null }>(
      context,
      `select tablename as table_name, (histogram_bounds::text::timestamptz[])[1]::text as first,
         (histogram_bounds::text::timestamptz[])[2]::text as second
       from pg_stats
       where schemaname = current_schema() and tablename = any(:tables) and attname = 'created_at'`,
      { tables: [...DATA_HEALTH_TABLES] }
    )
    return new Map(rows.map((row) => [row.table_name, [row.first, row.second]]))
  }

  /**
   * The oldest live row's creation time. A min() over all rows cannot use a BRIN index (event
   * and catalog logs have no other on created_at) and reads the whole table, so it first looks
   * among the rows created at or before each of `bounds` in turn, ranges a BRIN index narrows
   * (the caller passes the statistics' histogram bounds, oldest first, then a probe past the
   * retention cutoff). The oldest row found at or below a bound is the oldest of all; when none
   * is (the sampled rows deleted since, no statistics), the whole table.
   */
  async oldestCreatedAt(context: Context, table: DataHealthTable, bounds: Array<string | Date | null>): Promise<Date | null> {
    for (const bound of bounds) {
      if (!bound) {
        continue
      }
      const early = await this.sql_.first<{ oldest: Date | null }>(
        context,
        `select min(created_at) as oldest from :table: where deleted_at is null and created_at <= cast(:bound as timestamptz)`,
        { table, bound }
      )
      if (early?.oldest) {
        return early.oldest
      }
    }
    const row = await this.sql_.first<{ oldest: Date | null }>(
      context,
      `select min(created_at) as oldest from :table: where deleted_at is null`,
      { table }
    )
    return row?.oldest ?? null
  }

  /** The assistant's cost (US$) of the RAG queries created on one calendar day. */
  async helioCostUsd(context: Context, window: { day: string; timeZone: string }): Promise<number> {
    const row = await this.sql_.first<{ cost: string | null }>(
      context,
      `select sum(estimated_cost_usd) as cost from rag_query
       where ${inLocalDays("created_at")} and deleted_at is null`,
      { from: window.day, to: window.day, tz: window.timeZone }
    )
    return Number(row?.cost ?? 0)
  }

  /**
   * The weekly digest's figures that are not analytics reports, for calendar days [from, to] in
   * `timeZone`: purchases and revenue (`purchase` events, bots excluded), leads created,
   * qualified (created in the week and qualified now) and converted (by `converted_at`),
   * Helio conversations and cost, and the calculators' records.
   */
  async digestCounts(
    context: Context,
    range: { from: string; to: string; timeZone: string }
  ): Promise<Record<string, string | number | null>> {
    const row = await this.sql_.first(
      context,
      `select
        (select count(*) from event where event_name = 'purchase' and is_bot = false and deleted_at is null and ${inLocalDays("occurred_at")}) as purchases,
        (select coalesce(sum(coalesce(order_value, value)), 0) from event
          where event_name = 'purchase' and is_bot = false and deleted_at is null and ${inLocalDays("occurred_at")}) as revenue_brl,
        (select count(*) from lead where deleted_at is null and ${inLocalDays("created_at")}) as leads_created,
        (select count(*) from lead where deleted_at is null and is_qualified and ${inLocalDays("created_at")}) as leads_qualified,
        (select count(*) from lead where deleted_at is null and ${inLocalDays("converted_at")}) as leads_converted,
        (select count(*) from helio_conversation where deleted_at is null and ${inLocalDays("created_at")}) as helio_conversations,
        (select coalesce(sum(estimated_cost_usd), 0) from rag_query where deleted_at is null and ${inLocalDays("created_at")}) as helio_cost_usd,
        (select count(*) from financing_simulation where deleted_at is null and ${inLocalDays("created_at")}) as financing_simulations,
        (select count(*) from solar_viability_analysis where deleted_at is null and ${inLocalDays("created_at")}) as viability_analyses`,
      { from: range.from, to: range.to, tz: range.timeZone }
    )
    return row ?? {}
  }

  /**
   * Each cached upstream's calls and failures on one day, from the caches' daily counters
   * (`upstream_cache_daily_stat`, kept per UTC day): a call is a fetch that stored an answer or
   * one that failed, so the attempts are the two added up.
   */
  async upstreamDay(context: Context, day: string): Promise<Array<{ cache_table: string; calls: string; errors: string }>> {
    return this.sql_.rows(
      context,
      `select cache_table, sum(upstream_calls + upstream_errors) as calls, sum(upstream_errors) as errors
       from upstream_cache_daily_stat where day = :day and deleted_at is null group by cache_table order by cache_table`,
      { day }
    )
  }
}
