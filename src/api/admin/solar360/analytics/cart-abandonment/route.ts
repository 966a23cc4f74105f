import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { summarizeCartAbandonment } from "../../../../../lib/analytics/cart-abandonment"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { cartReportRange, loadCartsCreatedIn } from "../carts/load-carts"
import type { AdminCartAbandonmentResponse } from "../carts/responses"
import type { AdminGetCartAbandonmentParams } from "../carts/validators"

/**
 * Cart abandonment over the carts created in a range of calendar days (default: the last 30,
 * at most 92): carts with items, completed, recovered, abandoned, the rate, the abandoned
 * value, a daily series and the products most often left behind. Definitions:
 * src/lib/analytics/cart-abandonment.ts.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCartAbandonmentParams>,
  res: MedusaResponse<AdminCartAbandonmentResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetCartAbandonmentParams
  const range = cartReportRange(params, solar360.options.reportTimezone)
  const windowHours = solar360.options.cartAbandonmentHours
  const carts = await loadCartsCreatedIn(req.scope, range, params.currency_code)
  const summary = summarizeCartAbandonment(carts, {
    now: new Date(),
    windowHours,
    timeZone: range.time_zone,
    from: range.from,
    to: range.to,
    topLimit: params.limit,
  })
  res.json({ range, currency_code: params.currency_code, window_hours: windowHours, ...summary })
}
