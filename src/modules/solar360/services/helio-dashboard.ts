import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import { addDays, startOfDayInTimeZone } from "../../../lib/analytics/reports"
import {
  bucketStarts,
  fillSeries,
  seriesPoint,
  sumBuckets,
  type HelioBucketCounts,
  type HelioSeriesInterval,
  type HelioSeriesPoint,
} from "../../../lib/helio/timeseries"
import type { Solar360Options } from "../options"
import type { HelioDashboardRepository } from "../repositories/helio-dashboard"
import type { HelioModelTotals } from "../types/helio"

type InjectedDependencies = {
  baseRepository: unknown
  helioDashboardRepository: HelioDashboardRepository
  solar360Options: Solar360Options
}

export type HelioTimeseries = {
  from: string
  to: string
  interval: HelioSeriesInterval
  time_zone: string
  buckets: HelioSeriesPoint[]
  totals: Omit<HelioSeriesPoint, "bucket">
  top_topics: Array<{ topic: string; conversations: number }>
  models: HelioModelTotals[]
}

const NUMBER_COLUMNS = [
  "conversations", "completed", "abandoned", "resolved", "resolved_any", "escalated", "converted", "cost_usd", "queries",
] as const

/**
 * The Helio dashboard over time (issue 16): per bucket (day or ISO week in `reportTimezone`)
 * volume, rates, cost and latency percentiles, plus the range's totals, topics and models.
 * One snapshot (one manager) for every figure.
 */
export class HelioDashboardService {
  // @InjectManager takes its manager from here.
  protected readonly baseRepository_: unknown
  protected readonly repository_: HelioDashboardRepository
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.helioDashboardRepository
    this.options_ = cradle.solar360Options
  }

  /** `from`/`to` are calendar days (inclusive) in `reportTimezone`, already validated and bounded. */
  @InjectManager()
  async getHelioTimeseries(
    range: { from: string; to: string; interval: HelioSeriesInterval },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioTimeseries> {
    const tz = this.options_.reportTimezone
    const window = {
      start: startOfDayInTimeZone(range.from, tz),
      end: startOfDayInTimeZone(addDays(range.to, 1), tz),
      unit: range.interval,
      tz,
    }
    const conversations = await this.repository_.conversationBuckets(sharedContext, window)
    const queries = await this.repository_.queryBuckets(sharedContext, window)
    const latency = await this.repository_.rangeLatency(sharedContext, window)
    const { topics, models } = await this.repository_.topicsAndModels(sharedContext, window)

    const byBucket = new Map<string, Partial<HelioBucketCounts>>()
    for (const row of [...conversations, ...queries]) {
      const entry = byBucket.get(row.bucket) ?? {}
      for (const key of NUMBER_COLUMNS) {
        if (row[key] !== undefined) {
          entry[key] = Number(row[key])
        }
      }
      if ("latency_p50_ms" in row) {
        entry.latency_p50_ms = row.latency_p50_ms === null ? null : Number(row.latency_p50_ms)
        entry.latency_p95_ms = row.latency_p95_ms === null ? null : Number(row.latency_p95_ms)
      }
      byBucket.set(row.bucket, entry)
    }
    const buckets = fillSeries(bucketStarts(range.from, range.to, range.interval), byBucket)
    const { bucket: _bucket, ...totals } = seriesPoint("", sumBuckets(buckets, latency))
    return {
      from: range.from,
      to: range.to,
      interval: range.interval,
      time_zone: tz,
      buckets,
      totals,
      top_topics: topics,
      // bigint sums arrive as strings from pg.
      models: models.map((row) => ({
        llm_model: row.llm_model,
        queries: Number(row.queries),
        prompt_tokens: Number(row.prompt_tokens),
        completion_tokens: Number(row.completion_tokens),
        cached_tokens: Number(row.cached_tokens),
        reasoning_tokens: Number(row.reasoning_tokens),
        total_tokens: Number(row.total_tokens),
        cost_usd: Math.round(Number(row.cost_usd) * 1e8) / 1e8,
        queries_without_cost: Number(row.queries_without_cost),
      })),
    }
  }
}
