import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { isDomainError } from "../../lib/errors"
import {
  LeadCapture,
} from "../../lib/leads"
import { type Geo, parseUserAgent } from "../../lib/analytics"
import { generateIds } from "../../lib/ids/ulid"
import {
  BatchOrigin,
  batchInsertBindings,
  INSERT_CATALOG_ACCESS_LOGS_SQL,
  INSERT_EVENTS_SQL,
  SerializedBatch,
  serializedBatch,
} from "./batch-insert"
import { runRaw } from "./raw-sql"
import type { PseudonymKeysService } from "./services/pseudonym-keys"
import type { RoofLookupService } from "./services/roof-lookup"
import type { UpstreamGuardService } from "./services/upstream-guard"
import type { DataSubjectsService } from "./services/data-subjects"
import type { LeadConsentService } from "./services/lead-consent"
import type { LeadPipelineService } from "./services/lead-pipeline"
import type {
  CaptureLeadResult,
  LeadFunnelFilters,
  LeadStatusUpdate,
  UpdateLeadResult,
} from "./types/leads"
import type { DataSubjectErasureInput, DataSubjectExportInput, PrivacyAuditFilters } from "./types/data-subjects"
import { LeadConsentChange } from "./models/lead-consent-change"
import {
  ConfirmLeadConsentResult,
  LeadConsentInput,
  RecordLeadConsentResult,
} from "./lead-consent"
import {
  DataSubjectErasure,
  DataSubjectResolution,
  DataSubjectSummary,
  SubjectIdSets,
} from "./data-subjects"
import {
  SubjectIdentifiers,
} from "../../lib/privacy"
import {
  emptyRetentionCounts,
  retentionCutoffs,
  retentionRules,
} from "../../lib/privacy/retention"
import {
  countPastRetentionSql,
  DATA_RETENTION_LOCK_KEY,
  DataRetentionResult,
  deletePastRetentionChunkSql,
  RELEASE_DATA_RETENTION_LOCK_SQL,
  TRY_DATA_RETENTION_LOCK_SQL,
} from "./data-retention"
import { HELIO_RETENTION_PENDING_SQL, HelioRetentionPending } from "./helio-maintenance"
import { CacheFailure, fillCacheEntry } from "./cache-fill"
import {
  UpstreamSlots,
} from "./upstream-flight"
import {
  builtinYieldEstimate,
  BuiltinYieldEstimate,
  CACHE_PURGE_CHUNK_SIZE,
  CACHE_SQL,
  CACHE_TABLES,
  CacheFetchOptions,
  CacheFetchOutcome,
  CacheKindStats,
  cacheKey,
  cacheKindStats,
  CacheResult,
  CacheRow,
  CacheTable,
  fetchPvlibYield,
  isCacheTable,
  normalisePvlibRequest,
  PVLIB_YIELD_KIND,
  PvlibYieldRequest,
  PvlibYieldResponse,
  toCacheResult,
} from "./caches"
import {
  LookupPhotogrammetryInput,
  PhotogrammetryCacheStats,
  PhotogrammetryLookupResult,
} from "./photogrammetry-cache"
import { LATEST_CART_SESSION_SQL, MARK_CART_SQL, MARK_PURCHASE_SQL } from "./conversions"
import {
  ADD_EXCHANGES_SQL,
  HELIO_CONVERSATION_AGGREGATES_SQL,
  HELIO_MODEL_TOTALS_SQL,
  HELIO_RESPONSE_TIME_SQL,
  HELIO_TOP_TOPICS_SQL,
  LOCK_CONVERSATION_SQL,
  LOGGED_MESSAGE_IDS_SQL,
} from "./helio-logging"
import { asInvalidData, notFound } from "./errors"
import type { HelioAggregates } from "../../lib/helio"
import {
  AneelDistributor,
  CkanRecord,
  findDistributor,
  listDistributors,
  normaliseDistributorQuery,
  ResidentialTariff,
  selectTariff,
  tariffClassification,
  TariffClassification,
  TariffClassificationChoice,
} from "../../lib/aneel"
import { AneelClientConfig, fetchTariffRows, tariffRowsRequest } from "./clients/aneel"
import {
  LINK_ORDER_TO_ANALYSIS_SQL,
  LINK_ORDER_TO_SIMULATION_SQL,
  UNLINK_ORDER_SQL,
} from "./calculator-orders"
import {
  ABANDON_INACTIVE_CONVERSATIONS_SQL,
  AbandonedConversation,
  AbandonInactiveConversationsResult,
  ATTRIBUTE_ORDER_TO_CONVERSATIONS_SQL,
  BLANK_OLD_CONVERSATIONS_SQL,
  BLANK_OLD_QUERIES_SQL,
  ERASE_CONVERSATIONS_SQL,
  ERASE_QUERIES_SQL,
  HELIO_RETENTION_CHUNK_SIZE,
  HELIO_RETENTION_LOCK_KEY,
  HelioAttributionPrevious,
  HelioOrderAttributionInput,
  HelioOrderAttributionResult,
  HelioRetentionResult,
  REOPEN_ABANDONED_CONVERSATIONS_SQL,
  SET_RETENTION_DATES_SQL,
  TRY_RETENTION_LOCK_SQL,
  UNDO_ORDER_ATTRIBUTION_SQL,
} from "./helio-maintenance"
import {
  AneelCache,
  CatalogAccessLog,
  Event,
  FinancingSimulation,
  HelioConversation,
  Lead,
  LeadStatusChange,
  LeadTouch,
  PhotogrammetryAnalysis,
  PrivacyAudit,
  PrivacySalt,
  PvlibCache,
  RagQuery,
  SolarViabilityAnalysis,
} from "./models"
import { generateIngestionKey, hashIngestionKey, isIngestionKeyShaped } from "../../lib/ingestion-keys"
import { parseSolar360Options, RateLimitedRoute, Solar360Options } from "./options"
import { RateLimitDecision, RateLimiters } from "./rate-limiters"
import {
  addDays,
  contiguousRuns,
  dayInTimeZone,
  DimensionRow,
  listDays,
} from "../../lib/analytics/reports"
import { AnalyticsDailyRollup } from "./models/analytics-daily-rollup"
import { IngestionKey } from "./models/ingestion-key"
import { UpstreamSpend } from "./models/upstream-spend"
import {
  ANALYTICS_REPORTS,
  AnalyticsReport,
  changedDaysSql,
  deleteRollupSql,
  funnelSql,
  insertRollupSql,
  lastRollupSql,
  lockRollupSql,
  markedDaysSql,
  MAX_RAW_WINDOWS,
  productNamesSql,
  type ReportSettings,
  type ReportTop,
  reportRowsSql,
  ROLLUP_DAYS_PER_TRANSACTION,
  ROLLUP_RECHECK_MARGIN_DAYS,
  ROLLUP_SAFETY_MARGIN_MS,
  runSql,
} from "./analytics-reports"

