import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { CacheFailure } from "./cache-fill"
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
  LeadNote,
  PhotogrammetryAnalysis,
  PrivacyAudit,
  PrivacySalt,
  PvlibCache,
  RagQuery,
  SolarViabilityAnalysis,
  UpstreamSpend,
  UpstreamCacheDailyStat,
} from "./models"
import { parseSolar360Options, RateLimitedRoute, Solar360Options } from "./options"
import { RateLimitDecision, RateLimiters } from "./rate-limiters"
import type { AnalyticsIngestService } from "./services/analytics-ingest"
import type { AnalyticsReportsService } from "./services/analytics-reports"
import type { CreditAnalysisService } from "./services/credit-analysis"
import type { DataRetentionService } from "./services/data-retention"
import type { DataSubjectsService } from "./services/data-subjects"
import type { HelioLoggingService } from "./services/helio-logging"
import type { HelioMaintenanceService } from "./services/helio-maintenance"
import type { HelioDashboardService } from "./services/helio-dashboard"
import type { IngestionKeysService } from "./services/ingestion-keys"
import type { IrradianceService } from "./services/irradiance"
import type { LeadConsentService } from "./services/lead-consent"
import type { LeadPipelineService } from "./services/lead-pipeline"
import type { ProductAnalyticsService } from "./services/product-analytics"
import type { DataHealthService } from "./services/data-health"
import type { CalculatorDashboardsService } from "./services/calculator-dashboards"

import type { AnalyticsDashboardService } from "./services/analytics-dashboard"
import type { AnalyticsAttributionService } from "./services/analytics-attribution"
import type { LeadTimelineService } from "./services/lead-timeline"
import type { LeadBehaviourService } from "./services/lead-behaviour"
import type { LeadWorkspaceService } from "./services/lead-workspace"
import type { PseudonymKeysService } from "./services/pseudonym-keys"
import type { RoofLookupService } from "./services/roof-lookup"
import type { TariffsService } from "./services/tariffs"
import type { TokenRecordsService } from "./services/token-records"
import type { UpstreamCacheService } from "./services/upstream-cache"
import type { CacheFetchOptions, CacheFetchOutcome, CacheResult, CacheTable } from "./types"

/** The internal services (services/), registered in the module's container by Medusa's loader. */
type InjectedDependencies = Record<string, unknown> & {
  solar360Options?: Solar360Options
  creditAnalysisService: CreditAnalysisService
  pseudonymKeysService: PseudonymKeysService
  leadPipelineService: LeadPipelineService
  leadWorkspaceService: LeadWorkspaceService
  leadConsentService: LeadConsentService
  leadTimelineService: LeadTimelineService
  leadBehaviourService: LeadBehaviourService
  analyticsIngestService: AnalyticsIngestService
  helioLoggingService: HelioLoggingService
  tariffsService: TariffsService
  analyticsReportsService: AnalyticsReportsService
  helioMaintenanceService: HelioMaintenanceService
  upstreamCacheService: UpstreamCacheService
  irradianceService: IrradianceService
  ingestionKeysService: IngestionKeysService
  roofLookupService: RoofLookupService
  dataSubjectsService: DataSubjectsService
  dataRetentionService: DataRetentionService
  tokenRecordsService: TokenRecordsService
  productAnalyticsService: ProductAnalyticsService
  dataHealthService: DataHealthService
  helioDashboardService: HelioDashboardService
  calculatorDashboardsService: CalculatorDashboardsService

  analyticsDashboardService: AnalyticsDashboardService
  analyticsAttributionService: AnalyticsAttributionService
}

/**
 * The module's facade: the generated CRUD of every model, the rate limiter, and one-line
 * public methods delegating to the internal services (docs/architecture.md). Each internal
 * service method takes its own manager (`@InjectManager`) or joins the caller's context.
 */
