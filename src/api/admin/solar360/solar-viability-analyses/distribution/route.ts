import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { reportRange } from "../../analytics/helpers"
import type { AdminViabilityDistributionResponse } from "../responses"
import type { AdminGetViabilityDistributionParams } from "../validators"

/**
 * System sizes (kWp buckets) and paybacks (year buckets) of the viability analyses created in
 * a range of calendar days (default the last 30, at most 366), overall and by UF.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetViabilityDistributionParams>,
  res: MedusaResponse<AdminViabilityDistributionResponse>
) => {
  const params = req.validatedQuery as AdminGetViabilityDistributionParams
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const range = reportRange(params, solar360.options.reportTimezone)
  const distribution = await solar360.getViabilityDistribution({ from: range.from, to: range.to, state: params.state ?? null })
  res.json({ range, ...distribution })
}
