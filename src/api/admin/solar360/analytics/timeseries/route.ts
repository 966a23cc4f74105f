import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dashboardFilters } from "../../../../../lib/analytics/dashboard-filters"
import { invalidData, SOLAR360_MODULE, Solar360ErrorCode } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { dashboardCap, dashboardRange } from "../helpers"
import type { AdminAnalyticsTimeseriesResponse } from "../responses"
import { AdminGetAnalyticsTimeseriesParams } from "../validators"

/**
 * The analytics dashboard's time series (issue 16): visitors, sessions, page views, events,
 * conversions and revenue per hour, day or week, for a range and a comparison range (buckets
 * aligned by position). Days and weeks from the daily rollups; hours, today and filtered
 * figures from raw rows, so those ranges are capped (7 days per hour, 90 days filtered).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsTimeseriesParams>,
  res: MedusaResponse<AdminAnalyticsTimeseriesResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetAnalyticsTimeseriesParams
  const timeZone = solar360.options.reportTimezone
  const filters = dashboardFilters(params)
  const cap = dashboardCap({ interval: params.interval, filtered: filters.length > 0 })
  if ((params.compare_from === undefined) !== (params.compare_to === undefined)) {
    throw invalidData('"compare_from" and "compare_to" go together', Solar360ErrorCode.INVALID_RANGE)
  }
  const range = dashboardRange(params, timeZone, cap)
  const compareRange =
    params.compare_from && params.compare_to
      ? dashboardRange({ from: params.compare_from, to: params.compare_to }, timeZone, cap)
      : null
  const [current, comparison] = await solar360.getAnalyticsTimeseries({
    ranges: compareRange ? [range, compareRange] : [range],
    interval: params.interval,
    filters,
  })
  res.json({
    range,
    interval: params.interval,
    filters: Object.fromEntries(filters.map((filter) => [filter.dimension, filter.value])),
    buckets: current.buckets,
    totals: current.totals,
    comparison: compareRange ? { range: compareRange, ...comparison } : null,
  })
}
