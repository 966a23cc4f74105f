import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shapeFunnelBreakdown } from "../../../../../lib/analytics/funnel"
import { funnelSteps } from "../../../../../lib/analytics/reports"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { FUNNEL_RAW_MAX_DAYS, FUNNEL_TIMED_MINUTES, funnelWindowReadsEvents } from "../../../../../lib/analytics/funnel-paths"
import { dashboardRange, reportRange } from "../helpers"
import { AdminGetAnalyticsFunnelParams } from "../validators"
import type { AdminAnalyticsFunnelResponse } from "../responses"

/**
 * Sessions reaching each step of an event-name funnel, in time order (optionally within a
 * conversion window from step 1), and the conversion between steps, for a range of calendar
 * days (default: the last 30; at most 90 with a window under 10 minutes, read from raw events);
 * optionally per value of a session property (`breakdown`).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsFunnelParams>,
  res: MedusaResponse<AdminAnalyticsFunnelResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetAnalyticsFunnelParams
  const windowMinutes = params.window ?? params.window_minutes
  const range = funnelWindowReadsEvents(windowMinutes)
    ? dashboardRange(params, solar360.options.reportTimezone, {
        maxDays: FUNNEL_RAW_MAX_DAYS,
        reason: `a conversion window under ${FUNNEL_TIMED_MINUTES} minutes is read from raw events`,
      })
    : reportRange(params, solar360.options.reportTimezone)
  if (params.breakdown) {
    // One statement: the overall funnel is the sum of the keys (each session has one).
    const rows = await solar360.countFunnelSessionsByKey(params.steps, range, {
      windowMinutes,
      breakdown: params.breakdown,
      breakdownLimit: params.breakdown_limit,
    })
    const { overall, breakdown } = shapeFunnelBreakdown(params.steps, rows)
    const steps = funnelSteps(params.steps, overall)
    res.json({
      range,
      window_minutes: windowMinutes ?? null,
      steps,
      overall_conversion: steps[steps.length - 1].conversion_from_start,
      breakdown_by: params.breakdown,
      breakdown,
    })
    return
  }
  const sessions = await solar360.countFunnelSessions(params.steps, range, { windowMinutes })
  const steps = funnelSteps(params.steps, sessions)
  res.json({
    range,
    window_minutes: windowMinutes ?? null,
    steps,
    overall_conversion: steps[steps.length - 1].conversion_from_start,
  })
}
