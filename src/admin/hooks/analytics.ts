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

export type AnalyticsFunnel = {
  range: Range
  steps: Array<{
    step: number
    name: string
    sessions: number
    conversion_from_previous: number
    conversion_from_start: number
  }>
  overall_conversion: number
}

export const DEFAULT_FUNNEL_STEPS = "page_view,add_to_cart,checkout,purchase"

export type AnalyticsFilters = { from?: string; to?: string; steps: string }

/** Traffic overview for a range of calendar days (default: the last 30). */
export function useAnalyticsOverview({ from, to }: AnalyticsFilters) {
  return useSolar360Query<AnalyticsOverview>("/admin/solar360/analytics/overview", { from, to })
}

/** Sessions through each funnel step over the same range. */
export function useAnalyticsFunnel({ from, to, steps }: AnalyticsFilters) {
  return useSolar360Query<AnalyticsFunnel>("/admin/solar360/analytics/funnel", { from, to, steps })
}
