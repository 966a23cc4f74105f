/**
 * Data health (issue 16): what the plugin's tables hold and how fast they grow, and the alerts
 * a store operator wants before a table or a bill surprises them. Pure: the module measures,
 * this decides. Thresholds are options (`dataHealth`), each null to turn its alert off.
 */

export type TableHealth = {
  table: string
  rows: number
  /** True when `rows` is PostgreSQL's planner estimate (large tables), not an exact count. */
  rows_estimated: boolean
  bytes: number
  oldest_created_at: string | null
  /** Rows created on each of the last full days, oldest first (the store's report time zone). */
  rows_per_day: number[]
  /** Rows the next retention run would delete (null: no retention rule for this table). */
  retention_due: number | null
}

export type DataHealthThresholds = {
  /** Alert when a table gains more rows in one day than this (per table; "*" for any other). */
  maxRowsPerDay: Record<string, number | null>
  /** Alert when a table's last full day is this many times its average of the days before. */
  growthFactor: number | null
  /** Days before yesterday the growth factor compares against. */
  growthBaselineDays: number
  /** Alert when the assistant's cost of one day passes this many US dollars. */
  helioDailyBudgetUsd: number | null
  /** Alert when an upstream's failed calls of the last day pass this share of its calls (0-1). */
  upstreamErrorRate: number | null
  /** Calls an upstream must have had in the day before its error rate can alert. */
  upstreamMinCalls: number
}

export const DEFAULT_DATA_HEALTH_THRESHOLDS: Readonly<DataHealthThresholds> = Object.freeze({
  maxRowsPerDay: Object.freeze({ event: 2_000_000, catalog_access_log: 1_000_000, "*": 200_000 }),
  growthFactor: 3,
  growthBaselineDays: 7,
  helioDailyBudgetUsd: null,
  upstreamErrorRate: 0.2,
  upstreamMinCalls: 20,
})

export type UpstreamDay = { upstream: string; calls: number; errors: number }

export type DataHealthAlert = {
  /** Stable per alert and day, so a rerun of the same day does not notify twice. */
  key: string
  kind: "table_rows_per_day" | "table_growth" | "helio_budget" | "upstream_errors"
  subject: string
  value: number
  limit: number
  message: string
}

/** The mean of the days before the last one (the baseline the last day is compared with). */
export function baselineMean(rowsPerDay: number[], baselineDays: number): number | null {
  const before = rowsPerDay.slice(0, -1).slice(-baselineDays)
  if (before.length === 0) {
    return null
  }
  return before.reduce((sum, value) => sum + value, 0) / before.length
}

function rowsLimitFor(thresholds: DataHealthThresholds, table: string): number | null {
  const own = thresholds.maxRowsPerDay[table]
  return own === undefined ? thresholds.maxRowsPerDay["*"] ?? null : own
}

/**
 * The alerts for one day (`day`, YYYY-MM-DD: the last full day the figures end with). A table's
 * growth alert needs a baseline of at least one earlier day with rows, so a new store's first
 * day (from nothing) is not an alarm.
 */
export function evaluateDataHealth(
  input: { day: string; tables: TableHealth[]; helioCostUsd: number; upstreams: UpstreamDay[] },
  thresholds: DataHealthThresholds
): DataHealthAlert[] {
  const alerts: DataHealthAlert[] = []
  for (const table of input.tables) {
    const last = table.rows_per_day[table.rows_per_day.length - 1] ?? 0
    const limit = rowsLimitFor(thresholds, table.table)
    if (limit !== null && last > limit) {
      alerts.push({
        key: `table_rows_per_day:${table.table}:${input.day}`,
        kind: "table_rows_per_day",
        subject: table.table,
        value: last,
        limit,
        message: `${table.table} gained ${last} rows on ${input.day}, above the limit of ${limit} a day`,
      })
    }
    const baseline = baselineMean(table.rows_per_day, thresholds.growthBaselineDays)
    if (thresholds.growthFactor !== null && baseline !== null && baseline > 0 && last > baseline * thresholds.growthFactor) {
      const factor = Math.round((last / baseline) * 10) / 10
      alerts.push({
        key: `table_growth:${table.table}:${input.day}`,
        kind: "table_growth",
        subject: table.table,
        value: factor,
        limit: thresholds.growthFactor,
        message: `${table.table} grew ${factor}x faster on ${input.day} than its average of the ${Math.min(thresholds.growthBaselineDays, table.rows_per_day.length - 1)} days before (${last} rows against ${Math.round(baseline)})`,
      })
    }
  }
  if (thresholds.helioDailyBudgetUsd !== null && input.helioCostUsd > thresholds.helioDailyBudgetUsd) {
    alerts.push({
      key: `helio_budget:${input.day}`,
      kind: "helio_budget",
      subject: "helio",
      value: Math.round(input.helioCostUsd * 100) / 100,
      limit: thresholds.helioDailyBudgetUsd,
      message: `The assistant cost US$ ${input.helioCostUsd.toFixed(2)} on ${input.day}, above the daily budget of US$ ${thresholds.helioDailyBudgetUsd.toFixed(2)}`,
    })
  }
  if (thresholds.upstreamErrorRate !== null) {
    for (const upstream of input.upstreams) {
      if (upstream.calls < thresholds.upstreamMinCalls || upstream.calls === 0) {
        continue
      }
      const rate = upstream.errors / upstream.calls
      if (rate > thresholds.upstreamErrorRate) {
        alerts.push({
          key: `upstream_errors:${upstream.upstream}:${input.day}`,
          kind: "upstream_errors",
          subject: upstream.upstream,
          value: Math.round(rate * 1000) / 1000,
          limit: thresholds.upstreamErrorRate,
          message: `${upstream.upstream} failed ${upstream.errors} of ${upstream.calls} calls on ${input.day} (${Math.round(rate * 100)}%), above the limit of ${Math.round(thresholds.upstreamErrorRate * 100)}%`,
        })
      }
    }
  }
  return alerts
}

/** The weekly digest's headline figures, in the order the CSV and the e-mail list them. */
export const DIGEST_METRICS = [
  "visitors",
  "sessions",
  "page_views",
  "purchases",
  "revenue_brl",
  "leads_created",
  "leads_qualified",
  "leads_converted",
  "helio_conversations",
  "helio_cost_usd",
  "financing_simulations",
  "viability_analyses",
] as const

export type DigestMetric = (typeof DIGEST_METRICS)[number]
export type DigestFigures = Record<DigestMetric, number>

export type DigestRow = { metric: DigestMetric; current: number; previous: number; change: number | null }

/** Each figure beside the week before and the change as a ratio (null when the week before had 0). */
export function digestRows(current: DigestFigures, previous: DigestFigures): DigestRow[] {
  return DIGEST_METRICS.map((metric) => ({
    metric,
    current: current[metric],
    previous: previous[metric],
    change: previous[metric] === 0 ? null : Math.round(((current[metric] - previous[metric]) / Math.abs(previous[metric])) * 1000) / 1000,
  }))
}

/** The Monday (YYYY-MM-DD) of the week a day falls in (ISO weeks start on Monday). */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const sinceMonday = (date.getUTCDay() + 6) % 7
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10)
}
