import { Context } from "@medusajs/framework/types"
import type { AttributionFigures, AttributionGroup } from "../../../lib/analytics/attribution"
import type { ReportSettings } from "../types/analytics"
import type { SqlRunner } from "./sql-runner"
import { attributionSql } from "./sql/analytics-attribution"
import type { DayWindow } from "./sql/analytics-reports"

export type AttributionSqlRow = { is_total: boolean; key: string | null } & Record<
  keyof AttributionFigures,
  string | number | null
>

/** Revenue and conversions by campaign and channel (issue 16; statements in sql/analytics-attribution.ts). */
export class AnalyticsAttributionRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /**
   * The top `limit` groups and a total row: the event figures from the daily rollup, raw events
   * over `rawWindows` (the days not stored), and the leads.
   */
  async attribution(
    context: Context,
    range: DayWindow,
    rawWindows: DayWindow[],
    groupBy: AttributionGroup,
    settings: ReportSettings,
    limit: number
  ): Promise<AttributionSqlRow[]> {
    return this.sql_.fragment<AttributionSqlRow>(context, attributionSql(range, rawWindows, groupBy, settings, limit))
  }
}
