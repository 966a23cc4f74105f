import { Context } from "@medusajs/framework/types"
import type { SqlRunner } from "./sql-runner"
import { inLocalDays } from "./sql/local-days"

/** Calendar days [from, to] (inclusive) in a time zone. */
export type DashboardWindow = { from: string; to: string; timeZone: string }


/** Group columns of the funnel: a fixed list, never input. */
export const FUNNEL_GROUPS = { all: null, term: "term_months", bank: "bank" } as const
export type FunnelGroup = keyof typeof FUNNEL_GROUPS

// Each step implies the earlier ones (lib/calculators/dashboards.ts FINANCING_FUNNEL_STEPS).
const FUNNEL_STEPS_SQL = `
  select f.financing_amount as amount,
    f.accepted_by_customer as accepted,
    f.accepted_by_customer and (f.submitted_to_bank or f.status <> 'pending') as credit_analysis,
    f.accepted_by_customer and (f.submitted_to_bank or f.status <> 'pending') and f.was_approved is true as approved,
    f.accepted_by_customer and (f.submitted_to_bank or f.status <> 'pending') and f.was_approved is true
      and f.order_id is not null as ordered,
    f.term_months, f.bank
  from financing_simulation f
  where f.deleted_at is null and ${inLocalDays("f.created_at")}`

const FUNNEL_FIGURES_SQL = `
  count(*)::int as simulated_count, coalesce(sum(amount), 0)::float8 as simulated_value,
  count(*) filter (where accepted)::int as accepted_count, coalesce(sum(amount) filter (where accepted), 0)::float8 as accepted_value,
  count(*) filter (where credit_analysis)::int as credit_analysis_count,
  coalesce(sum(amount) filter (where credit_analysis), 0)::float8 as credit_analysis_value,
  count(*) filter (where approved)::int as approved_count, coalesce(sum(amount) filter (where approved), 0)::float8 as approved_value,
  count(*) filter (where ordered)::int as ordered_count, coalesce(sum(amount) filter (where ordered), 0)::float8 as ordered_value`

/**
 * SQL of the calculators and caches dashboards. Financing and viability read their own rows
 * (indexed on created_at; there is no rollup of them, and a range is capped at 366 days);
 * caches read the per-day counters (upstream_cache_daily_stat) and the roof analyses.
 */
export class CalculatorDashboardsRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** Funnel counts and values, overall or per term / bank (at most `limit` groups, largest first). */
  async financingFunnel(
    context: Context,
    window: DashboardWindow,
    group: FunnelGroup,
    limit: number
  ): Promise<Record<string, unknown>[]> {
    const column = FUNNEL_GROUPS[group]
    const bindings = { from: window.from, to: window.to, tz: window.timeZone, limit }
    if (!column) {
      return this.sql_.rows(context, `select ${FUNNEL_FIGURES_SQL} from (${FUNNEL_STEPS_SQL}) s`, bindings)
    }
    return this.sql_.rows(
      context,
      `select s.${column} as group_key, ${FUNNEL_FIGURES_SQL} from (${FUNNEL_STEPS_SQL}) s
      group by s.${column} order by count(*) desc, s.${column} nulls last limit :limit`,
      bindings
    )
  }

  /**
   * Viability analyses per UF and bucket of system size and payback (`width_bucket` on the
   * given bounds: the number of bounds at or below the value; null stays null).
   */
  async viabilityDistribution(
    context: Context,
    window: DashboardWindow & { state: string | null },
    bounds: { size: readonly number[]; payback: readonly number[] }
  ): Promise<
    Array<{ state: string | null; size_bucket: number | null; payback_bucket: number | null; count: number; kwp: number; payback_years: number; with_payback: number; with_size: number }>
  > {
    const sizeBindings = Object.fromEntries(bounds.size.map((value, i) => [`size${i}`, value]))
    const paybackBindings = Object.fromEntries(bounds.payback.map((value, i) => [`payback${i}`, value]))
    const array = (prefix: string, values: readonly number[]) =>
      `array[${values.map((_, i) => `cast(:${prefix}${i} as float8)`).join(", ")}]`
    const rows = await this.sql_.rows(
      context,
      `select upper(v.state) as state,
        width_bucket(v.system_size_kwp::float8, ${array("size", bounds.size)}) as size_bucket,
        width_bucket(v.payback_years::float8, ${array("payback", bounds.payback)}) as payback_bucket,
        count(*)::int as count,
        coalesce(sum(v.system_size_kwp), 0)::float8 as kwp,
        count(v.system_size_kwp)::int as with_size,
        coalesce(sum(v.payback_years), 0)::float8 as payback_years,
        count(v.payback_years)::int as with_payback
      from solar_viability_analysis v
      where v.deleted_at is null and ${inLocalDays("v.created_at")}
        and (cast(:state as text) is null or upper(v.state) = cast(:state as text))
      group by 1, 2, 3`,
      { from: window.from, to: window.to, tz: window.timeZone, state: window.state, ...sizeBindings, ...paybackBindings }
    )
    return rows.map((row) => ({
      state: row.state ?? null,
      size_bucket: row.size_bucket === null ? null : Number(row.size_bucket),
      payback_bucket: row.payback_bucket === null ? null : Number(row.payback_bucket),
      count: Number(row.count),
      kwp: Number(row.kwp),
      with_size: Number(row.with_size),
      payback_years: Number(row.payback_years),
      with_payback: Number(row.with_payback),
    }))
  }

  /** ANEEL/pvlib counters per UTC day and cache table, summed over kinds. */
  async cacheDailyCounts(
    context: Context,
    range: { from: string; to: string }
  ): Promise<Array<{ cache_table: string; day: string; hits: number; upstream_calls: number; stale_serves: number; errors: number }>> {
    const rows = await this.sql_.rows(
      context,
      `select cache_table, day, sum(hits)::int as hits, sum(upstream_calls)::int as upstream_calls,
        sum(stale_serves)::int as stale_serves, sum(upstream_errors)::int as errors
      from upstream_cache_daily_stat
      where deleted_at is null and day between :from and :to
      group by cache_table, day order by cache_table, day`,
      range
    )
    return rows.map((row) => ({
      cache_table: String(row.cache_table),
      day: String(row.day),
      hits: Number(row.hits),
      upstream_calls: Number(row.upstream_calls),
      stale_serves: Number(row.stale_serves),
      errors: Number(row.errors),
    }))
  }

  /**
   * Roof analyses per UTC day: reuse records (a hit: a provider call avoided) and provider
   * answers stored (completed sources and cached "not found"s: each was a provider call).
   */
  async photogrammetryDailyCounts(
    context: Context,
    range: { from: string; to: string }
  ): Promise<Array<{ day: string; hits: number; upstream_calls: number }>> {
    const rows = await this.sql_.rows(
      context,
      `select to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD') as day,
        count(*) filter (where p.cache_hit)::int as hits,
        count(*) filter (where not p.cache_hit and p.status in ('completed', 'failed'))::int as upstream_calls
      from photogrammetry_analysis p
      where p.deleted_at is null
        and p.created_at >= cast(:from as date)::timestamp at time zone 'UTC'
        and p.created_at < (cast(:to as date) + 1)::timestamp at time zone 'UTC'
      group by 1 order by 1`,
      range
    )
    return rows.map((row) => ({ day: String(row.day), hits: Number(row.hits), upstream_calls: Number(row.upstream_calls) }))
  }
}