const DAY_MS = 24 * 60 * 60 * 1000

/** A RAG query ready to store: content redacted, tokens checked, cost and review flags set. */
export type PreparedRagQuery = Record<string, unknown> & {
  message_id?: string | null
  customer_id?: string | null
  session_id?: string | null
  total_tokens?: number | null
  estimated_cost_usd?: number | null
  total_response_time_ms?: number | null
  contains_pii: boolean
  pii_redacted: boolean
}

export type LoggedRagQueries = {
  conversation_id: string
  created_ids: string[]
  /** One per submitted query, in order: its id, or `duplicate` when its message_id was logged. */
  results: Array<{ message_id: string | null; id: string | null; duplicate: boolean }>
}

export type AneelCacheInfo = { hit: boolean; stale: boolean; fetched_at: Date; expires_at: Date }

export type AneelTariff = ResidentialTariff & {
  classification: TariffClassification
  source: "aneel"
  taxes_included: false
  cache: AneelCacheInfo
}

export type HelioMetricAggregates = {
  conversations: HelioAggregates
  response_time_ms: { p50: number | null; p95: number | null; timed: number }
  models: Array<{
    llm_model: string
    queries: number
    prompt_tokens: number
    completion_tokens: number
    cached_tokens: number
    reasoning_tokens: number
    total_tokens: number
    cost_usd: number
    queries_without_cost: number
  }>
  top_topics: Array<{ topic: string; conversations: number }>
}

export type CalculatorOrderLinkInput = {
  order_id: string
  customer_id: string | null
  placed_at: Date | string
}

export type CalculatorOrderLinks = {
  financing_simulation_ids: string[]
  solar_viability_analysis_ids: string[]
}

type BatchItem = Record<string, any> & { message_id: string; occurred_at?: Date | null }

/** A batch of validated events plus what the request tells about its sender. */
export type IngestEventsInput = {
  /**
   * The validated items, or the same array already serialised (`SerializedBatch`): a route
   * serialises once and the workflow engine then copies one string instead of every object.
   */
  events: BatchItem[] | SerializedBatch
  received_at: Date
  sent_at?: Date | null
  customer_id?: string | null
  ip?: string | null
  user_agent?: string | null
  /**
   * The location a trusted proxy reported (option `geoHeaders`), read by the route: request
   * headers themselves never enter a workflow input (they carry cookies and credentials).
   */
  geo?: Geo | null
}

export type OrderConversionInput = {
  order_id: string
  cart_id?: string | null
  customer_id?: string | null
  placed_at: Date
  currency_code?: string | null
  total: number | null
  items: Array<{
    product_id?: string | null
    sku?: string | null
    title?: string | null
    quantity: number
    total: number | null
  }>
}

export type CartConversionInput = {
  cart_id: string
  customer_id?: string | null
  product_ids: string[]
  /** When the cart changed; defaults to now. */
  at?: Date | null
}

