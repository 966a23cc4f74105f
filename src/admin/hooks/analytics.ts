import { DASHBOARD_FILTER_DIMENSIONS, type DashboardFilterDimension } from "../../lib/analytics/dashboard-filters"
import { useSolar360Query } from "../lib/query"

type Range = { from: string; to: string; days: number; time_zone: string }

export type AnalyticsOverview = {
  range: Range
  totals: { page_views: number; unique_visitors: number; sessions: number; events: number }
  bounce: { sessions_with_page_view: number; bounced_sessions: number; bounce_rate: number }
  top_pages: Array<{ path: string; page_views: number }>
  top_referrers: Array<{ referrer: string; page_views: number }>
  utm: { source: Array<{ value: string; sessions: number }> }
  devices: Array<{ device_type: string; visitors: number }>
  browsers: Array<{ browser: string; visitors: number }>
}

export type AnalyticsFunnelStep = {
  step: number
  name: string
  sessions: number
  conversion_from_previous: number
  conversion_from_start: number
}

export type AnalyticsFunnel = {
  range: Range
  window_minutes?: number | null
  steps: AnalyticsFunnelStep[]
  overall_conversion: number
  breakdown_by?: string
  /** Per key of the breakdown: `key` null = no value, or (`other`) the keys beyond the limit. */
  breakdown?: Array<{ key: string | null; other: boolean; steps: AnalyticsFunnelStep[]; overall_conversion: number }>
}

export const DEFAULT_FUNNEL_STEPS = "page_view,add_to_cart,checkout,purchase"

export type AnalyticsFilters = {
  from?: string
  to?: string
  steps: string
  /** Funnel only (issue 16): a conversion window (`30m`, `1d`...) and a breakdown dimension. */
  window?: string
  breakdown?: string
}

/** Traffic overview for a range of calendar days (default: the last 30). */
export function useAnalyticsOverview({ from, to }: AnalyticsFilters) {
  return useSolar360Query<AnalyticsOverview>("/admin/solar360/analytics/overview", { from, to })
}

/** Sessions through each funnel step over the same range. */
export function useAnalyticsFunnel({ from, to, steps, window, breakdown }: AnalyticsFilters) {
  return useSolar360Query<AnalyticsFunnel>("/admin/solar360/analytics/funnel", { from, to, steps, window, breakdown })
}

// ---- The dashboard (issue 16): time series and breakdowns with filters ----

/** The dashboard's filter dimensions (one value each), kept in the URL under these names: the
 * routes' own list (src/lib/analytics/dashboard-filters.ts). */
export const DASHBOARD_FILTERS = DASHBOARD_FILTER_DIMENSIONS
export type DashboardFilterName = DashboardFilterDimension
export type DashboardFilters = Partial<Record<DashboardFilterName, string>>

export type TimeseriesFigures = {
  visitors: number
  sessions: number
  page_views: number
  events: number
  conversions: number
  revenue: number
  bounced_sessions: number
  sessions_with_page_view: number
}
export type TimeseriesBucket = TimeseriesFigures & { bucket: string; from: string; to: string }
export type TimeseriesTotals = TimeseriesFigures & { bounce_rate: number }

export type AnalyticsTimeseries = {
  range: Range
  interval: "hour" | "day" | "week"
  filters: DashboardFilters
  buckets: TimeseriesBucket[]
  totals: TimeseriesTotals
  comparison: { range: Range; buckets: TimeseriesBucket[]; totals: TimeseriesTotals } | null
}

type BreakdownRows = Array<{ key: string; value: number }>
export type AnalyticsBreakdowns = {
  range: Range
  filters: DashboardFilters
  geo_configured: boolean
  breakdowns: Record<
    | "pages"
    | "entry_pages"
    | "exit_pages"
    | "referrers"
    | "channels"
    | "utm_sources"
    | "utm_mediums"
    | "utm_campaigns"
    | "countries"
    | "regions"
    | "devices"
    | "browsers"
    | "os",
    BreakdownRows
  >
}

type DashboardQuery = {
  from: string
  to: string
  interval: "hour" | "day" | "week"
  compare?: { from: string; to: string } | null
  filters: DashboardFilters
}

/** Buckets of the range (and of the comparison range) with the filters. */
export function useAnalyticsTimeseries({ from, to, interval, compare, filters }: DashboardQuery) {
  return useSolar360Query<AnalyticsTimeseries>("/admin/solar360/analytics/timeseries", {
    from,
    to,
    interval,
    compare_from: compare?.from,
    compare_to: compare?.to,
    ...filters,
  })
}

/** Each dimension's top keys over the range with the filters. */
export function useAnalyticsBreakdowns({ from, to, filters }: Omit<DashboardQuery, "interval" | "compare">) {
  return useSolar360Query<AnalyticsBreakdowns>("/admin/solar360/analytics/breakdowns", { from, to, limit: 10, ...filters })
}
