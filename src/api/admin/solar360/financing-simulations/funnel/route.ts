import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { reportRange } from "../../analytics/helpers"
import type { AdminFinancingFunnelResponse } from "../responses"
import type { AdminGetFinancingFunnelParams } from "../validators"

/**
 * The financing funnel of the simulations created in a range of calendar days (default the
 * last 30, at most 366): simulated → accepted → credit analysis → approved → ordered, with
 * counts, amounts financed and rates, overall and by term and bank. Steps are defined in
 * lib/calculators/dashboards.ts.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetFinancingFunnelParams>,
  res: MedusaResponse<AdminFinancingFunnelResponse>
) => {
  const params = req.validatedQuery as AdminGetFinancingFunnelParams
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const range = reportRange(params, solar360.options.reportTimezone)
  const funnel = await solar360.getFinancingFunnel({ from: range.from, to: range.to })
  res.json({ range, ...funnel })
}
