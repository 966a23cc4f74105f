import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { channelHosts } from "../../../../../lib/analytics/channel"
import {
  abandonedCarts,
  cartJourneys,
  cartQuantity,
  cartValue,
  lastActivity,
} from "../../../../../lib/analytics/cart-abandonment"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { cartReportRange, loadCartsCreatedIn } from "../carts/load-carts"
import type { AdminAbandonedCartListResponse } from "../carts/responses"
import type { AdminGetAbandonedCartsParams } from "../carts/validators"

/** Events read per page of carts at most (a cart's add_to_cart, checkout, ... events). */
const MAX_EVENTS = 5_000

/**
 * The abandoned carts created in a range of calendar days, the most recently active first,
 * each with its value, e-mail and what the plugin's events say of it (session, campaign,
 * channel, last step seen).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAbandonedCartsParams>,
  res: MedusaResponse<AdminAbandonedCartListResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetAbandonedCartsParams
  const range = cartReportRange(params, solar360.options.reportTimezone)
  const windowHours = solar360.options.cartAbandonmentHours
  const abandoned = abandonedCarts(await loadCartsCreatedIn(req.scope, range, params.currency_code), new Date(), windowHours)
  const page = abandoned.slice(params.offset, params.offset + params.limit)

  const events = page.length
    ? await solar360.listEvents(
        { cart_id: page.map((cart) => cart.id), is_bot: false },
        {
          select: ["cart_id", "event_name", "occurred_at", "session_id", "utm_source", "utm_medium", "utm_campaign", "referrer", "url"],
          order: { occurred_at: "ASC" },
          take: MAX_EVENTS,
        }
      )
    : []
  const journeys = cartJourneys(events as any[], channelHosts(solar360.options.channelHosts))

  res.json({
    range,
    currency_code: params.currency_code,
    window_hours: windowHours,
    carts: page.map((cart) => {
      const journey = journeys.get(cart.id)
      return {
        id: cart.id,
        created_at: new Date(cart.created_at),
        updated_at: new Date(cart.updated_at),
        last_activity_at: lastActivity(cart),
        email: cart.email,
        customer_id: cart.customer_id,
        currency_code: cart.currency_code,
        items_count: (cart.items ?? []).filter((item) => item.quantity > 0).length,
        quantity: cartQuantity(cart),
        value: cartValue(cart),
        channel: journey?.channel ?? null,
        session_id: journey?.session_id ?? null,
        utm_source: journey?.utm_source ?? null,
        utm_medium: journey?.utm_medium ?? null,
        utm_campaign: journey?.utm_campaign ?? null,
        last_step: journey?.last_step ?? null,
        last_step_at: journey?.last_step_at ?? null,
      }
    }),
    count: abandoned.length,
    offset: params.offset,
    limit: params.limit,
  })
}
