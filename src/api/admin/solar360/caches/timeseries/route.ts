import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { reportRange } from "../../analytics/helpers"
import type { AdminCacheTimeseriesResponse } from "../responses"
import type { AdminGetCacheTimeseriesParams } from "../validators"

/**
 * Per cache kind (aneel, pvlib, photogrammetry) and day or week: hits, upstream calls, stale
 * serves, errors, hit rate, calls avoided and money saved. Days are UTC days (the counters are
 * kept per UTC day); default the last 30, at most 366.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCacheTimeseriesParams>,
  res: MedusaResponse<AdminCacheTimeseriesResponse>
) => {
  const params = req.validatedQuery as AdminGetCacheTimeseriesParams
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const range = reportRange(params, "UTC")
  const series = await solar360.getCacheTimeseries({ from: range.from, to: range.to, interval: params.interval })
  res.json({ range, ...series })
}