class Solar360ModuleService extends MedusaService({
  Lead,
  LeadStatusChange,
  LeadConsentChange,
  LeadTouch,
  LeadNote,
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
  UpstreamCacheDailyStat,
}) {
  readonly options: Solar360Options
  protected readonly creditAnalysis_: CreditAnalysisService
  protected readonly pseudonymKeys_: PseudonymKeysService
  protected readonly leadPipeline_: LeadPipelineService
  protected readonly leadWorkspace_: LeadWorkspaceService
  protected readonly leadConsent_: LeadConsentService
  protected readonly leadTimeline_: LeadTimelineService
  protected readonly leadBehaviour_: LeadBehaviourService
  protected readonly analyticsIngest_: AnalyticsIngestService
  protected readonly helioLogging_: HelioLoggingService
  protected readonly tariffs_: TariffsService
  protected readonly analyticsReports_: AnalyticsReportsService
  protected readonly helioMaintenance_: HelioMaintenanceService
  protected readonly upstreamCache_: UpstreamCacheService
  protected readonly irradiance_: IrradianceService
  protected readonly ingestionKeys_: IngestionKeysService
  protected readonly roofLookup_: RoofLookupService
  protected readonly dataSubjects_: DataSubjectsService
  protected readonly dataRetention_: DataRetentionService
  protected readonly tokenRecords_: TokenRecordsService
  protected readonly productAnalytics_: ProductAnalyticsService
  protected readonly dataHealth_: DataHealthService
  protected readonly helioDashboard_: HelioDashboardService
  protected readonly calculatorDashboards_: CalculatorDashboardsService

  protected readonly analyticsDashboard_: AnalyticsDashboardService
  protected readonly analyticsAttribution_: AnalyticsAttributionService

  constructor(container: InjectedDependencies, rawOptions?: unknown) {
    super(...arguments)
    this.creditAnalysis_ = container.creditAnalysisService
    this.pseudonymKeys_ = container.pseudonymKeysService
    this.leadPipeline_ = container.leadPipelineService
    this.leadWorkspace_ = container.leadWorkspaceService
    this.leadConsent_ = container.leadConsentService
    this.leadTimeline_ = container.leadTimelineService
    this.leadBehaviour_ = container.leadBehaviourService
    this.analyticsIngest_ = container.analyticsIngestService
    this.helioLogging_ = container.helioLoggingService
    this.tariffs_ = container.tariffsService
    this.analyticsReports_ = container.analyticsReportsService
    this.helioMaintenance_ = container.helioMaintenanceService
    this.upstreamCache_ = container.upstreamCacheService
    this.irradiance_ = container.irradianceService
    this.ingestionKeys_ = container.ingestionKeysService
    this.roofLookup_ = container.roofLookupService
    this.dataSubjects_ = container.dataSubjectsService
    this.dataRetention_ = container.dataRetentionService
    this.tokenRecords_ = container.tokenRecordsService
    this.productAnalytics_ = container.productAnalyticsService
    this.dataHealth_ = container.dataHealthService
    this.helioDashboard_ = container.helioDashboardService
    this.calculatorDashboards_ = container.calculatorDashboardsService

    this.analyticsDashboard_ = container.analyticsDashboardService
    this.analyticsAttribution_ = container.analyticsAttributionService
    // The one parsed copy the module's loader registered, shared with the internal services
    // (parsed here only when the service is built without the module's loaders).
    this.options = container.solar360Options ?? parseSolar360Options(rawOptions)
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

  // ---- services/credit-analysis.ts (CreditAnalysisService: the real docs are there) ----
  /** Moves a financing simulation through the bank's credit analysis, under a row lock. */
  async recordCreditAnalysis(...args: Parameters<CreditAnalysisService["recordCreditAnalysis"]>) {
    return this.creditAnalysis_.recordCreditAnalysis(...args)
  }
  /** Compensation of `recordCreditAnalysis`: the changed columns get their previous values back. */
  async revertCreditAnalysis(...args: Parameters<CreditAnalysisService["revertCreditAnalysis"]>) {
    return this.creditAnalysis_.revertCreditAnalysis(...args)
  }

  // ---- services/pseudonym-keys.ts (PseudonymKeysService: the real docs are there) ----
  /** Daily-rotating pseudonym of a visitor: no raw IP ever leaves this method. */
  async hashRequestIp(...args: Parameters<PseudonymKeysService["hashRequestIp"]>) {
    return this.pseudonymKeys_.hashRequestIp(...args)
  }
  /** The secret salt of the UTC day of `at`, created on first use (shared by all instances). */
  async getIpSalt(...args: Parameters<PseudonymKeysService["getIpSalt"]>) {
    return this.pseudonymKeys_.getIpSalt(...args)
  }
  /** Deletes the salts past the grace period; returns how many. */
  async purgeRetiredIpSalts(...args: Parameters<PseudonymKeysService["purgeRetiredIpSalts"]>) {
    return this.pseudonymKeys_.purgeRetiredIpSalts(...args)
  }
  /** The store's secret for tokens derived from an Idempotency-Key (resume and Helio session… */
  async getResumeTokenKey(...args: Parameters<PseudonymKeysService["getResumeTokenKey"]>) {
    return this.pseudonymKeys_.getResumeTokenKey(...args)
  }

  // ---- services/lead-pipeline.ts (LeadPipelineService: the real docs are there) ----
  /** Stores a lead captured from the storefront, or folds it into the open lead with the same… */
  async captureLead(...args: Parameters<LeadPipelineService["captureLead"]>) {
    return this.leadPipeline_.captureLead(...args)
  }
  /** Applies an admin (or system) change to a lead; every status change joins the history. */
  async updateLeadWithHistory(...args: Parameters<LeadPipelineService["updateLeadWithHistory"]>) {
    return this.leadPipeline_.updateLeadWithHistory(...args)
  }
  /** Undoes `updateLeadWithHistory`: restores the changed columns, drops the history entry. */
  async revertLeadUpdate(...args: Parameters<LeadPipelineService["revertLeadUpdate"]>) {
    return this.leadPipeline_.revertLeadUpdate(...args)
  }
  /** Leads per current status, and lost leads per the status they were lost from. */
  async countLeadFunnel(...args: Parameters<LeadPipelineService["countLeadFunnel"]>) {
    return this.leadPipeline_.countLeadFunnel(...args)
  }

  // ---- services/lead-timeline.ts (LeadTimelineService: the real docs are there) ----
  /** A lead's touches, history, notes, browsing, calculators and conversations, newest first. */
  async leadTimeline(...args: Parameters<LeadTimelineService["leadTimeline"]>) {
    return this.leadTimeline_.leadTimeline(...args)
  }

  // ---- services/lead-behaviour.ts (LeadBehaviourService: the real docs are there) ----
  /** Re-scores open leads whose browsing, simulations or roof lookups changed (bounded per run). */
  async rescoreLeadBehaviour(...args: Parameters<LeadBehaviourService["rescoreLeadBehaviour"]>) {
    return this.leadBehaviour_.rescoreLeadBehaviour(...args)
  }
  /** Compensation of `rescoreLeadBehaviour`. */
  async revertLeadBehaviourScores(...args: Parameters<LeadBehaviourService["revertLeadBehaviourScores"]>) {
    return this.leadBehaviour_.revertLeadBehaviourScores(...args)
  }
  // ---- services/lead-workspace.ts (LeadWorkspaceService: the real docs are there) ----
  /** Adds an operator's note (PII-redacted) to a lead. */
  async addLeadNote(...args: Parameters<LeadWorkspaceService["addLeadNote"]>) { return this.leadWorkspace_.addLeadNote(...args) }
  /** Gives leads without an assignee one by the `leads.assignment` rule. */
  async assignNewLeads(...args: Parameters<LeadWorkspaceService["assignNewLeads"]>) { return this.leadWorkspace_.assignNewLeads(...args) }
  /** Compensation of assignNewLeads. */
  async revertLeadAssignments(...args: Parameters<LeadWorkspaceService["revertLeadAssignments"]>) { return this.leadWorkspace_.revertLeadAssignments(...args) }
  /** A manual create's source, assignee and note, after its capture. */
  async completeManualLead(...args: Parameters<LeadWorkspaceService["completeManualLead"]>) { return this.leadWorkspace_.completeManualLead(...args) }
  /** Compensation of completeManualLead. */
  async revertManualLead(...args: Parameters<LeadWorkspaceService["revertManualLead"]>) { return this.leadWorkspace_.revertManualLead(...args) }
  /** One change over many leads, each through the funnel rules; answered per lead. */
  async bulkUpdateLeads(...args: Parameters<LeadWorkspaceService["bulkUpdateLeads"]>) { return this.leadWorkspace_.bulkUpdateLeads(...args) }
  /** Merges one lead into another in one transaction (history kept, the absorbed one soft-deleted). */
  async mergeLeads(...args: Parameters<LeadWorkspaceService["mergeLeads"]>) { return this.leadWorkspace_.mergeLeads(...args) }
  /** Compensation of mergeLeads. */
  async revertLeadMerge(...args: Parameters<LeadWorkspaceService["revertLeadMerge"]>) { return this.leadWorkspace_.revertLeadMerge(...args) }
  /** Classifies (and, unless a dry run, writes in one transaction) the rows of a CSV import. */
  async importLeads(...args: Parameters<LeadWorkspaceService["importLeads"]>) { return this.leadWorkspace_.importLeads(...args) }
  /** Compensation of a written import. */
  async revertLeadImport(...args: Parameters<LeadWorkspaceService["revertLeadImport"]>) { return this.leadWorkspace_.revertLeadImport(...args) }

  // ---- services/lead-consent.ts (LeadConsentService: the real docs are there) ----
  /** Applies the consent statement a double opt-in token names, once. */
  async confirmLeadConsent(...args: Parameters<LeadConsentService["confirmLeadConsent"]>) {
    return this.leadConsent_.confirmLeadConsent(...args)
  }
  /** Compensation of confirmLeadConsent: the statement undone, the token usable again. */
  async revertLeadConsentConfirmation(...args: Parameters<LeadConsentService["revertLeadConsentConfirmation"]>) {
    return this.leadConsent_.revertLeadConsentConfirmation(...args)
  }
  /** Records a consent statement of a lead; the newest statement of a purpose is in force. */
  async recordLeadConsent(...args: Parameters<LeadConsentService["recordLeadConsent"]>) {
    return this.leadConsent_.recordLeadConsent(...args)
  }
  /** Compensation of recordLeadConsent: restores the lead's columns, drops the history row. */
  async revertLeadConsent(...args: Parameters<LeadConsentService["revertLeadConsent"]>) {
    return this.leadConsent_.revertLeadConsent(...args)
  }

  // ---- services/analytics-ingest.ts (AnalyticsIngestService: the real docs are there) ----
  /** Writes a batch of events in one set-based statement. */
  async ingestEvents(...args: Parameters<AnalyticsIngestService["ingestEvents"]>) {
    return this.analyticsIngest_.ingestEvents(...args)
  }
  /** Stores a validated batch of catalog access logs exactly as `ingestEvents` stores events:… */
  async ingestCatalogAccessLogs(...args: Parameters<AnalyticsIngestService["ingestCatalogAccessLogs"]>) {
    return this.analyticsIngest_.ingestCatalogAccessLogs(...args)
  }
  /** Records an order as analytics: one `purchase` event (message id `order.placed:<order>`,… */
  async recordOrderConversion(...args: Parameters<AnalyticsIngestService["recordOrderConversion"]>) {
    return this.analyticsIngest_.recordOrderConversion(...args)
  }
  /** Gives an order to the customer's most recent accepted financing simulation (accepted… */
  async linkCalculatorsToOrder(...args: Parameters<AnalyticsIngestService["linkCalculatorsToOrder"]>) {
    return this.analyticsIngest_.linkCalculatorsToOrder(...args)
  }
  /** Compensation of linkCalculatorsToOrder: clears only what it set. */
  async unlinkCalculatorsFromOrder(...args: Parameters<AnalyticsIngestService["unlinkCalculatorsFromOrder"]>) {
    return this.analyticsIngest_.unlinkCalculatorsFromOrder(...args)
  }
  /** Marks `led_to_cart` on the catalog access logs of the products now in a cart, by the same… */
  async markCartConversions(...args: Parameters<AnalyticsIngestService["markCartConversions"]>) {
    return this.analyticsIngest_.markCartConversions(...args)
  }

  // ---- services/helio-logging.ts (HelioLoggingService: the real docs are there) ----
  /** Logs a batch of prepared (redacted, costed, flagged) RAG queries to a conversation and… */
  async logRagQueries(...args: Parameters<HelioLoggingService["logRagQueries"]>) {
    return this.helioLogging_.logRagQueries(...args)
  }
  /** The raw aggregates of the Helio metrics for conversations and answers in [from, to]. */
  async getHelioMetricAggregates(...args: Parameters<HelioLoggingService["getHelioMetricAggregates"]>) {
    return this.helioLogging_.getHelioMetricAggregates(...args)
  }
  /** Helio volume, rates, cost and latency per day or week (services/helio-dashboard.ts). */
  async getHelioTimeseries(...args: Parameters<HelioDashboardService["getHelioTimeseries"]>) {
    return this.helioDashboard_.getHelioTimeseries(...args)
  }

  // ---- services/tariffs.ts (TariffsService: the real docs are there) ----
  /** Distributors with residential tariffs at ANEEL, keyed by CNPJ (cached `aneelCacheTtlDays`). */
  async listAneelDistributors(...args: Parameters<TariffsService["listAneelDistributors"]>) {
    return this.tariffs_.listAneelDistributors(...args)
  }
  /** The residential (B1, conventional) tariff of a distributor in force on `at`: TE + TUSD in… */
  async getResidentialTariff(...args: Parameters<TariffsService["getResidentialTariff"]>) {
    return this.tariffs_.getResidentialTariff(...args)
  }
  /** The energy tariff (R$/kWh) of any classification: subgroup, modality, class, subclass,… */
  async getTariff(...args: Parameters<TariffsService["getTariff"]>) {
    return this.tariffs_.getTariff(...args)
  }

  // ---- services/analytics-reports.ts (AnalyticsReportsService: the real docs are there) ----
  /** A report's figures over a range of calendar days, summed per (dimension, key): rolled-up… */
  async getAnalyticsReportRows(...args: Parameters<AnalyticsReportsService["getAnalyticsReportRows"]>) {
    return this.analyticsReports_.getAnalyticsReportRows(...args)
  }
  /** Sessions reaching each funnel step (rule in analytics-reports.ts `funnelSql`). */
  async countFunnelSessions(...args: Parameters<AnalyticsReportsService["countFunnelSessions"]>) {
    return this.analyticsReports_.countFunnelSessions(...args)
  }
  /** Sessions reaching each funnel step per breakdown key (rule in analytics-reports.ts `funnelSql`). */
  async countFunnelSessionsByKey(...args: Parameters<AnalyticsReportsService["countFunnelSessionsByKey"]>) {
    return this.analyticsReports_.countFunnelSessionsByKey(...args)
  }
  /** The latest recorded name of each product id (for report labels). */
  async getCatalogProductNames(...args: Parameters<AnalyticsReportsService["getCatalogProductNames"]>) {
    return this.analyticsReports_.getCatalogProductNames(...args)
  }
  /** Keeps the daily rollups current: recomputes yesterday (in `reportTimezone`) and every… */
  async rollUpAnalytics(...args: Parameters<AnalyticsReportsService["rollUpAnalytics"]>) {
    return this.analyticsReports_.rollUpAnalytics(...args)
  }

  // ---- services/product-analytics.ts (ProductAnalyticsService: the real docs are there) ----
  /** A product's views, carts, purchases, searches and co-viewed products over calendar days. */
  async getProductAnalytics(...args: Parameters<ProductAnalyticsService["getProductAnalytics"]>) {
    return this.productAnalytics_.getProductAnalytics(...args)
  }

  // ---- services/data-health.ts (DataHealthService: the real docs are there) ----
  /** Per table: rows, size, rows per day, oldest row, retention due; and the threshold alerts. */
  async getDataHealth(...args: Parameters<DataHealthService["getDataHealth"]>) {
    return this.dataHealth_.getDataHealth(...args)
  }
  /** The hourly job's step: stores the rows written per ended day of every table (the page's window). */
  async rollUpRowsPerDay(...args: Parameters<DataHealthService["rollUpRowsPerDay"]>) {
    return this.dataHealth_.rollUpRowsPerDay(...args)
  }
  /** Headline figures of a Monday-to-Sunday week beside the week before. */
  async getWeeklyDigest(...args: Parameters<DataHealthService["getWeeklyDigest"]>) {
    return this.dataHealth_.getWeeklyDigest(...args)
  }

  // ---- services/calculator-dashboards.ts (CalculatorDashboardsService: the real docs are there) ----
  /** Financing simulations of a range through the funnel, overall and by term and bank. */
  async getFinancingFunnel(...args: Parameters<CalculatorDashboardsService["getFinancingFunnel"]>) {
    return this.calculatorDashboards_.getFinancingFunnel(...args)
  }
  /** Viability analyses of a range by UF, system size and payback bucket. */
  async getViabilityDistribution(...args: Parameters<CalculatorDashboardsService["getViabilityDistribution"]>) {
    return this.calculatorDashboards_.getViabilityDistribution(...args)
  }
  /** The caches' hits, calls avoided, stale serves, errors and money saved per day or week. */
  async getCacheTimeseries(...args: Parameters<CalculatorDashboardsService["getCacheTimeseries"]>) {
    return this.calculatorDashboards_.getCacheTimeseries(...args)
  }

  // ---- services/analytics-dashboard.ts (AnalyticsDashboardService: the real docs are there) ----
  /** Buckets and totals of each range (the range, then its comparison), aligned by position. */
  async getAnalyticsTimeseries(...args: Parameters<AnalyticsDashboardService["getAnalyticsTimeseries"]>) {
    return this.analyticsDashboard_.getAnalyticsTimeseries(...args)
  }
  /** The overview's dimension rows over a range: rollups without filters, raw rows with them. */
  async getAnalyticsBreakdownRows(...args: Parameters<AnalyticsDashboardService["getAnalyticsBreakdownRows"]>) {
    return this.analyticsDashboard_.getAnalyticsBreakdownRows(...args)
  }
  /** Visits, orders, revenue and leads per channel group or UTM value (services/analytics-attribution.ts). */
  async getAnalyticsAttribution(...args: Parameters<AnalyticsAttributionService["getAnalyticsAttribution"]>) {
    return this.analyticsAttribution_.getAnalyticsAttribution(...args)
  }

  // ---- services/helio-maintenance.ts (HelioMaintenanceService: the real docs are there) ----
  /** Active conversations without a message for `helio.abandonAfterMinutes` become… */
  async abandonInactiveConversations(...args: Parameters<HelioMaintenanceService["abandonInactiveConversations"]>) {
    return this.helioMaintenance_.abandonInactiveConversations(...args)
  }
  /** Compensation of abandonInactiveConversations: rows still abandoned become active again. */
  async reopenAbandonedConversations(...args: Parameters<HelioMaintenanceService["reopenAbandonedConversations"]>) {
    return this.helioMaintenance_.reopenAbandonedConversations(...args)
  }
  /** The Helio retention, in transactions of at most 1000 rows each (no long locks), each… */
  async applyHelioRetention(...args: Parameters<HelioMaintenanceService["applyHelioRetention"]>) {
    return this.helioMaintenance_.applyHelioRetention(...args)
  }
  /** Attributes an order to the customer's conversations active within `helio.orderWindowDays`… */
  async attributeOrderToConversations(...args: Parameters<HelioMaintenanceService["attributeOrderToConversations"]>) {
    return this.helioMaintenance_.attributeOrderToConversations(...args)
  }
  /** Compensation of attributeOrderToConversations: clears only what it set. */
  async undoOrderAttribution(...args: Parameters<HelioMaintenanceService["undoOrderAttribution"]>) {
    return this.helioMaintenance_.undoOrderAttribution(...args)
  }

  // ---- services/upstream-cache.ts (UpstreamCacheService: the real docs are there) ----
  /** Answers `request` from `table`, calling `fetcher` only on a miss. */
  getOrFetch<T>(
    ...args: [table: CacheTable, kind: string, request: object, fetcher: () => Promise<CacheFetchOutcome<T>>, opts: CacheFetchOptions, sharedContext?: Context]
  ): Promise<CacheResult<T>> {
    return this.upstreamCache_.getOrFetch<T>(...args)
  }
  /** Deletes (hard) the entries of both caches that expired more than `cachePurgeGraceDays`… */
  async purgeExpiredCacheEntries(...args: Parameters<UpstreamCacheService["purgeExpiredCacheEntries"]>) {
    return this.upstreamCache_.purgeExpiredCacheEntries(...args)
  }
  /** Empties one cache (or one kind of entries in it), e.g. */
  async purgeCache(...args: Parameters<UpstreamCacheService["purgeCache"]>) {
    return this.upstreamCache_.purgeCache(...args)
  }
  /** Per table and kind: entries (live, expired, negative), hits, upstream calls and errors. */
  async getCacheStats(...args: Parameters<UpstreamCacheService["getCacheStats"]>) {
    return this.upstreamCache_.getCacheStats(...args)
  }
  protected fillCacheEntry_<T>(
    ...args: [table: CacheTable, kind: string, key: string, request: object, fetcher: () => Promise<CacheFetchOutcome<T>>, opts: CacheFetchOptions]
  ): Promise<CacheResult<T> | CacheFailure> {
    return this.upstreamCache_.fillCacheEntry<T>(...args)
  }

  // ---- services/irradiance.ts (IrradianceService: the real docs are there) ----
  /** Yield of a PV system: from the store's pvlib service through the cache (TTL… */
  async getPvlibYield(...args: Parameters<IrradianceService["getPvlibYield"]>) {
    return this.irradiance_.getPvlibYield(...args)
  }

  // ---- services/ingestion-keys.ts (IngestionKeysService: the real docs are there) ----
  /** Creates a key; the token is in the answer only (its SHA-256 is what is stored). */
  async createIngestionKey(...args: Parameters<IngestionKeysService["createIngestionKey"]>) {
    return this.ingestionKeys_.createIngestionKey(...args)
  }
  /** The live (not revoked) key a presented token belongs to, else null; stamps its use. */
  async findActiveIngestionKey(...args: Parameters<IngestionKeysService["findActiveIngestionKey"]>) {
    return this.ingestionKeys_.findActiveIngestionKey(...args)
  }

  // ---- services/roof-lookup.ts (RoofLookupService: the real docs are there) ----
  /** Counts one paid call against today's cap (googleSolarDailySpendCapUsd); false when the… */
  async reserveUpstreamCall(...args: Parameters<RoofLookupService["reserveUpstreamCall"]>) {
    return this.roofLookup_.reserveUpstreamCall(...args)
  }
  /** A roof analysis for a point: reused from a live source analysis, or bought from Google… */
  async lookupPhotogrammetry(...args: Parameters<RoofLookupService["lookupPhotogrammetry"]>) {
    return this.roofLookup_.lookupPhotogrammetry(...args)
  }
  /** Compensation of lookupPhotogrammetry: deletes what it wrote and undoes the reuse count. */
  async undoPhotogrammetryLookup(...args: Parameters<RoofLookupService["undoPhotogrammetryLookup"]>) {
    return this.roofLookup_.undoPhotogrammetryLookup(...args)
  }
  /** Cache figures for the admin: provider analyses bought, reuses, hit rate, money saved. */
  async photogrammetryCacheStats(...args: Parameters<RoofLookupService["photogrammetryCacheStats"]>) {
    return this.roofLookup_.photogrammetryCacheStats(...args)
  }
  private photogrammetryKeys(...args: Parameters<RoofLookupService["photogrammetryKeys"]>) {
    return this.roofLookup_.photogrammetryKeys(...args)
  }
  private fillRoof_(...args: Parameters<RoofLookupService["fillRoof"]>) {
    return this.roofLookup_.fillRoof(...args)
  }

  // ---- services/data-subjects.ts (DataSubjectsService: the real docs are there) ----
  /** Finds every record of one person from any of their identifiers, and says which matched… */
  async resolveDataSubject(...args: Parameters<DataSubjectsService["resolveDataSubject"]>) {
    return this.dataSubjects_.resolveDataSubject(...args)
  }
  /** Counts, first and last dates and links per model, for the subject's summary. */
  async summarizeDataSubject(...args: Parameters<DataSubjectsService["summarizeDataSubject"]>) {
    return this.dataSubjects_.summarizeDataSubject(...args)
  }
  /** One page of a model's rows of the subject, as stored (soft-deleted rows too), by id. */
  async listDataSubjectRows(...args: Parameters<DataSubjectsService["listDataSubjectRows"]>) {
    return this.dataSubjects_.listDataSubjectRows(...args)
  }
  /** The audit record of an export (the export itself is streamed by the route). */
  async recordDataSubjectExport(...args: Parameters<DataSubjectsService["recordDataSubjectExport"]>) {
    return this.dataSubjects_.recordDataSubjectExport(...args)
  }
  /** Anonymises or deletes every row of the person in one transaction and writes the audit record. */
  async eraseDataSubject(...args: Parameters<DataSubjectsService["eraseDataSubject"]>) {
    return this.dataSubjects_.eraseDataSubject(...args)
  }
  /** Audit records of data-subject requests, newest first; with identifiers, only theirs. */
  async listPrivacyAuditRecords(...args: Parameters<DataSubjectsService["listPrivacyAuditRecords"]>) {
    return this.dataSubjects_.listPrivacyAuditRecords(...args)
  }

  // ---- services/data-retention.ts (DataRetentionService: the real docs are there) ----
  /** Deletes every row past its model's retention at `now` (rules in lib/privacy/retention;… */
  async applyDataRetention(...args: Parameters<DataRetentionService["applyDataRetention"]>) {
    return this.dataRetention_.applyDataRetention(...args)
  }

  // ---- services/token-records.ts (TokenRecordsService: the real docs are there) ----
  /** Stores a record with a fresh (or Idempotency-Key-derived) access token. */
  async saveWithToken(...args: Parameters<TokenRecordsService["saveWithToken"]>) {
    return this.tokenRecords_.saveWithToken(...args)
  }
  /** Compensation of saveWithToken: deletes the record. */
  async revertSaveWithToken(...args: Parameters<TokenRecordsService["revertSaveWithToken"]>) {
    return this.tokenRecords_.revertSaveWithToken(...args)
  }
  /** A saved calculation its customer or resume-token holder may see; else 404. */
  retrieveViewableCalculation<T extends Record<string, any> = Record<string, any>>(
    ...args: Parameters<TokenRecordsService["retrieveViewableCalculation"]>
  ): Promise<T> {
    return this.tokenRecords_.retrieveViewableCalculation<T>(...args)
  }
  /** A Helio conversation its customer or session-token holder may see; else 404. */
  async retrieveViewableConversation(...args: Parameters<TokenRecordsService["retrieveViewableConversation"]>) {
    return this.tokenRecords_.retrieveViewableConversation(...args)
  }
}

export default Solar360ModuleService