/** The internal services (services/), registered in the module's container by Medusa's loader. */
type InjectedDependencies = Record<string, unknown> & {
  pseudonymKeysService: PseudonymKeysService
  roofLookupService: RoofLookupService
  upstreamGuardService: UpstreamGuardService
  dataSubjectsService: DataSubjectsService
  leadPipelineService: LeadPipelineService
  leadConsentService: LeadConsentService
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

  protected readonly upstreamGuard_: UpstreamGuardService

  constructor(container: InjectedDependencies, rawOptions?: unknown) {
    super(...arguments)
    this.pseudonymKeys_ = container.pseudonymKeysService
    this.roofLookup_ = container.roofLookupService
    this.dataSubjects_ = container.dataSubjectsService
    this.leadPipeline_ = container.leadPipelineService
    this.leadConsent_ = container.leadConsentService
    this.options = parseSolar360Options(rawOptions)
    this.upstreamGuard_ = container.upstreamGuardService
  }

  private rateLimiters_?: RateLimiters

  /**
   * Counts one call of a rate-limited route by a client (`customer:<id>` or `ip:<hash>`):
   * `allowed: false` with the seconds to wait once the client is over the route's limit.
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
   * Stores a lead captured from the storefront, or folds it into the open lead with the same
   * e-mail or phone (dedupe), in one transaction under advisory locks on both.
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

  /**
   * Writes a batch of events in one set-based statement. Events whose message_id is already
   * stored are skipped (idempotent retries). Enrichment happens once per batch: the IP
   * becomes the day's `ip_hash`, the user agent becomes device/browser/OS and `is_bot`,
   * trusted proxy headers (option `geoHeaders`) give the location. Returns the new ids.
   *
   * No transaction of its own: one INSERT is atomic already, and BEGIN/COMMIT were two more
   * round trips per batch. Inside a caller's transaction it joins that transaction.
   */
  @InjectManager()
  async ingestEvents(
    input: IngestEventsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ inserted_ids: string[] }> {
    const manager = sharedContext.transactionManager ?? sharedContext.manager
    return this.insertBatch(INSERT_EVENTS_SQL, "evt", input, manager)
  }

  /**
   * Stores a validated batch of catalog access logs exactly as `ingestEvents` stores events:
   * enriched, one statement (atomic without a transaction), stored message_ids skipped.
   */
  @InjectManager()
  async ingestCatalogAccessLogs(
    input: IngestEventsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ inserted_ids: string[] }> {
    const manager = sharedContext.transactionManager ?? sharedContext.manager
    return this.insertBatch(INSERT_CATALOG_ACCESS_LOGS_SQL, "cal", input, manager)
  }

  /**
   * The shared write path of the ingestion batches: the server-side enrichment (daily IP
   * hash, parsed User-Agent, bot flag, trusted geo headers, clock fields, customer) is worked
   * out once per batch and bound beside the items; one set-based INSERT inside the current
   * transaction applies it to every row.
   */
  private async insertBatch(
    sql: string,
    idPrefix: string,
    input: IngestEventsInput,
    // The caller's transaction manager (from @InjectTransactionManager)
    manager: any
  ): Promise<{ inserted_ids: string[] }> {
    const batch = serializedBatch(input.events)
    if (!batch.count) {
      return { inserted_ids: [] }
    }
    // Workflow inputs are serialised: dates may arrive as ISO strings.
    const receivedAt = new Date(input.received_at)
    const ip_hash = input.ip
      ? await this.pseudonymKeys_.hashRequestIp(input.ip, input.user_agent ?? "", receivedAt)
      : null
    const origin: BatchOrigin = {
      received_at: receivedAt,
      sent_at: input.sent_at ? new Date(input.sent_at) : null,
      customer_id: input.customer_id ?? null,
      ...parseUserAgent(input.user_agent),
      country: input.geo?.country ?? null,
      region: input.geo?.region ?? null,
      city: input.geo?.city ?? null,
      timezone: input.geo?.timezone ?? null,
      ip_hash,
    }
    const ids = generateIds(idPrefix, batch.count, receivedAt.getTime())
    const inserted = await runRaw<{ id: string }>(
      manager,
      sql,
      batchInsertBindings(batch.json, ids, origin)
    )
    return { inserted_ids: inserted.map((row) => row.id) }
  }

  /**
   * Records an order as analytics: one `purchase` event (message id `order.placed:<order>`,
   * so a redelivery inserts nothing), tied to the cart's latest browsing session, and marks
   * the catalog access logs that led to it (`led_to_purchase`, order, value, minutes).
   */
  @InjectManager()
  async recordOrderConversion(
    input: OrderConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ purchase_event_id: string | null; marked_log_ids: string[] }> {
    return this.recordOrderConversion_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordOrderConversion_(
    input: OrderConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ purchase_event_id: string | null; marked_log_ids: string[] }> {
    const manager = sharedContext.transactionManager
    const placedAt = new Date(input.placed_at)
    const cartId = input.cart_id ?? null
    const [session] = cartId ? await runRaw(manager, LATEST_CART_SESSION_SQL, [cartId]) : []

    const currency = input.currency_code?.toLowerCase() ?? null
    const purchase = {
      message_id: `order.placed:${input.order_id}`,
      event_name: "purchase",
      category: "ecommerce",
      occurred_at: placedAt,
      value: input.total,
      order_id: input.order_id,
      order_value: input.total,
      order_data: { items: input.items },
      currency_code: currency,
      cart_id: cartId,
      session_id: session?.session_id ?? null,
      anonymous_id: session?.anonymous_id ?? null,
    }
    const { inserted_ids } = await this.insertBatch(
      INSERT_EVENTS_SQL,
      "evt",
      { events: [purchase], received_at: new Date(), customer_id: input.customer_id ?? null },
      manager
    )

    const valueByProduct = new Map<string, number>()
    for (const item of input.items) {
      if (item.product_id) {
        const value = valueByProduct.get(item.product_id) ?? 0
        valueByProduct.set(item.product_id, value + (item.total ?? 0))
      }
    }
    if (!valueByProduct.size) {
      return { purchase_event_id: inserted_ids[0] ?? null, marked_log_ids: [] }
    }
    const lines = [...valueByProduct].map(([product_id, value]) => ({ product_id, value }))
    const isBrl = currency === "brl"
    const marked = await runRaw<{ id: string }>(manager, MARK_PURCHASE_SQL, [
      input.order_id,
      placedAt.toISOString(),
      isBrl,
      isBrl,
      JSON.stringify(lines),
      placedAt.toISOString(),
      this.options.attributionWindowDays,
      placedAt.toISOString(),
      input.customer_id ?? null,
      cartId,
      cartId,
      cartId,
    ])
    return {
      purchase_event_id: inserted_ids[0] ?? null,
      marked_log_ids: marked.map((row) => row.id),
    }
  }

  /**
   * Gives an order to the customer's most recent accepted financing simulation (accepted
   * within `calculatorOrderWindowDays` before the order) and to its viability analysis.
   * A redelivered `order.placed` changes nothing.
   */
  @InjectManager()
  async linkCalculatorsToOrder(
    input: CalculatorOrderLinkInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CalculatorOrderLinks> {
    return this.linkCalculatorsToOrder_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async linkCalculatorsToOrder_(
    input: CalculatorOrderLinkInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CalculatorOrderLinks> {
    const links: CalculatorOrderLinks = { financing_simulation_ids: [], solar_viability_analysis_ids: [] }
    if (!input.customer_id) {
      return links
    }
    const manager = sharedContext.transactionManager
    const placedAt = new Date(input.placed_at)
    const since = new Date(placedAt.getTime() - this.options.calculatorOrderWindowDays * DAY_MS)
    const simulations = await runRaw<{ id: string; solar_viability_analysis_id: string | null }>(
      manager,
      LINK_ORDER_TO_SIMULATION_SQL,
      { order_id: input.order_id, customer_id: input.customer_id, since, placed_at: placedAt }
    )
    links.financing_simulation_ids = simulations.map((row) => row.id)
    for (const { solar_viability_analysis_id: analysisId } of simulations) {
      if (analysisId) {
        const analyses = await runRaw<{ id: string }>(manager, LINK_ORDER_TO_ANALYSIS_SQL, {
          order_id: input.order_id,
          analysis_id: analysisId,
        })
        links.solar_viability_analysis_ids.push(...analyses.map((row) => row.id))
      }
    }
    return links
  }

  /** Compensation of linkCalculatorsToOrder: clears only what it set. */
  @InjectManager()
  async unlinkCalculatorsFromOrder(
    order_id: string,
    links: CalculatorOrderLinks,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await runRaw(sharedContext.manager, UNLINK_ORDER_SQL, {
      order_id,
      simulation_ids: JSON.stringify(links.financing_simulation_ids),
      analysis_ids: JSON.stringify(links.solar_viability_analysis_ids),
    })
  }

  /**
   * Logs a batch of prepared (redacted, costed, flagged) RAG queries to a conversation and
   * adds them to its counters, all in one transaction. Queries whose `message_id` is already
   * logged are skipped (a retry), and only new ones count. 404 for an unknown conversation.
   */
  @InjectManager()
  async logRagQueries(
    conversationId: string,
    queries: PreparedRagQuery[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoggedRagQueries> {
    return this.logRagQueries_(conversationId, queries, sharedContext)
  }

  @InjectTransactionManager()
  protected async logRagQueries_(
    conversationId: string,
    queries: PreparedRagQuery[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoggedRagQueries> {
    const manager = sharedContext.transactionManager
    const [conversation] = await runRaw<{ id: string; customer_id: string | null; session_id: string | null }>(
      manager,
      LOCK_CONVERSATION_SQL,
      { id: conversationId }
    )
    if (!conversation) {
      throw notFound(`Helio conversation with id "${conversationId}" was not found`)
    }
    const messageIds = queries.map((query) => query.message_id).filter((id): id is string => Boolean(id))
    const logged = messageIds.length
      ? await runRaw<{ message_id: string }>(manager, LOGGED_MESSAGE_IDS_SQL, {
          conversation_id: conversationId,
          message_ids: JSON.stringify(messageIds),
        })
      : []
    const seen = new Set(logged.map((row) => row.message_id))
    const fresh: PreparedRagQuery[] = []
    const results: LoggedRagQueries["results"] = []
    for (const query of queries) {
      if (query.message_id && seen.has(query.message_id)) {
        results.push({ message_id: query.message_id, id: null, duplicate: true })
        continue
      }
      if (query.message_id) {
        seen.add(query.message_id)
      }
      fresh.push(query)
      results.push({ message_id: query.message_id ?? null, id: null, duplicate: false })
    }
    if (!fresh.length) {
      return { conversation_id: conversationId, created_ids: [], results }
    }
    const created = (await this.createRagQueries(
      fresh.map((query) => ({
        ...query,
        conversation_id: conversationId,
        customer_id: query.customer_id ?? conversation.customer_id,
        session_id: query.session_id ?? conversation.session_id,
      })) as any[],
      sharedContext
    )) as unknown as Array<{ id: string }>
    let next = 0
    for (const result of results) {
      if (!result.duplicate) {
        result.id = created[next++].id
      }
    }
    const costs = fresh.map((query) => query.estimated_cost_usd).filter((cost): cost is number => cost !== null && cost !== undefined)
    const times = fresh.map((query) => query.total_response_time_ms).filter((ms): ms is number => ms !== null && ms !== undefined)
    const now = new Date()
    await runRaw(manager, ADD_EXCHANGES_SQL, {
      id: conversationId,
      exchanges: fresh.length,
      tokens: fresh.reduce((sum, query) => sum + (query.total_tokens ?? 0), 0),
      has_cost: costs.length > 0,
      cost: costs.reduce((sum, cost) => sum + cost, 0),
      response_time_sum: times.reduce((sum, ms) => sum + ms, 0),
      timed_responses: times.length,
      first_at: now,
      last_at: now,
      contains_pii: fresh.some((query) => query.contains_pii),
      pii_redacted: fresh.some((query) => query.pii_redacted),
    })
    return { conversation_id: conversationId, created_ids: created.map((row) => row.id), results }
  }

  /** Distributors with residential tariffs at ANEEL, keyed by CNPJ (cached `aneelCacheTtlDays`). */
  @InjectManager()
  async listAneelDistributors(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ distributors: AneelDistributor[]; cache: AneelCacheInfo }> {
    const config = this.aneelConfig()
    const result = await this.getOrFetch<CkanRecord[]>(
      "aneel_cache",
      "distributors",
      tariffRowsRequest(config),
      () => fetchTariffRows(config),
      this.aneelCacheOptions(),
      sharedContext
    )
    return {
      distributors: result.found ? listDistributors(result.value ?? []) : [],
      cache: { hit: result.hit, stale: result.stale, fetched_at: result.fetched_at, expires_at: result.expires_at },
    }
  }

  /**
   * The residential (B1, conventional) tariff of a distributor in force on `at`: TE + TUSD in
   * R$/kWh, validity and REH, without taxes (ANEEL publishes tariffs before ICMS and
   * PIS/COFINS). `distributor` is a CNPJ or an ANEEL acronym ("ENEL SP", "cemig-d").
   */
  @InjectManager()
  async getResidentialTariff(
    distributor: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AneelTariff> {
    return this.getTariff(distributor, {}, at, sharedContext)
  }

  /**
   * The energy tariff (R$/kWh) of any classification: subgroup, modality, class, subclass,
   * detail and posto as ANEEL publishes them; each one left out keeps the residential value.
   */
  @InjectManager()
  async getTariff(
    distributor: string,
    choice: TariffClassificationChoice = {},
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AneelTariff> {
    const query = asInvalidData(() => normaliseDistributorQuery(distributor))
    let cnpj = query.by === "cnpj" ? query.value : null
    if (!cnpj) {
      const { distributors } = await this.listAneelDistributors(sharedContext)
      cnpj = findDistributor(distributors, query)?.cnpj ?? null
    }
    if (!cnpj) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No distributor "${distributor}" has residential tariffs at ANEEL`,
        "solar360_distributor_not_found"
      )
    }
    const classification: TariffClassification = tariffClassification(choice)
    const config = this.aneelConfig()
    const filter = { NumCNPJDistribuidora: cnpj }
    const result = await this.getOrFetch<CkanRecord[]>(
      "aneel_cache",
      "tariffs",
      tariffRowsRequest(config, filter, classification),
      () => fetchTariffRows(config, filter, classification),
      this.aneelCacheOptions(),
      sharedContext
    )
    const tariff = result.found
      ? asInvalidData(() => selectTariff(result.value ?? [], { at, distributor_cnpj: cnpj!, classification }))
      : null
    if (!tariff) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `ANEEL has no ${classification.DscSubGrupo} ${classification.DscClasse} tariff of "${distributor}" ` +
          `in force on ${at.toISOString().slice(0, 10)}`,
        "solar360_tariff_not_found"
      )
    }
    return {
      ...tariff,
      classification,
      source: "aneel",
      taxes_included: false,
      cache: { hit: result.hit, stale: result.stale, fetched_at: result.fetched_at, expires_at: result.expires_at },
    }
  }

  private aneelConfig(): AneelClientConfig {
    return {
      baseUrl: this.options.aneelBaseUrl,
      resourceId: this.options.aneelTariffResourceId,
      timeoutMs: this.options.upstreamTimeoutMs,
    }
  }

  private aneelCacheOptions() {
    return {
      ttlMs: this.options.aneelCacheTtlDays * DAY_MS,
      negativeTtlMs: this.options.negativeCacheTtlHours * 60 * 60 * 1000,
      staleIfErrorMs: this.options.staleIfErrorHours * 60 * 60 * 1000,
      timeoutMs: this.options.upstreamTimeoutMs,
    }
  }

  /** The raw aggregates of the Helio metrics for conversations and answers in [from, to]. */
  @InjectManager()
  async getHelioMetricAggregates(
    range: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioMetricAggregates> {
    const manager = sharedContext.manager
    const [conversations] = await runRaw(manager, HELIO_CONVERSATION_AGGREGATES_SQL, range)
    const [responseTimes] = await runRaw(manager, HELIO_RESPONSE_TIME_SQL, range)
    const models = await runRaw(manager, HELIO_MODEL_TOTALS_SQL, range)
    const topics = await runRaw(manager, HELIO_TOP_TOPICS_SQL, range)
    return {
      conversations: conversations as HelioMetricAggregates["conversations"],
      response_time_ms: responseTimes as HelioMetricAggregates["response_time_ms"],
      // bigint sums arrive as strings from pg.
      models: models.map((row) => ({
        ...row,
        prompt_tokens: Number(row.prompt_tokens),
        completion_tokens: Number(row.completion_tokens),
        cached_tokens: Number(row.cached_tokens),
        reasoning_tokens: Number(row.reasoning_tokens),
        total_tokens: Number(row.total_tokens),
      })) as HelioMetricAggregates["models"],
      top_topics: topics as HelioMetricAggregates["top_topics"],
    }
  }

  /**
   * Marks `led_to_cart` on the catalog access logs of the products now in a cart, by the
   * same person, inside the attribution window. Idempotent: only false flags flip.
   */
  @InjectManager()
  async markCartConversions(
    input: CartConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ marked_log_ids: string[] }> {
    return this.markCartConversions_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async markCartConversions_(
    input: CartConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ marked_log_ids: string[] }> {
    const productIds = [...new Set(input.product_ids.filter(Boolean))]
    if (!productIds.length) {
      return { marked_log_ids: [] }
    }
    const at = new Date(input.at ?? Date.now()).toISOString()
    const marked = await runRaw<{ id: string }>(sharedContext.transactionManager, MARK_CART_SQL, [
      input.cart_id,
      JSON.stringify(productIds),
      at,
      this.options.attributionWindowDays,
      at,
      input.customer_id ?? null,
      input.cart_id,
      input.cart_id,
      input.cart_id,
    ])
    return { marked_log_ids: marked.map((row) => row.id) }
  }

  // ---- Analytics reports (issue 4, admin side). SQL in analytics-reports.ts. ----

  /**
   * A report's figures over a range of calendar days, summed per (dimension, key): rolled-up
   * days from `analytics_daily_rollup`, the others from raw rows, in one statement. With
   * `top`, only the rows the report shows are read (see `reportRowsSql`); routes always pass it.
   */
  @InjectManager()
  async getAnalyticsReportRows(
    report: AnalyticsReport,
    range: { from: string; to: string },
    top?: ReportTop,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DimensionRow[]> {
    const timeZone = this.options.reportTimezone
    const marked = new Set(
      (await runSql(sharedContext, markedDaysSql(report, range.from, range.to))).map(
        (row: { day: string }) => row.day
      )
    )
    const unmarked = listDays(range.from, range.to).filter((day) => !marked.has(day))
    const rawWindows = contiguousRuns(unmarked, MAX_RAW_WINDOWS).map((run) => ({ ...run, timeZone }))
    const rows = await runSql(
      sharedContext,
      reportRowsSql(report, { ...range, timeZone }, rawWindows, this.reportSettings(), top)
    )
    return rows.map((row: { dimension: string; key: string; value: string | number }) => ({
      dimension: row.dimension,
      key: row.key,
      value: Number(row.value),
    }))
  }

  private reportSettings(): ReportSettings {
    return { coViewMaxProductsPerSession: this.options.coViewMaxProductsPerSession }
  }

  /** Sessions reaching each funnel step (rule in analytics-reports.ts `funnelSql`). */
  @InjectManager()
  async countFunnelSessions(
    steps: string[],
    range: { from: string; to: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number[]> {
    const [row] = await runSql(
      sharedContext,
      funnelSql(steps, { ...range, timeZone: this.options.reportTimezone })
    )
    return steps.map((_, index) => Number(row[`step_${index + 1}`]))
  }

  /** The latest recorded name of each product id (for report labels). */
  @InjectManager()
  async getCatalogProductNames(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, string>> {
    if (!productIds.length) {
      return {}
    }
    const rows = await runSql(sharedContext, productNamesSql(productIds))
    return Object.fromEntries(
      rows.map((row: { product_id: string; product_name: string }) => [row.product_id, row.product_name])
    )
  }

  /**
   * Keeps the daily rollups current: recomputes yesterday (in `reportTimezone`) and every
   * ended day with rows written, changed or soft-deleted since the previous run (all days with
   * data on the first run), in transactions of at most 31 days. `days` forces a recompute of
   * those days as well (e.g. after an erasure of old rows). Idempotent. Today is never stored:
   * reports always read it from raw rows.
   */
  @InjectManager()
  async rollUpAnalytics(
    at: Date = new Date(),
    options: { days?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ days: Record<AnalyticsReport, string[]> }> {
    const timeZone = this.options.reportTimezone
    const today = dayInTimeZone(at, timeZone)
    const recheckDays = this.options.attributionWindowDays + ROLLUP_RECHECK_MARGIN_DAYS
    const recheckFrom = new Date(at.getTime() - recheckDays * DAY_MS)
    const result = {} as Record<AnalyticsReport, string[]>
    for (const report of ANALYTICS_REPORTS) {
      const [{ at: lastRun }] = await runSql(sharedContext, lastRollupSql(report))
      // Margin for rows whose transaction began before the last run and committed after it.
      const since = lastRun ? new Date(new Date(lastRun).getTime() - ROLLUP_SAFETY_MARGIN_MS) : null
      const changed = await runSql(sharedContext, changedDaysSql(since, recheckFrom, timeZone))
      const changedDays: string[] = changed.map((row: { day: string }) => row.day).filter(Boolean)
      // The first run also stores the empty days between the first data and yesterday, so
      // later reports find one run of stored days and scan raw rows only at its edges.
      const backfill =
        since === null && changedDays.length
          ? listDays(changedDays.reduce((a, b) => (a < b ? a : b)), addDays(today, -1))
          : []
      const days = [
        ...new Set([addDays(today, -1), ...(options.days ?? []), ...changedDays, ...backfill]),
      ]
        .filter((day) => day && day < today)
        .sort()
      for (let start = 0; start < days.length; start += ROLLUP_DAYS_PER_TRANSACTION) {
        await this.rollUpAnalyticsDays_(
          report,
          days.slice(start, start + ROLLUP_DAYS_PER_TRANSACTION),
          sharedContext
        )
      }
      result[report] = days
    }
    return { days: result }
  }

  @InjectTransactionManager()
  protected async rollUpAnalyticsDays_(
    report: AnalyticsReport,
    days: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await runSql(sharedContext, lockRollupSql(report))
    await runSql(sharedContext, deleteRollupSql(report, days))
    await runSql(sharedContext, insertRollupSql(report, days, this.options.reportTimezone, this.reportSettings()))
  }

  // ---- Helio maintenance: abandonment, content retention, order attribution. SQL in helio-maintenance.ts. ----

  /**
   * Active conversations without a message for `helio.abandonAfterMinutes` become
   * `abandoned`, ending at their last activity (duration from start to it). One statement.
   */
  @InjectManager()
  async abandonInactiveConversations(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AbandonInactiveConversationsResult> {
    const cutoff = new Date(now.getTime() - this.options.helio.abandonAfterMinutes * 60_000)
    const rows = await runRaw<AbandonedConversation>(
      sharedContext.transactionManager ?? sharedContext.manager,
      ABANDON_INACTIVE_CONVERSATIONS_SQL,
      { cutoff }
    )
    return {
      count: rows.length,
      conversation_ids: rows.map((row) => row.id),
      previous: rows.map(({ id, ended_at, duration_seconds }) => ({ id, ended_at, duration_seconds })),
    }
  }

  /** Compensation of abandonInactiveConversations: rows still abandoned become active again. */
  @InjectManager()
  async reopenAbandonedConversations(
    previous: AbandonedConversation[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!previous.length) {
      return
    }
    await runRaw(sharedContext.transactionManager ?? sharedContext.manager, REOPEN_ABANDONED_CONVERSATIONS_SQL, {
      previous: JSON.stringify(previous),
    })
  }

  /**
   * The Helio retention, in transactions of at most 1000 rows each (no long locks), each
   * holding the retention advisory lock (taken without waiting: when another instance holds
   * it, this run stops and says so). In order: missing `data_retention_until` set; conversations
   * with `user_requested_deletion` or past their retention date erased (content and identity,
   * their queries too); then content older than `helio.contentRetentionDays` blanked. Numbers
   * (tokens, costs, timings, counters, conversion) always stay. Idempotent.
   */
  @InjectManager()
  async applyHelioRetention(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioRetentionResult> {
    const cutoff = new Date(now.getTime() - this.options.helio.contentRetentionDays * DAY_MS)
    const limit = HELIO_RETENTION_CHUNK_SIZE
    const steps: Array<[Exclude<keyof HelioRetentionResult, "locked_out">, string, Record<string, unknown>]> = [
      ["retention_dates_set", SET_RETENTION_DATES_SQL, { days: this.options.helio.conversationRetentionDays, limit }],
      ["conversations_erased", ERASE_CONVERSATIONS_SQL, { now, limit }],
      ["queries_erased", ERASE_QUERIES_SQL, { now, limit }],
      ["queries_blanked", BLANK_OLD_QUERIES_SQL, { cutoff, now, limit }],
      ["conversations_blanked", BLANK_OLD_CONVERSATIONS_SQL, { cutoff, now, limit }],
    ]
    const result: HelioRetentionResult = {
      retention_dates_set: 0,
      conversations_erased: 0,
      queries_erased: 0,
      queries_blanked: 0,
      conversations_blanked: 0,
      locked_out: false,
    }
    for (const [kind, sql, bindings] of steps) {
      for (;;) {
        const count = await this.applyHelioRetentionChunk_(sql, bindings, sharedContext)
        if (count === null) {
          result.locked_out = true
          return result
        }
        result[kind] += count
        // Fewer than a chunk: nothing left (or only rows locked by a writer, left for the next run).
        if (count < limit) {
          break
        }
      }
    }
    return result
  }

  /** One chunk of the retention in its own transaction; null when another instance holds the lock. */
  @InjectTransactionManager()
  protected async applyHelioRetentionChunk_(
    sql: string,
    bindings: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number | null> {
    const manager = sharedContext.transactionManager
    const [{ locked }] = await runRaw<{ locked: boolean }>(manager, TRY_RETENTION_LOCK_SQL, {
      key: HELIO_RETENTION_LOCK_KEY,
    })
    if (!locked) {
      return null
    }
    const [{ count }] = await runRaw<{ count: number }>(manager, sql, bindings)
    return Number(count)
  }

  /**
   * Attributes an order to the customer's conversations active within `helio.orderWindowDays`
   * before it: `led_to_purchase`, `order_id`, `order_value` (and its raw value) and
   * `products_purchased` = `{ product_ids, recommended_and_purchased }` (the order's distinct
   * products in id order, and those of them recommended in the conversation or its queries). One statement; a redelivered
   * `order.placed` changes nothing, and no conversation gets a second order.
   */
  @InjectManager()
  async attributeOrderToConversations(
    input: HelioOrderAttributionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioOrderAttributionResult> {
    if (!input.customer_id) {
      return { conversation_ids: [], previous: [] }
    }
    const placedAt = new Date(input.placed_at)
    const since = new Date(placedAt.getTime() - this.options.helio.orderWindowDays * DAY_MS)
    // Sorted: Medusa lists an order's items in no guaranteed order, and the stored lists should
    // not change between two reads of the same order.
    const productIds = [...new Set(input.product_ids.filter(Boolean))].sort()
    const rows = await runRaw<HelioAttributionPrevious>(
      sharedContext.transactionManager ?? sharedContext.manager,
      ATTRIBUTE_ORDER_TO_CONVERSATIONS_SQL,
      {
        order_id: input.order_id,
        customer_id: input.customer_id,
        since,
        placed_at: placedAt,
        order_value: input.order_value === null || input.order_value === undefined ? null : String(input.order_value),
        product_ids: JSON.stringify(productIds),
      }
    )
    return { conversation_ids: rows.map((row) => row.id), previous: rows }
  }

  /** Compensation of attributeOrderToConversations: clears only what it set. */
  @InjectManager()
  async undoOrderAttribution(
    order_id: string,
    previous: HelioAttributionPrevious[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!previous.length) {
      return
    }
    await runRaw(sharedContext.transactionManager ?? sharedContext.manager, UNDO_ORDER_ATTRIBUTION_SQL, {
      order_id,
      previous: JSON.stringify(previous),
    })
  }

  // ---- External-API caches (ANEEL, pvlib): one cache-through mechanism. SQL in caches.ts. ----

  // Misses in flight in this process, by table and key: concurrent callers share one fetch.
  private readonly cacheFlights = new Map<string, Promise<CacheResult<unknown> | CacheFailure>>()

  // Upstream calls in flight in this instance, per kind: shared with the roof lookup.
  protected get upstreamSlots(): UpstreamSlots {
    return this.upstreamGuard_.slots
  }

  /**
   * Answers `request` from `table`, calling `fetcher` only on a miss. A fresh entry counts a
   * hit. A miss is fetched once however many callers ask at the same time: within this process
   * they share one promise; across instances the first to claim the key's lease fetches and the
   * others poll until it has stored the answer (see cache-fill.ts). No database connection is
   * held while the upstream is called. Found answers live `ttlMs`, "not found" answers
   * `negativeTtlMs`. When the upstream fails (or exceeds `timeoutMs`, or `upstreamConcurrency`
   * is used up), an entry expired less than `staleIfErrorMs` ago is served with `stale: true`;
   * otherwise a MedusaError `solar360_upstream_timeout` / `solar360_upstream_error` /
   * `solar360_upstream_busy` is thrown (a failure is recorded on the entry either way). Errors
   * other than `UpstreamError` are bugs and propagate untouched.
   */
  @InjectManager()
  async getOrFetch<T>(
    table: CacheTable,
    kind: string,
    request: object,
    fetcher: () => Promise<CacheFetchOutcome<T>>,
    opts: CacheFetchOptions,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheResult<T>> {
    if (!isCacheTable(table)) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Unknown cache table "${String(table)}"`)
    }
    const key = cacheKey(kind, request)
    const [fresh] = await runRaw<CacheRow>(
      sharedContext.transactionManager ?? sharedContext.manager,
      CACHE_SQL[table].hit,
      { key, now: new Date() }
    )
    if (fresh) {
      return toCacheResult<T>(fresh, true, false)
    }
    const flightKey = `${table}:${key}`
    let flight = this.cacheFlights.get(flightKey)
    if (!flight) {
      flight = this.fillCacheEntry_(table, kind, key, request, fetcher, opts, sharedContext).finally(() =>
        this.cacheFlights.delete(flightKey)
      )
      this.cacheFlights.set(flightKey, flight)
    }
    const outcome = await flight
    if ("failure" in outcome) {
      // Every caller sharing the flight logs it: one line per failed request.
      this.upstreamGuard_.log.warn(`solar360 ${outcome.failure} (${table}, ${kind}): ${outcome.detail}`)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, outcome.message, outcome.failure)
    }
    return outcome as CacheResult<T>
  }

  /** The cross-instance miss path (cache-fill.ts), without the in-process sharing above. */
  // No transaction on purpose: each statement commits alone, none is open during the fetch.
  @InjectManager()
  // eslint-disable-next-line @medusajs/use-inject-manager-on-public-methods
  protected async fillCacheEntry_<T>(
    table: CacheTable,
    kind: string,
    key: string,
    request: object,
    fetcher: () => Promise<CacheFetchOutcome<T>>,
    opts: CacheFetchOptions,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheResult<T> | CacheFailure> {
    return fillCacheEntry(
      {
        // Never the caller's transaction: the point is to hold no connection while fetching.
        manager: sharedContext.manager ?? sharedContext.transactionManager,
        slots: this.upstreamSlots,
        upstreamTimeoutMs: this.options.upstreamTimeoutMs,
      },
      table,
      kind,
      key,
      request,
      fetcher,
      opts
    )
  }

  /**
   * Deletes (hard) the entries of both caches that expired more than `cachePurgeGraceDays`
   * before `now` (kept until then for stale-if-error), in statements of 5000 rows.
   */
  @InjectManager()
  async purgeExpiredCacheEntries(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ deleted: number; by_table: Record<CacheTable, number> }> {
    const manager = sharedContext.transactionManager ?? sharedContext.manager
    const cutoff = new Date(now.getTime() - this.options.cachePurgeGraceDays * DAY_MS)
    const byTable = {} as Record<CacheTable, number>
    for (const table of CACHE_TABLES) {
      byTable[table] = await this.deleteCacheChunks(CACHE_SQL[table].purgeExpired, { cutoff }, manager)
    }
    return { deleted: byTable.aneel_cache + byTable.pvlib_cache, by_table: byTable }
  }

  /** Empties one cache (or one kind of entries in it), e.g. after an upstream fixed its data. */
  @InjectManager()
  async purgeCache(
    table: CacheTable,
    kind?: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ deleted: number }> {
    if (!isCacheTable(table)) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Unknown cache table "${String(table)}"`)
    }
    const manager = sharedContext.transactionManager ?? sharedContext.manager
    const deleted = await this.deleteCacheChunks(CACHE_SQL[table].purgeKind, { kind: kind ?? null }, manager)
    return { deleted }
  }

  /** Per table and kind: entries (live, expired, negative), hits, upstream calls and errors. */
  @InjectManager()
  async getCacheStats(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheKindStats[]> {
    const manager = sharedContext.transactionManager ?? sharedContext.manager
    const stats: CacheKindStats[] = []
    for (const table of CACHE_TABLES) {
      const rows = await runRaw(manager, CACHE_SQL[table].stats, { now })
      stats.push(...rows.map((row) => cacheKindStats(table, row)))
    }
    return stats
  }

  /**
   * Yield of a PV system: from the store's pvlib service through the cache (TTL
   * `pvlibCacheTtlDays`), or, when no `pvlibBaseUrl` is configured, the built-in estimate from
   * the state's HSP (then `state` is required).
   */
  @InjectManager()
  async getPvlibYield(
    input: PvlibYieldRequest,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PvlibYieldResult> {
    const parsed = PvlibYieldRequest.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid yield request: ${issue.path.join(".") || "request"}: ${issue.message}`,
        "solar360_invalid_input"
      )
    }
    const request = parsed.data
    const baseUrl = this.options.pvlibBaseUrl
    if (!baseUrl) {
      if (!request.state) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "No pvlib service is configured: the built-in estimate needs the state (UF)",
          "solar360_invalid_input"
        )
      }
      const state = request.state
      try {
        return { ...builtinYieldEstimate(request.system_kwp, state, this.options.solarAssumptions), cache: null }
      } catch (error) {
        throw isDomainError(error)
          ? new MedusaError(MedusaError.Types.INVALID_DATA, error.message, error.code)
          : error
      }
    }
    const upstream = normalisePvlibRequest(request)
    const timeoutMs = this.options.upstreamTimeoutMs
    const result = await this.getOrFetch<PvlibYieldResponse>(
      "pvlib_cache",
      PVLIB_YIELD_KIND,
      upstream,
      () => fetchPvlibYield(baseUrl, upstream, timeoutMs),
      {
        ttlMs: this.options.pvlibCacheTtlDays * DAY_MS,
        negativeTtlMs: this.options.negativeCacheTtlHours * 60 * 60 * 1000,
        staleIfErrorMs: this.options.staleIfErrorHours * 60 * 60 * 1000,
        timeoutMs,
      },
      sharedContext
    )
    if (!result.found || !result.value) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "The pvlib service has no yield for this location",
        "solar360_not_found"
      )
    }
    return {
      source: "pvlib",
      request: upstream,
      ...result.value,
      cache: {
        hit: result.hit,
        stale: result.stale,
        fetched_at: result.fetched_at,
        expires_at: result.expires_at,
      },
    }
  }

  /** Runs a chunked delete statement until a chunk comes back short; returns the rows deleted. */
  private async deleteCacheChunks(
    sql: string,
    bindings: Record<string, unknown>,
    manager: unknown
  ): Promise<number> {
    let deleted = 0
    for (;;) {
      const [{ count }] = await runRaw<{ count: number }>(manager, sql, {
        ...bindings,
        limit: CACHE_PURGE_CHUNK_SIZE,
      })
      deleted += Number(count)
      if (Number(count) < CACHE_PURGE_CHUNK_SIZE) {
        return deleted
      }
    }
  }

  // ---- Ingestion keys (issue 13): the assistant's logging credential. ----

  /** Creates a key; the token is in the answer only (its SHA-256 is what is stored). */
  async createIngestionKey(input: { title: string; created_by?: string | null }) {
    const generated = generateIngestionKey()
    const ingestion_key = await this.createIngestionKeys({
      title: input.title,
      token_hash: generated.hash,
      redacted: generated.redacted,
      created_by: input.created_by ?? null,
    })
    return { ingestion_key, token: generated.token }
  }

  /** The live (not revoked) key a presented token belongs to, else null; stamps its use. */
  async findActiveIngestionKey(token: string): Promise<{ id: string; scope: string } | null> {
    if (!isIngestionKeyShaped(token)) {
      return null
    }
    const [key] = await this.listIngestionKeys(
      { token_hash: hashIngestionKey(token), revoked_at: null },
      { select: ["id", "scope", "last_used_at"], take: 1 }
    )
    if (!key) {
      return null
    }
    // At most one write a minute per key: a busy assistant must not write on every call.
    const now = new Date()
    if (!key.last_used_at || now.getTime() - new Date(key.last_used_at).getTime() > 60_000) {
      await this.updateIngestionKeys({ id: key.id, last_used_at: now })
    }
    return { id: key.id, scope: key.scope }
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
  async recordDataSubjectExport(
    input: DataSubjectExportInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
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

  // ---- Data retention (LGPD): rows past the `retention` options deleted. SQL in data-retention.ts. ----

  /**
   * Deletes every row past its model's retention at `now` (rules in lib/privacy/retention;
   * soft-deleted rows too, a lead's status history with it), model by model, in transactions
   * of `retention.chunkSize` rows so no lock is held long. The whole run holds a session
   * advisory lock taken without waiting: when another instance holds it, nothing is done and
   * `locked_out` is true. With `dryRun`, counts exactly what a run at the same `now` would
   * delete and deletes nothing, and adds what the hourly Helio retention (kept a job of its
   * own) would change (`helio_pending`). Idempotent: a second run at the same `now` deletes
   * nothing.
   */
  @InjectManager()
  async applyDataRetention(
    input: { now?: Date; dryRun?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataRetentionResult> {
    const now = input.now ?? new Date()
    const rules = retentionRules(this.options.retention, now)
    const result: DataRetentionResult = {
      dry_run: Boolean(input.dryRun),
      now: now.toISOString(),
      cutoffs: retentionCutoffs(rules),
      counts: emptyRetentionCounts(),
      chunks: 0,
      longest_chunk_ms: 0,
      locked_out: false,
    }
    const manager = sharedContext.transactionManager ?? sharedContext.manager
    if (input.dryRun) {
      for (const { model, cutoff } of rules) {
        if (cutoff) {
          const [{ count }] = await runRaw<{ count: number }>(manager, countPastRetentionSql(model), { cutoff })
          result.counts[model] = Number(count)
        }
      }
      const [pending] = await runRaw<HelioRetentionPending>(manager, HELIO_RETENTION_PENDING_SQL, {
        now,
        cutoff: new Date(now.getTime() - this.options.helio.contentRetentionDays * DAY_MS),
        days: this.options.helio.conversationRetentionDays,
      })
      result.helio_pending = pending
      return result
    }
    const limit = this.options.retention.chunkSize
    const ran = await this.withDataRetentionLock(manager, async () => {
      for (const { model, cutoff } of rules) {
        if (!cutoff) {
          continue
        }
        // Live rows first (the partial created_at indexes apply), then soft-deleted ones.
        for (const softDeleted of [false, true]) {
          const sql = deletePastRetentionChunkSql(model, softDeleted)
          for (;;) {
            const started = performance.now()
            const count = await this.deletePastRetentionChunk_(sql, { cutoff, limit }, sharedContext)
            result.longest_chunk_ms = Math.max(result.longest_chunk_ms, performance.now() - started)
            result.chunks += 1
            result.counts[model] += count
            // Fewer than a chunk: nothing left (or only rows locked by a writer, left for the next run).
            if (count < limit) {
              break
            }
          }
        }
      }
    })
    result.locked_out = !ran
    result.longest_chunk_ms = Math.round(result.longest_chunk_ms * 10) / 10
    return result
  }

  /** One chunk of the data retention, in its own transaction; the rows deleted. */
  @InjectTransactionManager()
  protected async deletePastRetentionChunk_(
    sql: string,
    bindings: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const [{ count }] = await runRaw<{ count: number }>(sharedContext.transactionManager, sql, bindings)
    return Number(count)
  }

  /**
   * Runs `work` holding the data retention's advisory lock on a connection of its own (a
   * session lock: the chunks commit on other connections meanwhile). False, without running
   * it, when another instance holds the lock. A crashed instance's lock goes with its
   * connection.
   */
  private async withDataRetentionLock(manager: any, work: () => Promise<void>): Promise<boolean> {
    const knex = manager.getKnex()
    const connection = await knex.client.acquireConnection()
    try {
      const {
        rows: [{ locked }],
      } = await knex.raw(TRY_DATA_RETENTION_LOCK_SQL, { key: DATA_RETENTION_LOCK_KEY }).connection(connection)
      if (!locked) {
        return false
      }
      try {
        await work()
      } finally {
        await knex.raw(RELEASE_DATA_RETENTION_LOCK_SQL, { key: DATA_RETENTION_LOCK_KEY }).connection(connection)
      }
      return true
    } finally {
      await knex.client.releaseConnection(connection)
    }
  }
}


export type PvlibYieldResult =
  | (BuiltinYieldEstimate & { cache: null })
  | (PvlibYieldResponse & {
      source: "pvlib"
      request: ReturnType<typeof normalisePvlibRequest>
      cache: { hit: boolean; stale: boolean; fetched_at: Date; expires_at: Date }
    })

export default Solar360ModuleService
