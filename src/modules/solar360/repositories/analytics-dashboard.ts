import { Context } from "@medusajs/framework/types"
import type { DashboardFilter } from "../../../lib/analytics/dashboard-filters"
import type { ReportSettings } from "../types/analytics"
import type { SqlRunner } from "./sql-runner"
import type { DayWindow } from "./sql/analytics-reports"
import {
  dailyTotalsSql,
  dashboardFilterSql,
  filteredReportRowsSql,
  rawTotalsSql,
} from "./sql/analytics-dashboard"

type Row = { bucket: string; key: string; value: string | number }

/** The analytics dashboard's SQL (issue 16; statements in sql/analytics-dashboard.ts). */
export class AnalyticsDashboardRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** Per-day totals: rollup for stored days, raw rows for `rawWindows`. */
  async dailyTotals(context: Context, range: DayWindow, rawWindows: DayWindow[], settings: ReportSettings) {
    return this.sql_.fragment<Row>(context, dailyTotalsSql(range, rawWindows, settings))
  }

  /** Per-day or per-hour totals from raw rows, filtered when `filters` is not empty. */
  async rawTotals(
    context: Context,
    range: DayWindow,
    bucket: "day" | "hour",
    settings: ReportSettings,
    filters: DashboardFilter[]
  ) {
    const filter = filters.length ? dashboardFilterSql(filters, range, settings) : undefined
    return this.sql_.fragment<Row>(context, rawTotalsSql(range, bucket, settings, filter))
  }

  /** The overview's rows with filters, from raw rows. */
  async filteredReportRows(
    context: Context,
    range: DayWindow,
    settings: ReportSettings,
    filters: DashboardFilter[],
    limit: number
  ) {
    return this.sql_.fragment<{ dimension: string; key: string; value: string | number }>(
      context,
      filteredReportRowsSql(range, settings, dashboardFilterSql(filters, range, settings), limit)
    )
  }
}
