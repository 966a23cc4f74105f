import { z } from "@medusajs/framework/zod"
import * as adminAnalytics from "../admin/solar360/analytics/responses"
import * as adminAnalyticsV from "../admin/solar360/analytics/validators"
import * as adminCarts from "../admin/solar360/analytics/carts/responses"
import * as adminCartsV from "../admin/solar360/analytics/carts/validators"
import * as adminCaches from "../admin/solar360/caches/responses"
import * as adminCachesV from "../admin/solar360/caches/validators"
import * as adminCatalog from "../admin/solar360/catalog-access-logs/responses"
import * as adminCatalogV from "../admin/solar360/catalog-access-logs/validators"
import * as adminEvents from "../admin/solar360/events/responses"
import * as adminEventsV from "../admin/solar360/events/validators"
import * as adminFinancing from "../admin/solar360/financing-simulations/responses"
import * as adminFinancingV from "../admin/solar360/financing-simulations/validators"
import * as adminHelio from "../admin/solar360/helio/responses"
import * as adminHelioV from "../admin/solar360/helio/validators"
import * as adminKeys from "../admin/solar360/ingestion-keys/responses"
import * as adminKeysV from "../admin/solar360/ingestion-keys/validators"
import * as adminLeads from "../admin/solar360/leads/responses"
import * as adminLeadsV from "../admin/solar360/leads/validators"
import * as adminLeadTimeline from "../admin/solar360/leads/[id]/timeline/responses"
import * as adminLeadTimelineV from "../admin/solar360/leads/[id]/timeline/validators"
import * as adminRoofs from "../admin/solar360/photogrammetry-analyses/responses"
import * as adminRoofsV from "../admin/solar360/photogrammetry-analyses/validators"
import * as adminRetention from "../admin/solar360/privacy/retention/responses"
import * as adminRetentionV from "../admin/solar360/privacy/retention/validators"
import * as adminSubjects from "../admin/solar360/privacy/subjects/responses"
import * as adminSubjectsV from "../admin/solar360/privacy/subjects/validators"
import * as adminViability from "../admin/solar360/solar-viability-analyses/responses"
import * as adminViabilityV from "../admin/solar360/solar-viability-analyses/validators"
import * as adminStats from "../admin/solar360/stats/responses"
import * as adminStatsV from "../admin/solar360/stats/validators"
import * as adminHealth from "../admin/solar360/health/responses"
import * as adminHealthV from "../admin/solar360/health/validators"
import * as adminDigest from "../admin/solar360/health/digest/responses"
import * as adminDigestV from "../admin/solar360/health/digest/validators"
import * as adminCustomers from "../admin/solar360/customers/responses"
import * as adminCustomersV from "../admin/solar360/customers/validators"
import * as adminOrders from "../admin/solar360/orders/responses"
import * as adminOrdersV from "../admin/solar360/orders/validators"
import * as adminProducts from "../admin/solar360/products/responses"
import * as adminProductsV from "../admin/solar360/products/validators"
import * as storeCatalogV from "../store/solar360/catalog-access-logs/validators"
import * as storePractices from "../store/solar360/data-practices/responses"
import * as storePracticesV from "../store/solar360/data-practices/validators"
import * as storeEvents from "../store/solar360/events/responses"
import * as storeEventsV from "../store/solar360/events/validators"
import * as storeFinancing from "../store/solar360/financing-simulations/responses"
import * as storeFinancingV from "../store/solar360/financing-simulations/validators"
import * as storeHelio from "../store/solar360/helio/responses"
import * as storeHelioV from "../store/solar360/helio/validators"
import * as storeLeads from "../store/solar360/leads/responses"
import * as storeLeadsV from "../store/solar360/leads/validators"
import * as storeRoof from "../store/solar360/photogrammetry/lookup/responses"
import * as storeRoofV from "../store/solar360/photogrammetry/lookup/validators"
import * as storeViability from "../store/solar360/solar-viability-analyses/responses"
import * as storeViabilityV from "../store/solar360/solar-viability-analyses/validators"
import * as storeTariffs from "../store/solar360/tariffs/responses"
import * as storeTariffsV from "../store/solar360/tariffs/validators"

/**
 * Every plugin route as the OpenAPI document describes it: method, path, the validators the
 * route's middlewares run, the response schema its handler is typed with, the auth it needs
 * and what can go wrong. Build-time only (scripts/openapi.js); the unit test checks that this
 * list and the route files under src/api hold the same method/path pairs.
 */

/** Who may call: each value is a set of alternatives (see securitySchemes in document.ts). */
export type RouteAuth =
  /** Publishable key only (anyone with the storefront's key). */
  | "store"
  /** Publishable key, and the customer's session or bearer token when there is one. */
  | "store-optional-customer"
  /** Publishable key and a logged-in customer. */
  | "store-customer"
  /** Publishable key and the record's customer or its resume token (x-resume-token). */
  | "store-owner"
  /** Admin user (session or bearer) or a secret API key. */
  | "admin"
  /** As admin, or the Helio assistant's ingestion key. */
  | "admin-or-ingestion-key"

/** What can go wrong besides 400 for a request that fails its validator. */
export type RouteFailure = "not-found" | "rate-limited" | "upstream"

