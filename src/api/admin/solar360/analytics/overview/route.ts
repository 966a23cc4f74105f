import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shapeOverview } from "../../../../../lib/analytics/reports"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { reportRange } from "../helpers"
import { AdminGetAnalyticsOverviewParams } from "../validators"
import type { AdminAnalyticsOverviewResponse } from "../responses"

/**
 * Traffic overview for a range of calendar days (default: the last 30, in `reportTimezone`):
 * page views, unique visitors, sessions, bounce rate, top pages and referrers, UTM, devices,
 * browsers and events per category. Bots and soft-deleted events never count.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsOverviewParams>,
  res: MedusaResponse<AdminAnalyticsOverviewResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetAnalyticsOverviewParams
  const range = reportRange(params, solar360.options.reportTimezone)
  const rows = await solar360.getAnalyticsReportRows("overview", range, { limit: params.limit })
  res.json({ range, ...shapeOverview(rows, params.limit) })
}
