import { Context } from "@medusajs/framework/types"
import type { SqlRunner } from "./sql-runner"
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

  /** Live rows (soft-deleted ones excluded), counted exactly. */
  async exactCount(context: Context, table: DataHealthTable): Promise<number> {
    const row = await this.sql_.first<{ count: string }>(context, `select count(*) as count from :table: where deleted_at is null`, {
      table,
    })
    return Number(row?.count ?? 0)
  }

  /** Rows created per calendar day (in `timeZone`) from `from` to `to`, both included. */
  async rowsPerDay(
    context: Context,
    table: DataHealthTable,
    range: { from: string; to: string; timeZone: string }
  ): Promise<Array<{ day: string; rows: string }>> {
    return this.sql_.rows(
      context,
      `select to_char(created_at at time zone cast(:tz as text), 'YYYY-MM-DD') as day, count(*) as rows
       from :table:
       where ${inLocalDays("created_at")}
       group by 1`,
      { table, from: range.from, to: range.to, tz: range.timeZone }
    )
  }

  /**
   * The oldest live row's creation time. A min() over all rows cannot use a BRIN index (event
   * and catalog logs have no other on created_at) and reads the whole table, so it first looks
   * among the rows created before a bound, a range a BRIN index narrows: the planner's
   * statistics' second histogram bound of created_at (about 1% of the rows below it when
   * current), then `below`. The oldest row found below a bound is the oldest of all; when none
   * is, the whole table.
   */
  async oldestCreatedAt(context: Context, table: DataHealthTable, below: Date | null = null): Promise<Date | null> {
    const stats = await this.sql_.first<{ bound: Date | null }>(
      context,
      `select (histogram_bounds::text::timestamptz[])[2] as bound from pg_stats
       where schemaname = current_schema() and tablename = :table and attname = 'created_at'`,
      { table }
    )
    for (const bound of [stats?.bound ?? null, below]) {
      if (!bound) {
        continue
      }
      const early = await this.sql_.first<{ oldest: Date | null }>(
        context,
        `select min(created_at) as oldest from :table: where deleted_at is null and created_at < :bound`,
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
