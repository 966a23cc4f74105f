import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dashboardFilters } from "../../../../../lib/analytics/dashboard-filters"
import { topKeys } from "../../../../../lib/analytics/reports"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { dashboardCap, dashboardRange } from "../helpers"
import type { AdminAnalyticsBreakdownsResponse } from "../responses"
import { AdminGetAnalyticsBreakdownsParams } from "../validators"

/** Response list → the overview's dimension it is read from. */
const DIMENSIONS = {
  pages: "path",
  entry_pages: "entry_page",
  exit_pages: "exit_page",
  referrers: "referrer",
  channels: "channel",
  utm_sources: "utm_source",
  utm_mediums: "utm_medium",
  utm_campaigns: "utm_campaign",
  countries: "country",
  regions: "region",
  devices: "device_type",
  browsers: "browser",
  os: "os",
} as const

/**
 * The analytics dashboard's breakdowns (issue 16): each dimension's top `limit` keys (pages and
 * referrers count page views; entry/exit pages, channels and UTM count visits; the others
 * count visitors). From the daily rollups without filters, from raw rows with them (at most
 * 90 days).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsBreakdownsParams>,
  res: MedusaResponse<AdminAnalyticsBreakdownsResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetAnalyticsBreakdownsParams
  const filters = dashboardFilters(params)
  const range = dashboardRange(params, solar360.options.reportTimezone, dashboardCap({ filtered: filters.length > 0 }))
  const rows = await solar360.getAnalyticsBreakdownRows(range, filters, params.limit)
  const breakdowns = Object.fromEntries(
    Object.entries(DIMENSIONS).map(([name, dimension]) => [name, topKeys(rows, dimension, params.limit)])
  ) as AdminAnalyticsBreakdownsResponse["breakdowns"]
  res.json({
    range,
    filters: Object.fromEntries(filters.map((filter) => [filter.dimension, filter.value])),
    geo_configured: Object.keys(solar360.options.geoHeaders ?? {}).length > 0,
    breakdowns,
  })
}
