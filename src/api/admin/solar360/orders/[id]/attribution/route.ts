import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attributionTouches, secondsToConversion, type Touch } from "../../../../../../lib/admin-360/timeline"
import { SOLAR360_MODULE } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import { refetchOrNotFound } from "../../../../../utils/refetch-or-not-found"
import { VIEW_360_FIELDS } from "../../../view-360"
import type { AdminOrderAttributionResponse } from "../../responses"

/** Leads an order can have converted (a person with a few forms), read at most. */
const MAX_LEADS = 10

/**
 * What brought an order, for the order detail widget: first and last campaign touch (from
 * the leads the order converted, else from the order's own analytics events), those leads,
 * the Helio conversation, the accepted financing simulation and the analyses, and the time
 * from the first touch to the order.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOrderAttributionResponse>) => {
  const orderId = req.params.id
  const order = await refetchOrNotFound({
    scope: req.scope,
    entity: "order",
    id: orderId,
    fields: ["id", "display_id", "email", "customer_id", "currency_code", "created_at"],
    notFoundMessage: `Order ${orderId} was not found`,
  })
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)

  const leads = await solar360.listLeads(
    { order_id: orderId },
    { take: MAX_LEADS, order: { created_at: "ASC" }, select: VIEW_360_FIELDS.lead }
  )
  const leadIds = leads.map((lead) => lead.id)
  const customerId = order.customer_id as string | null

  const [conversations, simulations, viabilityAnalyses, roofAnalyses, orderEvents] = await Promise.all([
    solar360.listHelioConversations(
      leadIds.length ? { $or: [{ order_id: orderId }, { lead_id: leadIds }] } : { order_id: orderId },
      { take: 5, order: { last_message_at: "DESC" }, select: VIEW_360_FIELDS.conversation }
    ),
    // The simulation tied to the order, else the one the customer accepted most recently.
    solar360.listFinancingSimulations(
      customerId
        ? { $or: [{ order_id: orderId }, { customer_id: customerId, accepted_by_customer: true }] }
        : { order_id: orderId },
      { take: 10, order: { accepted_at: "DESC" }, select: VIEW_360_FIELDS.simulation }
    ),
    solar360.listSolarViabilityAnalyses(
      { order_id: orderId },
      { take: 1, order: { created_at: "DESC" }, select: VIEW_360_FIELDS.viability }
    ),
    solar360.listPhotogrammetryAnalyses(
      { order_id: orderId },
      { take: 1, order: { created_at: "DESC" }, select: VIEW_360_FIELDS.roof }
    ),
    solar360.listEvents(
      { order_id: orderId, is_bot: false },
      { take: 20, order: { occurred_at: "ASC" }, select: VIEW_360_FIELDS.event }
    ),
  ])

  const simulation =
    simulations.find((s) => s.order_id === orderId && s.accepted_by_customer) ??
    simulations.find((s) => s.order_id === orderId) ??
    simulations.find((s) => s.accepted_by_customer) ??
    null
  let viability = viabilityAnalyses[0] ?? null
  if (!viability && simulation?.solar_viability_analysis_id) {
    ;[viability] = await solar360.listSolarViabilityAnalyses(
      { id: simulation.solar_viability_analysis_id },
      { take: 1, select: VIEW_360_FIELDS.viability }
    )
    viability = viability ?? null
  }

  let touches: { first_touch: Touch | null; last_touch: Touch | null } = attributionTouches(leads)
  let touchSource: "lead" | "event" | null = leads.length ? "lead" : null
  if (!leads.length) {
    // No lead: the order's own events (purchase, checkout) carry the campaign they came with.
    const campaignEvents = orderEvents.filter((event) => event.utm_source || event.utm_campaign || event.referrer)
    if (campaignEvents.length) {
      const touchOf = (event: (typeof orderEvents)[number]): Touch => ({
        utm_source: event.utm_source ?? null,
        utm_medium: event.utm_medium ?? null,
        utm_campaign: event.utm_campaign ?? null,
        referrer: event.referrer ?? null,
        landing_page: event.path ?? null,
        at: new Date(event.occurred_at as Date).toISOString(),
      })
      touches = { first_touch: touchOf(campaignEvents[0]), last_touch: touchOf(campaignEvents[campaignEvents.length - 1]) }
      touchSource = "event"
    }
  }

  res.json({
    order,
    ...touches,
    touch_source: touchSource,
    leads,
    conversation: conversations.find((c) => c.order_id === orderId) ?? conversations[0] ?? null,
    simulation,
    viability_analysis: viability,
    roof_analysis: roofAnalyses[0] ?? null,
    time_to_conversion_seconds: secondsToConversion(touches.first_touch?.at, order.created_at as Date),
  } as AdminOrderAttributionResponse)
}
