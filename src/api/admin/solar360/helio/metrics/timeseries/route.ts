import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveReportRange } from "../../../../../../lib/analytics/reports"
import { isDomainError } from "../../../../../../lib/errors"
import { HELIO_SERIES_MAX_DAYS } from "../../../../../../lib/helio"
import { invalidData, SOLAR360_MODULE, Solar360ErrorCode } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import type { AdminHelioTimeseriesResponse } from "../../responses"
import type { AdminGetHelioTimeseriesParams } from "../../validators"

/**
 * The Helio metrics per day or ISO week over calendar days [from, to] in `reportTimezone`
 * (default: the last 30 days), at most HELIO_SERIES_MAX_DAYS days. A separate route rather than
 * a `series` flag on /helio/metrics: that route takes instants and answers one flat object its
 * callers rely on; this one takes calendar days and buckets in the store's time zone.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetHelioTimeseriesParams>,
  res: MedusaResponse<AdminHelioTimeseriesResponse>
) => {
  const params = req.validatedQuery as AdminGetHelioTimeseriesParams
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  let range: { from: string; to: string }
  try {
    range = resolveReportRange(
      { from: params.from, to: params.to },
      { timeZone: solar360.options.reportTimezone, maxDays: HELIO_SERIES_MAX_DAYS }
    )
  } catch (error) {
    if (isDomainError(error)) {
      throw invalidData(error.message, Solar360ErrorCode.INVALID_RANGE)
    }
    throw error
  }
  res.json(await solar360.getHelioTimeseries({ from: range.from, to: range.to, interval: params.interval }))
}
