import { Context } from "@medusajs/framework/types"
import { HELIO_MODEL_TOTALS_SQL, HELIO_TOP_TOPICS_SQL } from "./sql/helio-logging"
import type { SqlRunner } from "./sql-runner"

// Raw rows, not rollups: the Helio tables have no daily rollup, and percentiles cannot be
// rebuilt from daily sums. Every read is bounded by `created_at` (indexed on both tables) over
// at most HELIO_SERIES_MAX_DAYS days. `:start`/`:end` are the instants the first day starts and
// the day after the last one starts in the report time zone; buckets are calendar days (or ISO
// weeks) in that zone.

/** Conversation counts per bucket (by `created_at`). */
const CONVERSATION_BUCKETS_SQL = `
SELECT
  date_trunc(:unit, created_at AT TIME ZONE :tz)::date::text AS bucket,
  count(*)::int AS conversations,
  count(*) FILTER (WHERE status = 'completed')::int AS completed,
  count(*) FILTER (WHERE status = 'abandoned')::int AS abandoned,
  count(*) FILTER (WHERE status = 'completed' AND issue_resolved)::int AS resolved,
  count(*) FILTER (WHERE issue_resolved)::int AS resolved_any,
  count(*) FILTER (WHERE escalated_to_human)::int AS escalated,
  count(*) FILTER (WHERE led_to_purchase)::int AS converted,
  coalesce(sum(total_cost_usd), 0)::float8 AS cost_usd
FROM helio_conversation
WHERE deleted_at IS NULL AND created_at >= :start AND created_at < :end
GROUP BY 1`

/** Answers and their latency percentiles per bucket (by the answer's `created_at`). */
const QUERY_BUCKETS_SQL = `
SELECT
  date_trunc(:unit, created_at AT TIME ZONE :tz)::date::text AS bucket,
  count(*)::int AS queries,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY total_response_time_ms)::float8 AS latency_p50_ms,
  percentile_cont(0.95) WITHIN GROUP (ORDER BY total_response_time_ms)::float8 AS latency_p95_ms
FROM rag_query
WHERE deleted_at IS NULL AND created_at >= :start AND created_at < :end
GROUP BY 1`

/** The whole range's latency percentiles (a percentile of percentiles would be wrong). */
const RANGE_LATENCY_SQL = `
SELECT
  percentile_cont(0.5) WITHIN GROUP (ORDER BY total_response_time_ms)::float8 AS p50,
  percentile_cont(0.95) WITHIN GROUP (ORDER BY total_response_time_ms)::float8 AS p95
FROM rag_query
WHERE deleted_at IS NULL AND created_at >= :start AND created_at < :end`

export type HelioSeriesWindow = { start: Date; end: Date; unit: "day" | "week"; tz: string }

export class HelioDashboardRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  async conversationBuckets(context: Context, window: HelioSeriesWindow) {
    return this.sql_.rows<Record<string, any>>(context, CONVERSATION_BUCKETS_SQL, window)
  }

  async queryBuckets(context: Context, window: HelioSeriesWindow) {
    return this.sql_.rows<Record<string, any>>(context, QUERY_BUCKETS_SQL, window)
  }

  async rangeLatency(context: Context, window: { start: Date; end: Date }) {
    return (await this.sql_.first<{ p50: number | null; p95: number | null }>(context, RANGE_LATENCY_SQL, window))!
  }

  /** Top topics and per-model totals of the range (the range metrics' statements, `to` inclusive). */
  async topicsAndModels(context: Context, window: { start: Date; end: Date }) {
    const range = { from: window.start, to: new Date(window.end.getTime() - 1) }
    return {
      topics: await this.sql_.rows<{ topic: string; conversations: number }>(context, HELIO_TOP_TOPICS_SQL, range),
      models: await this.sql_.rows<Record<string, any>>(context, HELIO_MODEL_TOTALS_SQL, range),
    }
  }
}
