import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mergeTimeline } from "../../../../../../lib/admin-360/timeline"
import { SOLAR360_MODULE } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import { refetchOrNotFound } from "../../../../../utils/refetch-or-not-found"
import type { AdminCustomerOverviewResponse } from "../../responses"
import { AdminGetCustomerOverviewParams } from "../../validators"
import { VIEW_360_FIELDS, VIEW_360_PERIOD_DAYS } from "../../../view-360"

/**
 * Everything the plugin holds about one customer, for the customer detail widget: leads,
 * Helio conversations, simulations, analyses, recent events and catalog activity (by the
 * customer id and the anonymous ids their leads and events carry), consent, and one merged
 * timeline. Each data set is read newest first and capped at `limit` rows; events and catalog
 * activity only over the last VIEW_360_PERIOD_DAYS days.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerOverviewParams>,
  res: MedusaResponse<AdminCustomerOverviewResponse>
) => {
  const customerId = req.params.id
  const { limit } = req.validatedQuery as AdminGetCustomerOverviewParams
  const customer = await refetchOrNotFound({
    scope: req.scope,
    entity: "customer",
    id: customerId,
    fields: ["id", "email", "first_name", "last_name", "created_at"],
    notFoundMessage: `Customer ${customerId} was not found`,
  })

  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const newest = (column: string) => ({ take: limit, order: { [column]: "DESC" } as Record<string, "DESC"> })
  const since = new Date(Date.now() - VIEW_360_PERIOD_DAYS * 24 * 60 * 60 * 1000)

  const leads = await solar360.listLeads(
    { customer_id: customerId },
    { ...newest("created_at"), select: VIEW_360_FIELDS.lead }
  )
  // Anonymous ids the person browsed with: from their leads, and from events sent while logged in.
  const loggedInEvents = await solar360.listEvents(
    { customer_id: customerId, anonymous_id: { $ne: null }, occurred_at: { $gte: since } },
    { take: VIEW_360_ANONYMOUS_SAMPLE, order: { occurred_at: "DESC" }, select: ["id", "anonymous_id"] }
  )
  const anonymousIds = [
    ...new Set(
      [...leads.map((lead) => lead.anonymous_id), ...loggedInEvents.map((event) => event.anonymous_id)].filter(
        (value): value is string => typeof value === "string" && value !== ""
      )
    ),
  ].slice(0, VIEW_360_MAX_ANONYMOUS_IDS)
  const byPerson = anonymousIds.length
    ? { $or: [{ customer_id: customerId }, { anonymous_id: anonymousIds }] }
    : { customer_id: customerId }
  const leadIds = leads.map((lead) => lead.id)

  const [conversations, simulations, viabilityAnalyses, roofAnalyses, events, catalogActivity, consentHistory] =
    await Promise.all([
      solar360.listHelioConversations(
        leadIds.length ? { $or: [{ customer_id: customerId }, { lead_id: leadIds }] } : { customer_id: customerId },
        { ...newest("created_at"), select: VIEW_360_FIELDS.conversation }
      ),
      solar360.listFinancingSimulations(
        { customer_id: customerId },
        { ...newest("created_at"), select: VIEW_360_FIELDS.simulation }
      ),
      solar360.listSolarViabilityAnalyses(
        { customer_id: customerId },
        { ...newest("created_at"), select: VIEW_360_FIELDS.viability }
      ),
      solar360.listPhotogrammetryAnalyses(
        { customer_id: customerId },
        { ...newest("created_at"), select: VIEW_360_FIELDS.roof }
      ),
      solar360.listEvents(
        { ...byPerson, occurred_at: { $gte: since } },
        { ...newest("occurred_at"), select: VIEW_360_FIELDS.event }
      ),
      solar360.listCatalogAccessLogs(
        { ...byPerson, occurred_at: { $gte: since } },
        { ...newest("occurred_at"), select: VIEW_360_FIELDS.catalog }
      ),
      leadIds.length
        ? solar360.listLeadConsentChanges(
            { lead_id: leadIds },
            { ...newest("occurred_at"), select: ["id", "lead_id", "purpose", "granted", "channel", "source", "terms_version", "occurred_at"] }
          )
        : Promise.resolve([]),
    ])

  // The consent that holds is the most recent statement among the person's leads.
  const consentLead = [...leads]
    .filter((lead) => lead.consent_at)
    .sort((a, b) => new Date(b.consent_at as Date).getTime() - new Date(a.consent_at as Date).getTime())[0]
  const latestEvent = events[0]

  const timeline = mergeTimeline(
    [
      leads.map((lead) => ({ kind: "lead", id: lead.id, at: lead.created_at, label: lead.status })),
      conversations.map((c) => ({ kind: "helio_conversation", id: c.id, at: c.started_at ?? c.created_at, label: c.title ?? c.primary_topic })),
      simulations.map((s) => ({ kind: "financing_simulation", id: s.id, at: s.created_at, label: s.bank ?? s.status })),
      viabilityAnalyses.map((a) => ({ kind: "solar_viability_analysis", id: a.id, at: a.created_at, label: a.recommendation })),
      roofAnalyses.map((a) => ({ kind: "photogrammetry_analysis", id: a.id, at: a.created_at, label: a.city ?? a.status })),
      events.map((e) => ({ kind: "event", id: e.id, at: e.occurred_at, label: e.event_name })),
      catalogActivity.map((c) => ({ kind: "catalog_access_log", id: c.id, at: c.occurred_at, label: c.product_name ?? c.search_term ?? c.action_type })),
    ],
    limit
  )

  res.json({
    customer,
    anonymous_ids: anonymousIds,
    leads,
    conversations,
    simulations,
    viability_analyses: viabilityAnalyses,
    roof_analyses: roofAnalyses,
    events,
    catalog_activity: catalogActivity,
    consent: {
      marketing: consentLead ? Boolean(consentLead.consent_marketing) : null,
      terms_version: consentLead?.consent_terms_version ?? null,
      at: consentLead?.consent_at ?? null,
      lead_id: consentLead?.id ?? null,
      analytics: latestEvent ? Boolean(latestEvent.consent_analytics) : null,
      history: consentHistory,
    },
    timeline,
    limit,
    since,
  } as AdminCustomerOverviewResponse)
}

/** Logged-in events sampled for their anonymous ids, and the most anonymous ids followed. */
const VIEW_360_ANONYMOUS_SAMPLE = 200
const VIEW_360_MAX_ANONYMOUS_IDS = 20