export type RouteSpec = {
  method: "get" | "post" | "delete"
  /** OpenAPI form: `{id}` for Medusa's `:id` (the `[id]` folder). */
  path: string
  tag: string
  summary: string
  description?: string
  auth: RouteAuth
  query?: z.ZodTypeAny
  body?: z.ZodTypeAny
  bodyExample?: unknown
  /** Status -> schema of the JSON body; `content` overrides for a download. */
  responses: Record<number, { description: string; schema?: z.ZodTypeAny; content?: Record<string, z.ZodTypeAny> }>
  failures?: RouteFailure[]
  /** Headers the route reads besides auth. */
  headers?: Array<"idempotency-key">
}

const ok = (schema: z.ZodTypeAny, description = "OK") => ({ 200: { description, schema } })

const createdOrReplayed = (schema: z.ZodTypeAny, what: string) => ({
  201: { description: `${what} created`, schema },
  200: { description: "An Idempotency-Key replayed an earlier request: the same record", schema },
})

export const ROUTES: RouteSpec[] = [
  // ---------------------------------------------------------------- store: leads
  {
    method: "post",
    path: "/store/solar360/leads",
    tag: "Store: leads",
    summary: "Capture a lead",
    description:
      "Always 202 with a receipt, whether the capture created a lead or joined an open one: the answer never tells whether a contact is known.",
    auth: "store-optional-customer",
    body: storeLeadsV.StoreCreateLead,
    bodyExample: {
      name: "Maria Souza",
      email: "maria@example.com",
      phone: "+5531999990000",
      interest_type: "solar",
      monthly_bill_brl: 450,
      consent: { marketing: true, terms_version: "2026-01" },
    },
    responses: { 202: { description: "Accepted", schema: storeLeads.StoreCaptureLeadResponse } },
    failures: ["rate-limited"],
  },
  {
    method: "post",
    path: "/store/solar360/leads/consent/confirm",
    tag: "Store: leads",
    summary: "Confirm a consent statement (double opt-in link)",
    description:
      "400 for a malformed, forged, expired or already used token (each its own code), 404 when the lead is gone.",
    auth: "store",
    body: storeLeadsV.StoreConfirmLeadConsent,
    responses: ok(storeLeads.StoreConfirmLeadConsentResponse),
    failures: ["not-found"],
  },
  // ---------------------------------------------------------------- store: analytics ingestion
  {
    method: "post",
    path: "/store/solar360/events",
    tag: "Store: analytics",
    summary: "Send a batch of analytics events",
    description:
      "Each event is answered accepted, duplicate (its message_id was stored before) or rejected with a reason. When every event is rejected the answer is 400 with the same detail.",
    auth: "store-optional-customer",
    // The route validates each item on its own (a bad item is rejected, the rest accepted):
    // the document shows the item schema the envelope's `events` are checked against.
    body: storeEventsV.StoreIngestEvents.extend({ events: z.array(storeEventsV.StoreEventItem).min(1) }),
    bodyExample: {
      events: [
        {
          message_id: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
          event_name: "page_view",
          category: "page_view",
          timestamp: "2026-03-01T12:00:00.000Z",
          session_id: "sess_abc",
          anonymous_id: "anon_abc",
          url: "https://store.example.com/",
        },
      ],
    },
    responses: {
      ...ok(storeEvents.StoreIngestEventsResponse),
      400: { description: "Every event was rejected (code solar360_events_rejected)", schema: storeEvents.StoreIngestBatchRejected },
    },
  },
  {
    method: "post",
    path: "/store/solar360/catalog-access-logs",
    tag: "Store: analytics",
    summary: "Send a batch of catalog interactions",
    description: "Answered per log exactly like POST /store/solar360/events.",
    auth: "store-optional-customer",
    body: storeCatalogV.StoreIngestCatalogAccessLogs.extend({ logs: z.array(storeCatalogV.StoreCatalogAccessLogItem).min(1) }),
    responses: {
      ...ok(storeEvents.StoreIngestBatchResponse),
      400: { description: "Every log was rejected (code solar360_logs_rejected)", schema: storeEvents.StoreIngestBatchRejected },
    },
  },
  // ---------------------------------------------------------------- store: privacy notice
  {
    method: "get",
    path: "/store/solar360/data-practices",
    tag: "Store: privacy",
    summary: "What the store records, why, and on which LGPD basis",
    auth: "store",
    query: storePracticesV.StoreGetDataPracticesParams,
    responses: ok(storePractices.StoreDataPracticesResponse),
  },
  {
    method: "get",
    path: "/store/solar360/data-practices/{category}",
    tag: "Store: privacy",
    summary: "One data practice",
    auth: "store",
    query: storePracticesV.StoreGetDataPracticesParams,
    responses: ok(storePractices.StoreDataPracticeResponse),
    failures: ["not-found"],
  },
  // ---------------------------------------------------------------- store: tariffs
  {
    method: "get",
    path: "/store/solar360/tariffs",
    tag: "Store: tariffs",
    summary: "A distributor's energy tariff (ANEEL open data, cached)",
    auth: "store-optional-customer",
    query: storeTariffsV.StoreGetTariffParams,
    responses: ok(storeTariffs.StoreTariffResponse),
    failures: ["not-found", "rate-limited", "upstream"],
  },
  {
    method: "get",
    path: "/store/solar360/distributors",
    tag: "Store: tariffs",
    summary: "Distributors with residential tariffs at ANEEL",
    auth: "store-optional-customer",
    query: storeTariffsV.StoreListDistributorsParams,
    responses: ok(storeTariffs.StoreDistributorsResponse),
    failures: ["rate-limited", "upstream"],
  },
  // ---------------------------------------------------------------- store: calculators
  {
    method: "post",
    path: "/store/solar360/financing-simulations",
    tag: "Store: calculators",
    summary: "Compute and save a financing simulation",
    description:
      "201 with the record and its resume token (shown only here: a guest keeps it to come back), or 200 when an Idempotency-Key replays an earlier request.",
    auth: "store-optional-customer",
    query: storeFinancingV.StoreGetCalculationParams,
    body: storeFinancingV.StoreCreateFinancingSimulation,
    bodyExample: { system_cost: 25000, down_payment: 5000, term_months: 60, interest_rate_monthly: 1.5, person_type: "PF" },
    responses: createdOrReplayed(storeFinancing.StoreCreateFinancingSimulationResponse, "Simulation"),
    failures: ["rate-limited"],
    headers: ["idempotency-key"],
  },
  {
    method: "get",
    path: "/store/solar360/financing-simulations/{id}",
    tag: "Store: calculators",
    summary: "A saved financing simulation (its customer or resume token holder; else 404)",
    auth: "store-owner",
    query: storeFinancingV.StoreGetCalculationParams,
    responses: ok(storeFinancing.StoreFinancingSimulationResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/store/solar360/financing-simulations/{id}/accept",
    tag: "Store: calculators",
    summary: "Accept a financing simulation",
    auth: "store-owner",
    query: storeFinancingV.StoreGetCalculationParams,
    body: storeFinancingV.StoreAcceptFinancingSimulation,
    responses: ok(storeFinancing.StoreFinancingSimulationResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/store/solar360/customers/me/financing-simulations",
    tag: "Store: calculators",
    summary: "The logged-in customer's financing simulations, newest first",
    auth: "store-customer",
    query: storeFinancingV.StoreListCalculationsParams,
    responses: ok(storeFinancing.StoreFinancingSimulationListResponse),
  },
  {
    method: "post",
    path: "/store/solar360/solar-viability-analyses",
    tag: "Store: calculators",
    summary: "Run and save a solar viability analysis",
    description:
      "201 with the record and its resume token (shown only here), or 200 when an Idempotency-Key replays an earlier request. 502/504 when ANEEL, asked for the tariff, failed with nothing cached.",
    auth: "store-optional-customer",
    query: storeFinancingV.StoreGetCalculationParams,
    body: storeViabilityV.StoreCreateSolarViabilityAnalysis,
    bodyExample: { monthly_consumption_kwh: 450, state: "MG", city: "Belo Horizonte", connection_type: "bi" },
    responses: createdOrReplayed(storeViability.StoreCreateSolarViabilityAnalysisResponse, "Analysis"),
    failures: ["rate-limited", "upstream"],
    headers: ["idempotency-key"],
  },
  {
    method: "get",
    path: "/store/solar360/solar-viability-analyses/{id}",
    tag: "Store: calculators",
    summary: "A saved viability analysis (its customer or resume token holder; else 404)",
    auth: "store-owner",
    query: storeFinancingV.StoreGetCalculationParams,
    responses: ok(storeViability.StoreSolarViabilityAnalysisResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/store/solar360/customers/me/solar-viability-analyses",
    tag: "Store: calculators",
    summary: "The logged-in customer's viability analyses, newest first",
    auth: "store-customer",
    query: storeFinancingV.StoreListCalculationsParams,
    responses: ok(storeViability.StoreSolarViabilityAnalysisListResponse),
  },
  // ---------------------------------------------------------------- store: roof analysis
  {
    method: "post",
    path: "/store/solar360/photogrammetry/lookup",
    tag: "Store: roof analysis",
    summary: "The roof analysis of a point (cached or bought from the provider)",
    description:
      "404 when no roof is found or no provider can be asked; 502/503/504 when the provider fails or is busy. A fresh and a reused analysis answer the same.",
    auth: "store-optional-customer",
    query: storeRoofV.StorePhotogrammetryLookupParams,
    body: storeRoofV.StorePhotogrammetryLookup,
    bodyExample: { latitude: -19.9245, longitude: -43.9352 },
    responses: ok(storeRoof.StorePhotogrammetryLookupResponse),
    failures: ["not-found", "rate-limited", "upstream"],
  },
  // ---------------------------------------------------------------- store: Helio
  {
    method: "get",
    path: "/store/solar360/helio/conversations/{id}",
    tag: "Store: Helio",
    summary: "State and counters of the caller's own conversation (no content)",
    description: "For its customer or the holder of its session token (x-resume-token); else 404.",
    auth: "store-owner",
    query: storeHelioV.StoreHelioSessionParams,
    responses: ok(storeHelio.StoreHelioConversationResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/store/solar360/helio/conversations/{id}/feedback",
    tag: "Store: Helio",
    summary: "Satisfaction 1-5 and a comment for the whole conversation",
    auth: "store-owner",
    query: storeHelioV.StoreHelioSessionParams,
    body: storeHelioV.StoreHelioConversationFeedback,
    bodyExample: { satisfaction: 5, comment: "Clear answers" },
    responses: ok(storeHelio.StoreHelioConversationFeedbackResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/store/solar360/rag-queries/{id}/feedback",
    tag: "Store: Helio",
    summary: "Thumbs up/down on one answer (down sends it to human review)",
    auth: "store-owner",
    query: storeHelioV.StoreHelioSessionParams,
    body: storeHelioV.StoreRagQueryFeedback,
    bodyExample: { thumbs: "up" },
    responses: ok(storeHelio.StoreRagQueryFeedbackResponse),
    failures: ["not-found"],
  },
  // ---------------------------------------------------------------- admin: leads
  {
    method: "get",
    path: "/admin/solar360/leads",
    tag: "Admin: leads",
    summary: "List leads",
    auth: "admin",
    query: adminLeadsV.AdminGetLeadsParams,
    responses: ok(adminLeads.AdminLeadListResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/leads/export",
    tag: "Admin: leads",
    summary: "Export leads as CSV (same filters as the list)",
    auth: "admin",
    query: adminLeadsV.AdminExportLeadsParams,
    responses: { 200: { description: "CSV download", content: { "text/csv": adminLeads.AdminLeadExportCsv } } },
  },
  {
    method: "get",
    path: "/admin/solar360/leads/funnel",
    tag: "Admin: leads",
    summary: "Leads per status and stage-to-stage conversion",
    auth: "admin",
    query: adminLeadsV.AdminGetLeadFunnelParams,
    responses: ok(adminLeads.AdminLeadFunnelResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/leads/{id}",
    tag: "Admin: leads",
    summary: "One lead with its status history",
    auth: "admin",
    query: adminLeadsV.AdminGetLeadParams,
    responses: ok(adminLeads.AdminLeadResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/leads/{id}",
    tag: "Admin: leads",
    summary: "Update status (funnel rules apply), assignment and notes",
    auth: "admin",
    query: adminLeadsV.AdminGetLeadParams,
    body: adminLeadsV.AdminUpdateLead,
    bodyExample: { status: "contacted", assigned_to: "ana", note: "Called, sending a quote" },
    responses: ok(adminLeads.AdminLeadResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/leads/{id}/consent",
    tag: "Admin: leads",
    summary: "The lead's consent history, newest first",
    auth: "admin",
    query: adminLeadsV.AdminGetLeadConsentParams,
    responses: ok(adminLeads.AdminLeadConsentListResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/leads/{id}/consent",
    tag: "Admin: leads",
    summary: "Record a consent statement (granted or withdrawn)",
    auth: "admin",
    body: adminLeadsV.AdminRecordLeadConsent,
    bodyExample: { purpose: "marketing", granted: false, channel: "email", source: "unsubscribe link" },
    responses: ok(adminLeads.AdminRecordLeadConsentResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/leads/{id}/timeline",
    tag: "Admin: leads",
    summary: "The lead's timeline, newest first (touches, history, notes, browsing, calculators, Helio)",
    auth: "admin",
    query: adminLeadTimelineV.AdminGetLeadTimelineParams,
    responses: ok(adminLeadTimeline.AdminLeadTimelineResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/leads",
    tag: "Admin: leads",
    summary: "Create a lead by hand (phone call, walk-in): the store capture's validation and dedupe",
    auth: "admin",
    query: adminLeadsV.AdminGetLeadParams,
    body: adminLeadsV.AdminCreateLead,
    bodyExample: { name: "Ana Lima", phone: "11987654321", city: "Campinas", state: "SP", source: "phone", note: "Wants a visit" },
    responses: { 201: { description: "Created, or folded into the open lead of the same contact", schema: adminLeads.AdminCreateLeadResponse } },
  },
  {
    method: "post",
    path: "/admin/solar360/leads/bulk",
    tag: "Admin: leads",
    summary: "Change status and/or assignee of many leads (funnel rules per lead, results per lead)",
    auth: "admin",
    body: adminLeadsV.AdminBulkUpdateLeads,
    bodyExample: { ids: ["lead_01JQ...", "lead_01JR..."], status: "contacted", assigned_to: "user_01JQ..." },
    responses: ok(adminLeads.AdminBulkUpdateLeadsResponse),
  },
  {
    method: "post",
    path: "/admin/solar360/leads/import",
    tag: "Admin: leads",
    summary: "Import leads from CSV: preview (dry_run) or write, per-row errors, dedupe",
    auth: "admin",
    body: adminLeadsV.AdminImportLeads,
    bodyExample: { csv: "nome,email,telefone,cidade,estado\nAna Lima,ana@example.com,11987654321,Campinas,SP\n", dry_run: true },
    responses: ok(adminLeads.AdminImportLeadsResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/leads/{id}/notes",
    tag: "Admin: leads",
    summary: "The operators' notes on a lead, newest first",
    auth: "admin",
    query: adminLeadsV.AdminGetLeadNotesParams,
    responses: ok(adminLeads.AdminLeadNoteListResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/leads/{id}/notes",
    tag: "Admin: leads",
    summary: "Add a note to a lead (PII-redacted)",
    auth: "admin",
    body: adminLeadsV.AdminCreateLeadNote,
    bodyExample: { body: "Called back, wants a visit on Friday" },
    responses: { 201: { description: "Note added", schema: adminLeads.AdminLeadNoteResponse } },
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/leads/{id}/merge",
    tag: "Admin: leads",
    summary: "Merge another lead into this one (history kept, the other soft-deleted)",
    auth: "admin",
    query: adminLeadsV.AdminGetLeadParams,
    body: adminLeadsV.AdminMergeLeads,
    bodyExample: { from_id: "lead_01JR..." },
    responses: ok(adminLeads.AdminLeadResponse),
    failures: ["not-found"],
  },
  // ---------------------------------------------------------------- admin: analytics
  {
    method: "get",
    path: "/admin/solar360/events",
    tag: "Admin: analytics",
    summary: "List analytics events",
    auth: "admin",
    query: adminEventsV.AdminGetEventsParams,
    responses: ok(adminEvents.AdminEventListResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/events/{id}",
    tag: "Admin: analytics",
    summary: "One analytics event",
    auth: "admin",
    query: adminEventsV.AdminGetEventParams,
    responses: ok(adminEvents.AdminEventResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/catalog-access-logs",
    tag: "Admin: analytics",
    summary: "List catalog access logs",
    auth: "admin",
    query: adminCatalogV.AdminGetCatalogAccessLogsParams,
    responses: ok(adminCatalog.AdminCatalogAccessLogListResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/catalog-access-logs/{id}",
    tag: "Admin: analytics",
    summary: "One catalog access log",
    auth: "admin",
    query: adminCatalogV.AdminGetCatalogAccessLogParams,
    responses: ok(adminCatalog.AdminCatalogAccessLogResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/analytics/overview",
    tag: "Admin: analytics",
    summary: "Traffic overview of a range of calendar days",
    auth: "admin",
    query: adminAnalyticsV.AdminGetAnalyticsOverviewParams,
    responses: ok(adminAnalytics.AdminAnalyticsOverviewResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/analytics/funnel",
    tag: "Admin: analytics",
    summary: "Sessions reaching each step of an event-name funnel, optionally within a conversion window and by a breakdown",
    auth: "admin",
    query: adminAnalyticsV.AdminGetAnalyticsFunnelParams,
    responses: ok(adminAnalytics.AdminAnalyticsFunnelResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/analytics/timeseries",
    tag: "Admin: analytics",
    summary: "Dashboard time series per hour, day or week, with a comparison range and filters",
    auth: "admin",
    query: adminAnalyticsV.AdminGetAnalyticsTimeseriesParams,
    responses: ok(adminAnalytics.AdminAnalyticsTimeseriesResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/analytics/breakdowns",
    tag: "Admin: analytics",
    summary: "Dashboard breakdowns: pages, entry/exit pages, referrers, channels, UTM, geo, devices",
    auth: "admin",
    query: adminAnalyticsV.AdminGetAnalyticsBreakdownsParams,
    responses: ok(adminAnalytics.AdminAnalyticsBreakdownsResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/analytics/attribution",
    tag: "Admin: analytics",
    summary: "Revenue and conversions by channel group or UTM value (visit attribution from the daily rollup, at most 400 days)",
    auth: "admin",
    query: adminAnalyticsV.AdminGetAnalyticsAttributionParams,
    responses: ok(adminAnalytics.AdminAnalyticsAttributionResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/catalog-analytics",
    tag: "Admin: analytics",
    summary: "Catalog report: most viewed, conversion, searches, co-views, recommendations",
    auth: "admin",
    query: adminAnalyticsV.AdminGetCatalogAnalyticsParams,
    responses: ok(adminAnalytics.AdminCatalogAnalyticsResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/analytics/cart-abandonment",
    tag: "Admin: analytics",
    summary: "Cart abandonment of the carts created in a range: rate, value, daily series, products",
    auth: "admin",
    query: adminCartsV.AdminGetCartAbandonmentParams,
    responses: ok(adminCarts.AdminCartAbandonmentResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/analytics/abandoned-carts",
    tag: "Admin: analytics",
    summary: "Abandoned carts created in a range, with value, e-mail, channel and last step seen",
    auth: "admin",
    query: adminCartsV.AdminGetAbandonedCartsParams,
    responses: ok(adminCarts.AdminAbandonedCartListResponse),
  },
  // ---------------------------------------------------------------- admin: calculators
  {
    method: "get",
    path: "/admin/solar360/financing-simulations",
    tag: "Admin: calculators",
    summary: "List financing simulations",
    auth: "admin",
    query: adminFinancingV.AdminGetFinancingSimulationsParams,
    responses: ok(adminFinancing.AdminFinancingSimulationListResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/financing-simulations/{id}",
    tag: "Admin: calculators",
    summary: "One financing simulation with its schedule and assumptions",
    auth: "admin",
    query: adminFinancingV.AdminGetFinancingSimulationParams,
    responses: ok(adminFinancing.AdminFinancingSimulationResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/financing-simulations/{id}/credit-analysis",
    tag: "Admin: calculators",
    summary: "Record a move in the bank's credit analysis",
    description: "pending -> analyzing -> approved | rejected; an approval stores the installment the server computes.",
    auth: "admin",
    query: adminFinancingV.AdminGetFinancingSimulationParams,
    body: adminFinancingV.AdminRecordCreditAnalysis,
    responses: ok(adminFinancing.AdminFinancingSimulationResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/solar-viability-analyses",
    tag: "Admin: calculators",
    summary: "List solar viability analyses",
    auth: "admin",
    query: adminViabilityV.AdminGetSolarViabilityAnalysesParams,
    responses: ok(adminViability.AdminSolarViabilityAnalysisListResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/solar-viability-analyses/{id}",
    tag: "Admin: calculators",
    summary: "One viability analysis with its cash flow and assumptions",
    auth: "admin",
    query: adminViabilityV.AdminGetSolarViabilityAnalysisParams,
    responses: ok(adminViability.AdminSolarViabilityAnalysisResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/financing-simulations/funnel",
    tag: "Admin: calculators",
    summary: "The financing funnel: simulated, accepted, credit analysis, approved, ordered",
    description: "Simulations created in `from`/`to` (calendar days in `reportTimezone`, default the last 30, at most 366 days), overall and by term and bank.",
    auth: "admin",
    query: adminFinancingV.AdminGetFinancingFunnelParams,
    responses: ok(adminFinancing.AdminFinancingFunnelResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/solar-viability-analyses/distribution",
    tag: "Admin: calculators",
    summary: "System sizes and paybacks of the viability analyses, by UF",
    description: "Analyses created in `from`/`to` (calendar days in `reportTimezone`, default the last 30, at most 366 days); `state` keeps one UF.",
    auth: "admin",
    query: adminViabilityV.AdminGetViabilityDistributionParams,
    responses: ok(adminViability.AdminViabilityDistributionResponse),
  },
  // ---------------------------------------------------------------- admin: roof analyses
  {
    method: "get",
    path: "/admin/solar360/photogrammetry-analyses",
    tag: "Admin: roof analyses",
    summary: "List roof analyses and their reuse records",
    auth: "admin",
    query: adminRoofsV.AdminGetPhotogrammetryAnalysesParams,
    responses: ok(adminRoofs.AdminPhotogrammetryAnalysisListResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/photogrammetry-analyses/{id}",
    tag: "Admin: roof analyses",
    summary: "One roof analysis with its planes and panel layout",
    auth: "admin",
    query: adminRoofsV.AdminGetPhotogrammetryAnalysisParams,
    responses: ok(adminRoofs.AdminPhotogrammetryAnalysisResponse),
    failures: ["not-found"],
  },
  // ---------------------------------------------------------------- admin: Helio
  {
    method: "get",
    path: "/admin/solar360/helio/conversations",
    tag: "Admin: Helio",
    summary: "List Helio conversations",
    auth: "admin",
    query: adminHelioV.AdminGetHelioConversationsParams,
    responses: ok(adminHelio.AdminHelioConversationListResponse),
  },
  {
    method: "post",
    path: "/admin/solar360/helio/conversations",
    tag: "Admin: Helio",
    summary: "Start a conversation (the assistant's logging)",
    description:
      "Answers the conversation with `session_token`, shown only here: the assistant hands it to the storefront. An Idempotency-Key makes a retried start answer the same conversation (200).",
    auth: "admin-or-ingestion-key",
    query: adminHelioV.AdminGetRagQueryParams,
    body: adminHelioV.AdminStartHelioConversation,
    responses: createdOrReplayed(adminHelio.AdminStartHelioConversationResponse, "Conversation"),
    headers: ["idempotency-key"],
  },
  {
    method: "get",
    path: "/admin/solar360/helio/conversations/{id}",
    tag: "Admin: Helio",
    summary: "One conversation with a page of its queries",
    auth: "admin",
    query: adminHelioV.AdminGetHelioConversationParams,
    responses: ok(adminHelio.AdminHelioConversationDetailResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/helio/conversations/{id}",
    tag: "Admin: Helio",
    summary: "Update status, summary, topics and flags of a conversation",
    auth: "admin-or-ingestion-key",
    query: adminHelioV.AdminGetRagQueryParams,
    body: adminHelioV.AdminUpdateHelioConversation,
    responses: ok(adminHelio.AdminHelioConversationResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/helio/conversations/{id}/queries",
    tag: "Admin: Helio",
    summary: "Log one RAG query, or a batch `{ queries: [...] }` (all-or-nothing)",
    description:
      "201 when something was logged, 200 when every query was a retry (its message_id already logged: reported duplicate).",
    auth: "admin-or-ingestion-key",
    body: adminHelioV.AdminLogRagQueries,
    responses: {
      201: { description: "Logged", schema: adminHelio.AdminLogRagQueriesResponse },
      200: { description: "Every query was already logged", schema: adminHelio.AdminLogRagQueriesResponse },
    },
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/helio/metrics",
    tag: "Admin: Helio",
    summary: "Helio metrics over conversations started in [from, to]",
    auth: "admin",
    query: adminHelioV.AdminGetHelioMetricsParams,
    responses: ok(adminHelio.AdminHelioMetricsResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/helio/metrics/timeseries",
    tag: "Admin: Helio",
    summary: "Helio volume, rates, cost and latency per day or week over calendar days [from, to]",
    description:
      "Days in the `reportTimezone` option, at most 400. Rates over an empty bucket are null. Also the range's totals, top topics and per-model tokens and cost.",
    auth: "admin",
    query: adminHelioV.AdminGetHelioTimeseriesParams,
    responses: ok(adminHelio.AdminHelioTimeseriesResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/rag-queries",
    tag: "Admin: Helio",
    summary: "List RAG queries",
    auth: "admin",
    query: adminHelioV.AdminGetRagQueriesParams,
    responses: ok(adminHelio.AdminRagQueryListResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/rag-queries/{id}",
    tag: "Admin: Helio",
    summary: "One RAG query",
    auth: "admin",
    query: adminHelioV.AdminGetRagQueryParams,
    responses: ok(adminHelio.AdminRagQueryResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/rag-queries/{id}/review",
    tag: "Admin: Helio",
    summary: "Human review of an answer (LGPD art. 20)",
    auth: "admin",
    query: adminHelioV.AdminGetRagQueryParams,
    body: adminHelioV.AdminReviewRagQuery,
    bodyExample: { outcome: "corrected", notes: "Tariff figure was outdated" },
    responses: ok(adminHelio.AdminRagQueryResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/ingestion-keys",
    tag: "Admin: Helio",
    summary: "List ingestion keys (never the key itself)",
    auth: "admin",
    query: adminKeysV.AdminGetIngestionKeysParams,
    responses: ok(adminKeys.AdminIngestionKeyListResponse),
  },
  {
    method: "post",
    path: "/admin/solar360/ingestion-keys",
    tag: "Admin: Helio",
    summary: "Create an ingestion key (the key is shown only in this answer)",
    auth: "admin",
    query: adminKeysV.AdminGetIngestionKeyParams,
    body: adminKeysV.AdminCreateIngestionKey,
    bodyExample: { title: "Helio production" },
    responses: { 201: { description: "Created", schema: adminKeys.AdminCreateIngestionKeyResponse } },
  },
  {
    method: "post",
    path: "/admin/solar360/ingestion-keys/{id}/revoke",
    tag: "Admin: Helio",
    summary: "Revoke an ingestion key",
    auth: "admin",
    query: adminKeysV.AdminGetIngestionKeyParams,
    responses: ok(adminKeys.AdminIngestionKeyResponse),
    failures: ["not-found"],
  },
  // ---------------------------------------------------------------- admin: privacy
  {
    method: "get",
    path: "/admin/solar360/privacy/subjects",
    tag: "Admin: privacy",
    summary: "What is held about one person (identifiers in the URL: prefer POST .../search)",
    auth: "admin",
    query: adminSubjectsV.AdminDataSubjectParams,
    responses: ok(adminSubjects.AdminDataSubjectSummaryResponse),
  },
  {
    method: "post",
    path: "/admin/solar360/privacy/subjects/search",
    tag: "Admin: privacy",
    summary: "What is held about one person (identifiers in the body)",
    auth: "admin",
    body: adminSubjectsV.AdminSearchDataSubject,
    bodyExample: { identifiers: { email: "maria@example.com" } },
    responses: ok(adminSubjects.AdminDataSubjectSummaryResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/privacy/subjects/export",
    tag: "Admin: privacy",
    summary: "Export everything held about one person (download; identifiers in the URL)",
    auth: "admin",
    query: adminSubjectsV.AdminExportDataSubjectParams,
    responses: {
      200: {
        description: "The export file",
        content: { "application/json": adminSubjects.AdminDataSubjectExport, "application/zip": z.string().meta({ format: "binary" } as Record<string, unknown>) },
      },
    },
  },
  {
    method: "post",
    path: "/admin/solar360/privacy/subjects/export",
    tag: "Admin: privacy",
    summary: "Export everything held about one person (download; identifiers in the body)",
    auth: "admin",
    body: adminSubjectsV.AdminExportDataSubject,
    responses: {
      200: {
        description: "The export file",
        content: { "application/json": adminSubjects.AdminDataSubjectExport, "application/zip": z.string().meta({ format: "binary" } as Record<string, unknown>) },
      },
    },
  },
  {
    method: "post",
    path: "/admin/solar360/privacy/subjects/erase",
    tag: "Admin: privacy",
    summary: "Anonymise or delete every row of one person (LGPD art. 18 VI), in one transaction",
    auth: "admin",
    body: adminSubjectsV.AdminEraseDataSubject,
    bodyExample: { identifiers: { email: "maria@example.com" }, mode: "anonymise", reason: "LGPD request #123" },
    responses: ok(adminSubjects.AdminEraseDataSubjectResponse),
    headers: ["idempotency-key"],
  },
  {
    method: "get",
    path: "/admin/solar360/privacy/audit",
    tag: "Admin: privacy",
    summary: "The audit trail of data-subject exports and erasures",
    auth: "admin",
    query: adminSubjectsV.AdminListPrivacyAuditParams,
    responses: ok(adminSubjects.AdminPrivacyAuditListResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/privacy/audit/{id}",
    tag: "Admin: privacy",
    summary: "One audit record",
    auth: "admin",
    responses: ok(adminSubjects.AdminPrivacyAuditResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/privacy/retention",
    tag: "Admin: privacy",
    summary: "Dry run of the data retention (deletes nothing)",
    auth: "admin",
    query: adminRetentionV.AdminGetSolar360RetentionParams,
    responses: ok(adminRetention.AdminRetentionPreviewResponse),
  },
  {
    method: "post",
    path: "/admin/solar360/privacy/retention/run",
    tag: "Admin: privacy",
    summary: "Run the data retention now",
    auth: "admin",
    body: adminRetentionV.AdminRunSolar360Retention,
    bodyExample: {},
    responses: ok(adminRetention.AdminRetentionRunResponse),
  },
  // ---------------------------------------------------------------- admin: caches and stats
  {
    method: "get",
    path: "/admin/solar360/caches",
    tag: "Admin: caches",
    summary: "Health of the external-API caches",
    auth: "admin",
    query: adminCachesV.AdminGetSolar360CachesParams,
    responses: ok(adminCaches.AdminCachesResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/caches/timeseries",
    tag: "Admin: caches",
    summary: "The caches' hits, calls avoided, stale serves, errors and money saved per day or week",
    description: "`from`/`to` are UTC days (the counters are kept per UTC day), default the last 30, at most 366 days.",
    auth: "admin",
    query: adminCachesV.AdminGetCacheTimeseriesParams,
    responses: ok(adminCaches.AdminCacheTimeseriesResponse),
  },
  {
    method: "delete",
    path: "/admin/solar360/caches/{kind}",
    tag: "Admin: caches",
    summary: "Empty one cache (`aneel` or `pvlib`), or only its entries of `entry_kind`",
    auth: "admin",
    query: adminCachesV.AdminDeleteSolar360CacheParams,
    responses: ok(adminCaches.AdminDeleteCacheResponse),
    failures: ["not-found"],
  },
  {
    method: "post",
    path: "/admin/solar360/pvlib-yield",
    tag: "Admin: caches",
    summary: "The yield of a PV system, as the calculators get it",
    auth: "admin",
    body: adminCachesV.AdminGetPvlibYield,
    responses: ok(adminCaches.AdminPvlibYieldResponse),
    failures: ["upstream"],
  },
  {
    method: "get",
    path: "/admin/solar360/stats",
    tag: "Admin: caches",
    summary: "Size and freshness of each of the plugin's data sets",
    auth: "admin",
    query: adminStatsV.AdminGetSolar360StatsParams,
    responses: ok(adminStats.AdminSolar360StatsResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/stats/{entity}",
    tag: "Admin: caches",
    summary: "Size and freshness of one data set",
    auth: "admin",
    query: adminStatsV.AdminGetSolar360StatsParams,
    responses: ok(adminStats.AdminSolar360EntityStatsResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/health",
    tag: "Admin: caches",
    summary: "Data health: rows, size, growth, oldest row and retention due per table, with the threshold alerts",
    auth: "admin",
    query: adminHealthV.AdminGetSolar360HealthParams,
    responses: ok(adminHealth.AdminSolar360HealthResponse),
  },
  {
    method: "get",
    path: "/admin/solar360/health/digest",
    tag: "Admin: caches",
    summary: "The weekly digest: a week's headline figures beside the week before (JSON, or CSV with format=csv)",
    auth: "admin",
    query: adminDigestV.AdminGetSolar360DigestParams,
    responses: ok(adminDigest.AdminSolar360DigestResponse),
  },
  // ---------------------------------------------------------------- admin: 360° views (widgets)
  {
    method: "get",
    path: "/admin/solar360/customers/{id}/overview",
    tag: "Admin: 360° views",
    summary: "Everything the plugin holds about a customer, with one merged timeline",
    description:
      "Leads, Helio conversations, financing simulations, viability and roof analyses, recent events and catalog activity (by the customer id and the anonymous ids of their leads and events, last 365 days), consent. Each data set is capped at `limit` rows, newest first.",
    auth: "admin",
    query: adminCustomersV.AdminGetCustomerOverviewParams,
    responses: ok(adminCustomers.AdminCustomerOverviewResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/orders/{id}/attribution",
    tag: "Admin: 360° views",
    summary: "What brought an order: touches, leads, conversation, simulation, analyses",
    auth: "admin",
    query: adminOrdersV.AdminGetOrderAttributionParams,
    responses: ok(adminOrders.AdminOrderAttributionResponse),
    failures: ["not-found"],
  },
  {
    method: "get",
    path: "/admin/solar360/products/{id}/analytics",
    tag: "Admin: 360° views",
    summary: "A product's views, cart and purchase conversion, searches and co-viewed products",
    description: "`days` (the last N days) or `from`/`to` (calendar days in `reportTimezone`), at most 366 days.",
    auth: "admin",
    query: adminProductsV.AdminGetProductAnalyticsParams,
    responses: ok(adminProducts.AdminProductAnalyticsResponse),
    failures: ["not-found"],
  },
]
