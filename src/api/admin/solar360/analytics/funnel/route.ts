import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { funnelSteps } from "../../../../../lib/analytics/reports"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { reportRange } from "../helpers"
import { AdminGetAnalyticsFunnelParams } from "../validators"
import type { AdminAnalyticsFunnelResponse } from "../responses"

/**
 * Sessions reaching each step of an event-name funnel, in time order, and the conversion
 * between steps, for a range of calendar days (default: the last 30).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsFunnelParams>,
  res: MedusaResponse<AdminAnalyticsFunnelResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetAnalyticsFunnelParams
  const range = reportRange(params, solar360.options.reportTimezone)
  const sessions = await solar360.countFunnelSessions(params.steps, range)
  const steps = funnelSteps(params.steps, sessions)
  res.json({
    range,
    steps,
    overall_conversion: steps[steps.length - 1].conversion_from_start,
  })
}
