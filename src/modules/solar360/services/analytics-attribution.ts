import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import {
  attributionRow,
  figuresOf,
  type AttributionGroup,
  type AttributionRow,
} from "../../../lib/analytics/attribution"
import { channelHosts } from "../../../lib/analytics/channel"
import { contiguousRuns, listDays } from "../../../lib/analytics/reports"
import type { Solar360Options } from "../options"
import type { AnalyticsAttributionRepository } from "../repositories/analytics-attribution"
import type { AnalyticsReportsRepository } from "../repositories/analytics-reports"
import { MAX_RAW_WINDOWS } from "./analytics-reports"

type InjectedDependencies = {
  baseRepository: unknown
  analyticsAttributionRepository: AnalyticsAttributionRepository
  analyticsReportsRepository: AnalyticsReportsRepository
  solar360Options: Solar360Options
}

export type AnalyticsAttribution = {
  group_by: AttributionGroup
  rows: AttributionRow[]
  /** Every group of the range, not only the rows shown. */
  totals: Omit<AttributionRow, "key">
}

/**
 * Revenue and conversions by campaign and channel (issue 16): visits, orders, revenue and leads
 * per channel group or UTM value (rules in repositories/sql/analytics-attribution.ts), in one
 * statement (one snapshot): the days the hourly job has stored from the daily rollup (report
 * "attribution"), the others (today, days not rolled up yet) from raw events, and the leads.
 */
export class AnalyticsAttributionService {
  protected readonly baseRepository_: unknown
  protected readonly repository_: AnalyticsAttributionRepository
  protected readonly reportsRepository_: AnalyticsReportsRepository
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.analyticsAttributionRepository
    this.reportsRepository_ = cradle.analyticsReportsRepository
    this.options_ = cradle.solar360Options
  }

  @InjectManager()
  async getAnalyticsAttribution(
    input: { from: string; to: string; group_by: AttributionGroup; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AnalyticsAttribution> {
    const timeZone = this.options_.reportTimezone
    const stored = new Set(await this.reportsRepository_.markedDays(sharedContext, "attribution", input.from, input.to))
    const unstored = listDays(input.from, input.to).filter((day) => !stored.has(day))
    const rawWindows = contiguousRuns(unstored, MAX_RAW_WINDOWS).map((run) => ({ ...run, timeZone }))
    const rows = await this.repository_.attribution(
      sharedContext,
      { from: input.from, to: input.to, timeZone },
      rawWindows,
      input.group_by,
      {
        coViewMaxProductsPerSession: this.options_.coViewMaxProductsPerSession,
        channelHosts: channelHosts(this.options_.channelHosts),
      },
      input.limit
    )
    const total = rows.find((row) => row.is_total)
    const { key: _key, ...totals } = attributionRow(null, figuresOf(total ?? {}))
    return {
      group_by: input.group_by,
      rows: rows.filter((row) => !row.is_total).map((row) => attributionRow(row.key, figuresOf(row))),
      totals,
    }
  }
}
