import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ATTRIBUTION_MAX_DAYS } from "../../../../../lib/analytics/attribution"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { dashboardRange } from "../helpers"
import type { AdminAnalyticsAttributionResponse } from "../responses"
import { AdminGetAnalyticsAttributionParams } from "../validators"

/**
 * Revenue and conversions by campaign and channel (issue 16): per channel group or UTM value,
 * visits, orders, revenue, conversion rate, revenue per visit and leads, with the totals of
 * every group. Stored days from the daily rollup, the others from raw events; at most 400 days,
 * like the other dashboards.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsAttributionParams>,
  res: MedusaResponse<AdminAnalyticsAttributionResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetAnalyticsAttributionParams
  const range = dashboardRange(params, solar360.options.reportTimezone, {
    maxDays: ATTRIBUTION_MAX_DAYS,
    reason: "as every dashboard range",
  })
  const report = await solar360.getAnalyticsAttribution({
    from: range.from,
    to: range.to,
    group_by: params.group_by,
    limit: params.limit,
  })
  res.json({ range, ...report })
}
