import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { AneelDistributor, TariffClassificationChoice } from "../../lib/aneel"
import type { DimensionRow } from "../../lib/analytics/reports"
import type { LeadCapture } from "../../lib/leads"
import type { SubjectIdentifiers } from "../../lib/privacy"
import type { CacheFailure } from "./cache-fill"
import type { PvlibYieldRequest } from "./clients/pvlib"
import type {
  AbandonedConversation,
  AbandonInactiveConversationsResult,
  AnalyticsReport,
  CacheFetchOptions,
  CacheFetchOutcome,
  CacheKindStats,
  CacheResult,
  CacheTable,
  ConfirmLeadConsentResult,
  DataRetentionResult,
  DataSubjectErasure,
  DataSubjectResolution,
  DataSubjectSummary,
  HelioAttributionPrevious,
  HelioOrderAttributionInput,
  HelioOrderAttributionResult,
  HelioRetentionResult,
  LeadConsentInput,
  LookupPhotogrammetryInput,
  PhotogrammetryCacheStats,
  PhotogrammetryLookupResult,
  RecordLeadConsentResult,
  ReportTop,
  SubjectIdSets,
} from "./types"
import {
  AnalyticsDailyRollup,
  AneelCache,
  CatalogAccessLog,
  Event,
  FinancingSimulation,
  HelioConversation,
  IngestionKey,
  Lead,
  LeadConsentChange,
  LeadStatusChange,
  LeadTouch,
  PhotogrammetryAnalysis,
  PrivacyAudit,
  PrivacySalt,
  PvlibCache,
  RagQuery,
  SolarViabilityAnalysis,
  UpstreamSpend,
} from "./models"
import { parseSolar360Options, RateLimitedRoute, Solar360Options } from "./options"
import { RateLimitDecision, RateLimiters } from "./rate-limiters"
import type { AnalyticsIngestService } from "./services/analytics-ingest"
import type { AnalyticsReportsService } from "./services/analytics-reports"
import type { DataRetentionService } from "./services/data-retention"
import type { DataSubjectsService } from "./services/data-subjects"
import type { HelioLoggingService } from "./services/helio-logging"
import type { HelioMaintenanceService } from "./services/helio-maintenance"
import type { IngestionKeysService } from "./services/ingestion-keys"
import type { IrradianceService } from "./services/irradiance"
import type { LeadConsentService } from "./services/lead-consent"
import type { CreditAnalysisService } from "./services/credit-analysis"
import type { LeadPipelineService } from "./services/lead-pipeline"
import type { PseudonymKeysService } from "./services/pseudonym-keys"
import type { RoofLookupService } from "./services/roof-lookup"
import type { TariffsService } from "./services/tariffs"
import type { UpstreamCacheService } from "./services/upstream-cache"
import type { UpstreamGuardService } from "./services/upstream-guard"
import type {
  AneelCacheInfo,
  AneelTariff,
  CalculatorOrderLinkInput,
  CalculatorOrderLinks,
  CaptureLeadResult,
  CartConversionInput,
  RecordCreditAnalysisInput,
  RecordCreditAnalysisResult,
  DataSubjectErasureInput,
  DataSubjectExportInput,
  HelioMetricAggregates,
  IngestEventsInput,
  LeadFunnelFilters,
  LeadStatusUpdate,
  LoggedRagQueries,
  OrderConversionInput,
  PreparedRagQuery,
  PrivacyAuditFilters,
  PvlibYieldResult,
  UpdateLeadResult,
} from "./types"

/** The internal services (services/), registered in the module's container by Medusa's loader. */
type InjectedDependencies = Record<string, unknown> & {
  solar360Options?: Solar360Options
  pseudonymKeysService: PseudonymKeysService
  roofLookupService: RoofLookupService
  upstreamGuardService: UpstreamGuardService
  dataSubjectsService: DataSubjectsService
  leadPipelineService: LeadPipelineService
  leadConsentService: LeadConsentService
  analyticsReportsService: AnalyticsReportsService
  helioMaintenanceService: HelioMaintenanceService
  analyticsIngestService: AnalyticsIngestService
  helioLoggingService: HelioLoggingService
  upstreamCacheService: UpstreamCacheService
  dataRetentionService: DataRetentionService
  tariffsService: TariffsService
  irradianceService: IrradianceService
  ingestionKeysService: IngestionKeysService
  creditAnalysisService: CreditAnalysisService
}

