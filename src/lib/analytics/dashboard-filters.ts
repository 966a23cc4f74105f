/**
 * Filters of the analytics dashboard (issue 16): one value per dimension, kept in the admin's
 * URL and sent as query parameters of the same names. What a filter selects is defined in the
 * module's SQL (`dashboardFilterSql`): visits (sessions) with a matching event.
 */
export const DASHBOARD_FILTER_DIMENSIONS = [
  "page",
  "entry_page",
  "exit_page",
  "referrer",
  "channel",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "country",
  "region",
  "device",
  "browser",
  "os",
] as const
export type DashboardFilterDimension = (typeof DASHBOARD_FILTER_DIMENSIONS)[number]
export type DashboardFilter = { dimension: DashboardFilterDimension; value: string }

/** The filters present in a parsed query, in the fixed order of the dimensions. */
export function dashboardFilters(query: Partial<Record<string, unknown>>): DashboardFilter[] {
  return DASHBOARD_FILTER_DIMENSIONS.flatMap((dimension) => {
    const value = query[dimension]
    return typeof value === "string" && value !== "" ? [{ dimension, value }] : []
  })
}
