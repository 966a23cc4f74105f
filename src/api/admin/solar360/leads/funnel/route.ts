import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { funnelConversionRates, LEAD_STATUSES } from "../../../../../lib/leads"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { AdminGetLeadFunnelParams } from "../validators"
import type { AdminLeadFunnelResponse } from "../responses"

/**
 * Leads per status and the conversion rate between consecutive funnel stages, for leads
 * created in a date range and optionally from one campaign (last touch).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLeadFunnelParams>,
  res: MedusaResponse<AdminLeadFunnelResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const filters = req.validatedQuery as AdminGetLeadFunnelParams
  const { counts, lostAtStage } = await solar360.countLeadFunnel(filters as any)
  const complete = Object.fromEntries(LEAD_STATUSES.map((status) => [status, counts[status] ?? 0]))
  const { steps, overall } = funnelConversionRates(complete, lostAtStage)
  res.json({ counts: complete, lost_at_stage: lostAtStage, steps, overall, filters })
}