class Solar360ModuleService extends MedusaService({
  Lead,
  LeadStatusChange,
  LeadConsentChange,
  LeadTouch,
  Event,
  RagQuery,
  HelioConversation,
  PhotogrammetryAnalysis,
  FinancingSimulation,
  SolarViabilityAnalysis,
  CatalogAccessLog,
  PvlibCache,
  AneelCache,
  PrivacySalt,
  AnalyticsDailyRollup,
  PrivacyAudit,
  IngestionKey,
  UpstreamSpend,
}) {
  readonly options: Solar360Options
  protected readonly pseudonymKeys_: PseudonymKeysService
  protected readonly roofLookup_: RoofLookupService
  protected readonly dataSubjects_: DataSubjectsService
  protected readonly leadPipeline_: LeadPipelineService
  protected readonly leadConsent_: LeadConsentService
  protected readonly ingestionKeys_: IngestionKeysService
  protected readonly irradiance_: IrradianceService
  protected readonly tariffs_: TariffsService
  protected readonly dataRetention_: DataRetentionService
  protected readonly upstreamCache_: UpstreamCacheService
  protected readonly helioLogging_: HelioLoggingService
  protected readonly analyticsIngest_: AnalyticsIngestService
  protected readonly helioMaintenance_: HelioMaintenanceService
  protected readonly analyticsReports_: AnalyticsReportsService
  protected readonly creditAnalysis_: CreditAnalysisService

  protected readonly upstreamGuard_: UpstreamGuardService

  constructor(container: InjectedDependencies, rawOptions?: unknown) {
    super(...arguments)
    this.pseudonymKeys_ = container.pseudonymKeysService
    this.roofLookup_ = container.roofLookupService
    this.dataSubjects_ = container.dataSubjectsService
    this.leadPipeline_ = container.leadPipelineService
    this.leadConsent_ = container.leadConsentService
    this.ingestionKeys_ = container.ingestionKeysService
    this.irradiance_ = container.irradianceService
    this.tariffs_ = container.tariffsService
    this.dataRetention_ = container.dataRetentionService
    this.upstreamCache_ = container.upstreamCacheService
    this.helioLogging_ = container.helioLoggingService
    this.analyticsIngest_ = container.analyticsIngestService
    this.helioMaintenance_ = container.helioMaintenanceService
    this.analyticsReports_ = container.analyticsReportsService
    this.creditAnalysis_ = container.creditAnalysisService
    // The one parsed copy the module's loader registered, shared with the internal services
    // (parsed here only when the service is built without the module's loaders).
    this.options = container.solar360Options ?? parseSolar360Options(rawOptions)
    this.upstreamGuard_ = container.upstreamGuardService
  }

  private rateLimiters_?: RateLimiters

  /**
   * Counts one call of a rate-limited route by a client (`customer:<id>` or `ip:<hash>`): `allowed: false` with the seconds to wait once the client is over the route's limit.
   */
  @InjectManager()
  async consumeRateLimit(
    route: RateLimitedRoute,
    clientKey: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RateLimitDecision> {
    if (!this.options.rateLimits.enabled) {
      return { allowed: true, remaining: Number.POSITIVE_INFINITY }
    }
    // The PostgreSQL store uses the plugin's own database connection.
    const manager = sharedContext.manager as { getKnex(): any }
    this.rateLimiters_ ??= new RateLimiters(this.options.rateLimits, { knex: () => manager.getKnex() })
    return this.rateLimiters_.consume(route, clientKey)
  }

  // ---- Credit analysis of a financing simulation: services/credit-analysis.ts ----

  /** Moves a financing simulation through the bank's credit analysis, under a row lock. */
  @InjectManager()
  async recordCreditAnalysis(
    input: RecordCreditAnalysisInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordCreditAnalysisResult> {
    return this.creditAnalysis_.recordCreditAnalysis(input, sharedContext)
  }

  /** Compensation of `recordCreditAnalysis`: the changed columns get their previous values back. */
  @InjectManager()
  async revertCreditAnalysis(
    recorded: Pick<RecordCreditAnalysisResult, "id" | "previous">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.creditAnalysis_.revertCreditAnalysis(recorded, sharedContext)
  }

  /** Daily-rotating pseudonym of a visitor: no raw IP ever leaves this method. */
  async hashRequestIp(ip: string, userAgent: string, at: Date = new Date()): Promise<string> {
    return this.pseudonymKeys_.hashRequestIp(ip, userAgent, at)
  }

  /** The secret salt of the UTC day of `at`, created on first use (shared by all instances). */
  async getIpSalt(at: Date = new Date()): Promise<string> {
    return this.pseudonymKeys_.getIpSalt(at)
  }

  /** Deletes the salts past the grace period; returns how many. */
  async purgeRetiredIpSalts(at: Date = new Date()): Promise<number> {
    return this.pseudonymKeys_.purgeRetiredIpSalts(at)
  }

  /** The store's secret for tokens derived from an Idempotency-Key (resume and Helio session tokens). */
  async getResumeTokenKey(): Promise<string> {
    return this.pseudonymKeys_.getResumeTokenKey()
  }

  // ---- Lead pipeline and consent: services/lead-pipeline.ts, services/lead-consent.ts ----

  /**
   * Stores a lead captured from the storefront, or folds it into the open lead with the same e-mail or phone (dedupe), in one transaction under advisory locks on both.
   */
  @InjectManager()
  async captureLead(
    capture: LeadCapture,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CaptureLeadResult> {
    return this.leadPipeline_.captureLead(capture, at, sharedContext)
  }

  /** Applies the consent statement a double opt-in token names, once. */
  @InjectManager()
  async confirmLeadConsent(
    token: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ConfirmLeadConsentResult> {
    return this.leadConsent_.confirmLeadConsent(token, at, sharedContext)
  }

  /** Compensation of confirmLeadConsent: the statement undone, the token usable again. */
  @InjectManager()
  async revertLeadConsentConfirmation(
    result: ConfirmLeadConsentResult,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.leadConsent_.revertLeadConsentConfirmation(result, sharedContext)
  }

  /** Applies an admin (or system) change to a lead; every status change joins the history. */
  @InjectManager()
  async updateLeadWithHistory(
    leadId: string,
    update: LeadStatusUpdate,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpdateLeadResult> {
    return this.leadPipeline_.updateLeadWithHistory(leadId, update, sharedContext)
  }

  /** Undoes `updateLeadWithHistory`: restores the changed columns, drops the history entry. */
  @InjectManager()
  async revertLeadUpdate(result: UpdateLeadResult, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.leadPipeline_.revertLeadUpdate(result, sharedContext)
  }

  /** Leads per current status, and lost leads per the status they were lost from. */
  @InjectManager()
  async countLeadFunnel(
    filters: LeadFunnelFilters = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ counts: Record<string, number>; lostAtStage: Record<string, number> }> {
    return this.leadPipeline_.countLeadFunnel(filters, sharedContext)
  }

  /** Records a consent statement of a lead; the newest statement of a purpose is in force. */
  @InjectManager()
  async recordLeadConsent(
    input: LeadConsentInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordLeadConsentResult> {
    return this.leadConsent_.recordLeadConsent(input, sharedContext)
  }

  /** Compensation of recordLeadConsent: restores the lead's columns, drops the history row. */
  @InjectManager()
  async revertLeadConsent(
    result: RecordLeadConsentResult,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.leadConsent_.revertLeadConsent(result, sharedContext)
  }

  // ---- Analytics ingest and conversions: services/analytics-ingest.ts ----

  /** Writes a batch of events in one set-based statement. */
  @InjectManager()
  async ingestEvents(
    input: IngestEventsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ inserted_ids: string[] }> {
    return this.analyticsIngest_.ingestEvents(input, sharedContext)
  }

  /**
   * Stores a validated batch of catalog access logs exactly as `ingestEvents` stores events: enriched, one statement (atomic without a transaction), stored message_ids skipped.
   */
  @InjectManager()
  async ingestCatalogAccessLogs(
    input: IngestEventsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ inserted_ids: string[] }> {
    return this.analyticsIngest_.ingestCatalogAccessLogs(input, sharedContext)
  }

  /**
   * Records an order as analytics: one `purchase` event (message id `order.placed:<order>`, so a redelivery inserts nothing), tied to the cart's latest browsing session, and marks the catalog access logs that led to it (`led_to_purchase`, order, value, minutes).
   */
  @InjectManager()
  async recordOrderConversion(
    input: OrderConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ purchase_event_id: string | null; marked_log_ids: string[] }> {
    return this.analyticsIngest_.recordOrderConversion(input, sharedContext)
  }

  /**
   * Gives an order to the customer's most recent accepted financing simulation (accepted within `calculatorOrderWindowDays` before the order) and to its viability analysis.
   */
  @InjectManager()
  async linkCalculatorsToOrder(
    input: CalculatorOrderLinkInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CalculatorOrderLinks> {
    return this.analyticsIngest_.linkCalculatorsToOrder(input, sharedContext)
  }

  /** Compensation of linkCalculatorsToOrder: clears only what it set. */
  @InjectManager()
  async unlinkCalculatorsFromOrder(
    order_id: string,
    links: CalculatorOrderLinks,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.analyticsIngest_.unlinkCalculatorsFromOrder(order_id, links, sharedContext)
  }

  /**
   * Marks `led_to_cart` on the catalog access logs of the products now in a cart, by the same person, inside the attribution window.
   */
  @InjectManager()
  async markCartConversions(
    input: CartConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ marked_log_ids: string[] }> {
    return this.analyticsIngest_.markCartConversions(input, sharedContext)
  }

  // ---- Helio logging and metrics: services/helio-logging.ts ----

  /**
   * Logs a batch of prepared (redacted, costed, flagged) RAG queries to a conversation and adds them to its counters, all in one transaction.
   */
  @InjectManager()
  async logRagQueries(
    conversationId: string,
    queries: PreparedRagQuery[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoggedRagQueries> {
    return this.helioLogging_.logRagQueries(conversationId, queries, sharedContext)
  }

  /** The raw aggregates of the Helio metrics for conversations and answers in [from, to]. */
  @InjectManager()
  async getHelioMetricAggregates(
    range: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioMetricAggregates> {
    return this.helioLogging_.getHelioMetricAggregates(range, sharedContext)
  }

  // ---- ANEEL tariffs: services/tariffs.ts ----

  /** Distributors with residential tariffs at ANEEL, keyed by CNPJ (cached `aneelCacheTtlDays`). */
  @InjectManager()
  async listAneelDistributors(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ distributors: AneelDistributor[]; cache: AneelCacheInfo }> {
    return this.tariffs_.listAneelDistributors(sharedContext)
  }

  /**
   * The residential (B1, conventional) tariff of a distributor in force on `at`: TE + TUSD in R$/kWh, validity and REH, without taxes (ANEEL publishes tariffs before ICMS and PIS/COFINS).
   */
  @InjectManager()
  async getResidentialTariff(
    distributor: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AneelTariff> {
    return this.tariffs_.getResidentialTariff(distributor, at, sharedContext)
  }

  /**
   * The energy tariff (R$/kWh) of any classification: subgroup, modality, class, subclass, detail and posto as ANEEL publishes them; each one left out keeps the residential value.
   */
  @InjectManager()
  async getTariff(
    distributor: string,
    choice: TariffClassificationChoice = {},
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AneelTariff> {
    return this.tariffs_.getTariff(distributor, choice, at, sharedContext)
  }

  // ---- Analytics reports (issue 4, admin side): services/analytics-reports.ts ----

  /**
   * A report's figures over a range of calendar days, summed per (dimension, key): rolled-up days from `analytics_daily_rollup`, the others from raw rows, in one statement.
   */
  @InjectManager()
  async getAnalyticsReportRows(
    report: AnalyticsReport,
    range: { from: string; to: string },
    top?: ReportTop,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DimensionRow[]> {
    return this.analyticsReports_.getAnalyticsReportRows(report, range, top, sharedContext)
  }

  /** Sessions reaching each funnel step (rule in analytics-reports.ts `funnelSql`). */
  @InjectManager()
  async countFunnelSessions(
    steps: string[],
    range: { from: string; to: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number[]> {
    return this.analyticsReports_.countFunnelSessions(steps, range, sharedContext)
  }

  /** The latest recorded name of each product id (for report labels). */
  @InjectManager()
  async getCatalogProductNames(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, string>> {
    return this.analyticsReports_.getCatalogProductNames(productIds, sharedContext)
  }

  /**
   * Keeps the daily rollups current: recomputes yesterday (in `reportTimezone`) and every ended day with rows written, changed or soft-deleted since the previous run (all days with data on the first run), in transactions of at most 31 days.
   */
  @InjectManager()
  async rollUpAnalytics(
    at: Date = new Date(),
    options: { days?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ days: Record<AnalyticsReport, string[]> }> {
    return this.analyticsReports_.rollUpAnalytics(at, options, sharedContext)
  }

  // ---- Helio maintenance: services/helio-maintenance.ts ----

  /**
   * Active conversations without a message for `helio.abandonAfterMinutes` become `abandoned`, ending at their last activity (duration from start to it).
   */
  @InjectManager()
  async abandonInactiveConversations(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AbandonInactiveConversationsResult> {
    return this.helioMaintenance_.abandonInactiveConversations(now, sharedContext)
  }

  /** Compensation of abandonInactiveConversations: rows still abandoned become active again. */
  @InjectManager()
  async reopenAbandonedConversations(
    previous: AbandonedConversation[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.helioMaintenance_.reopenAbandonedConversations(previous, sharedContext)
  }

  /**
   * The Helio retention, in transactions of at most 1000 rows each (no long locks), each holding the retention advisory lock (taken without waiting: when another instance holds it, this run stops and says so).
   */
  @InjectManager()
  async applyHelioRetention(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioRetentionResult> {
    return this.helioMaintenance_.applyHelioRetention(now, sharedContext)
  }

  /**
   * Attributes an order to the customer's conversations active within `helio.orderWindowDays` before it: `led_to_purchase`, `order_id`, `order_value` (and its raw value) and `products_purchased` = `{ product_ids, recommended_and_purchased }` (the order's distinct products in id order, and those of them recommended in the conversation or its queries).
   */
  @InjectManager()
  async attributeOrderToConversations(
    input: HelioOrderAttributionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioOrderAttributionResult> {
    return this.helioMaintenance_.attributeOrderToConversations(input, sharedContext)
  }

  /** Compensation of attributeOrderToConversations: clears only what it set. */
  @InjectManager()
  async undoOrderAttribution(
    order_id: string,
    previous: HelioAttributionPrevious[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.helioMaintenance_.undoOrderAttribution(order_id, previous, sharedContext)
  }

  // ---- External-API caches (ANEEL, pvlib): services/upstream-cache.ts ----

  /** Answers `request` from `table`, calling `fetcher` only on a miss. */
  @InjectManager()
  async getOrFetch<T>(
    table: CacheTable,
    kind: string,
    request: object,
    fetcher: () => Promise<CacheFetchOutcome<T>>,
    opts: CacheFetchOptions,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheResult<T>> {
    return this.upstreamCache_.getOrFetch(table, kind, request, fetcher, opts, sharedContext)
  }

  /**
   * Deletes (hard) the entries of both caches that expired more than `cachePurgeGraceDays` before `now` (kept until then for stale-if-error), in statements of 5000 rows.
   */
  @InjectManager()
  async purgeExpiredCacheEntries(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ deleted: number; by_table: Record<CacheTable, number> }> {
    return this.upstreamCache_.purgeExpiredCacheEntries(now, sharedContext)
  }

  /** Empties one cache (or one kind of entries in it), e.g. after an upstream fixed its data. */
  @InjectManager()
  async purgeCache(
    table: CacheTable,
    kind?: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ deleted: number }> {
    return this.upstreamCache_.purgeCache(table, kind, sharedContext)
  }

  /** Per table and kind: entries (live, expired, negative), hits, upstream calls and errors. */
  @InjectManager()
  async getCacheStats(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheKindStats[]> {
    return this.upstreamCache_.getCacheStats(now, sharedContext)
  }

  // The cross-instance cache HTTP spec calls this to bypass the in-process sharing.
  protected async fillCacheEntry_<T>(
    table: CacheTable,
    kind: string,
    key: string,
    request: object,
    fetcher: () => Promise<CacheFetchOutcome<T>>,
    opts: CacheFetchOptions
  ): Promise<CacheResult<T> | CacheFailure> {
    return this.upstreamCache_.fillCacheEntry(table, kind, key, request, fetcher, opts)
  }

  // ---- PV yield (pvlib or the built-in estimate): services/irradiance.ts ----

  /**
   * Yield of a PV system: from the store's pvlib service through the cache (TTL `pvlibCacheTtlDays`), or, when no `pvlibBaseUrl` is configured, the built-in estimate from the state's HSP (then `state` is required).
   */
  @InjectManager()
  async getPvlibYield(
    input: PvlibYieldRequest,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PvlibYieldResult> {
    return this.irradiance_.getPvlibYield(input, sharedContext)
  }

  // ---- Ingestion keys (issue 13): services/ingestion-keys.ts ----

  /** Creates a key; the token is in the answer only (its SHA-256 is what is stored). */
  async createIngestionKey(input: { title: string; created_by?: string | null }) {
    return this.ingestionKeys_.createIngestionKey(input)
  }

  /** The live (not revoked) key a presented token belongs to, else null; stamps its use. */
  async findActiveIngestionKey(token: string): Promise<{ id: string; scope: string } | null> {
    return this.ingestionKeys_.findActiveIngestionKey(token)
  }

  // ---- Roof lookup (issue 7): services/roof-lookup.ts ----

  /** Counts one paid call against today's cap (googleSolarDailySpendCapUsd); false when the cap is reached. */
  @InjectManager()
  async reserveUpstreamCall(
    provider: "google_solar",
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return this.roofLookup_.reserveUpstreamCall(provider, sharedContext)
  }

  /** A roof analysis for a point: reused from a live source analysis, or bought from Google Solar once. */
  @InjectManager()
  async lookupPhotogrammetry(
    input: LookupPhotogrammetryInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PhotogrammetryLookupResult> {
    return this.roofLookup_.lookupPhotogrammetry(input, sharedContext)
  }

  /** Compensation of lookupPhotogrammetry: deletes what it wrote and undoes the reuse count. */
  @InjectManager()
  async undoPhotogrammetryLookup(
    result: Pick<PhotogrammetryLookupResult, "record_id" | "analysis" | "cache">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.roofLookup_.undoPhotogrammetryLookup(result, sharedContext)
  }

  /** Cache figures for the admin: provider analyses bought, reuses, hit rate, money saved. */
  @InjectManager()
  async photogrammetryCacheStats(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PhotogrammetryCacheStats> {
    return this.roofLookup_.photogrammetryCacheStats(sharedContext)
  }

  // The cross-instance single-flight HTTP specs call these two to bypass the in-process map.
  private photogrammetryKeys(input: LookupPhotogrammetryInput) {
    return this.roofLookup_.photogrammetryKeys(input)
  }

  private async fillRoof_(keys: ReturnType<RoofLookupService["photogrammetryKeys"]>, input: LookupPhotogrammetryInput) {
    return this.roofLookup_.fillRoof(keys, input)
  }

  // ---- LGPD data-subject requests (export, erasure): services/data-subjects.ts ----

  /** Finds every record of one person from any of their identifiers, and says which matched and why. */
  @InjectManager()
  async resolveDataSubject(
    identifiers: SubjectIdentifiers,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectResolution> {
    return this.dataSubjects_.resolveDataSubject(identifiers, sharedContext)
  }

  /** Counts, first and last dates and links per model, for the subject's summary. */
  @InjectManager()
  async summarizeDataSubject(
    identifiers: SubjectIdentifiers,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectSummary> {
    return this.dataSubjects_.summarizeDataSubject(identifiers, sharedContext)
  }

  /** One page of a model's rows of the subject, as stored (soft-deleted rows too), by id. */
  @InjectManager()
  async listDataSubjectRows(
    table: string,
    sets: SubjectIdSets,
    page: { after?: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, unknown>[]> {
    return this.dataSubjects_.listDataSubjectRows(table, sets, page, sharedContext)
  }

  /** The audit record of an export (the export itself is streamed by the route). */
  @InjectManager()
    async recordDataSubjectExport(input: DataSubjectExportInput, @MedusaContext() sharedContext: Context = {}) {
    return this.dataSubjects_.recordDataSubjectExport(input, sharedContext)
  }

  /** Anonymises or deletes every row of the person in one transaction and writes the audit record. */
  @InjectManager()
  async eraseDataSubject(
    input: DataSubjectErasureInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectErasure> {
    return this.dataSubjects_.eraseDataSubject(input, sharedContext)
  }

  /** Audit records of data-subject requests, newest first; with identifiers, only theirs. */
  @InjectManager()
  async listPrivacyAuditRecords(
    filters: PrivacyAuditFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ audits: Record<string, unknown>[]; count: number }> {
    return this.dataSubjects_.listPrivacyAuditRecords(filters, sharedContext)
  }

  // ---- Data retention (LGPD): services/data-retention.ts ----

  /**
   * Deletes every row past its model's retention at `now` (rules in lib/privacy/retention; soft-deleted rows too, a lead's status history with it), model by model, in transactions of `retention.chunkSize` rows so no lock is held long.
   */
  @InjectManager()
  async applyDataRetention(
    input: { now?: Date; dryRun?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataRetentionResult> {
    return this.dataRetention_.applyDataRetention(input, sharedContext)
  }

}


export default Solar360ModuleService
