import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { isDomainError } from "../../lib/errors"
import { normalizePhone } from "../../lib/identifiers"
import {
  assertLeadTransition,
  captureConsentAction,
  consentConfirmationUrl,
  isCaptureVerified,
  LeadCapture,
  LeadStatus,
  leadTouchFromCapture,
  mergeCaptureIntoLead,
  newLeadFromCapture,
  OPEN_LEAD_STATUSES,
  scoreLead,
  signConsentToken,
  verifyConsentToken,
  visitUpdateFromCapture,
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
import { LeadConsentChange } from "./models/lead-consent-change"
import {
  ConfirmLeadConsentResult,
  LEAD_CONSENT_FIELDS,
  LeadConsentConfirmationRequest,
  LeadConsentInput,
  RecordLeadConsentResult,
} from "./lead-consent"
import {
  captureChangesConsent,
  consentChangeOverrides,
  LeadConsentState,
  leadConsentUpdate,
} from "../../lib/leads/consent"
import {
  anonymiseSql,
  CUSTOMER_BROWSER_IDS_SQL,
  DataSubjectErasure,
  DataSubjectResolution,
  DataSubjectSummary,
  deleteSql,
  MATCH_CONVERSATIONS_SQL,
  MATCH_LEADS_SQL,
  NON_PERSONAL_MODELS,
  rowsPageSql,
  SUBJECT_MODEL_MATCHES,
  subjectBindings,
  SubjectIdSets,
  subjectIpHashesSql,
  summarySql,
  textArray,
} from "./data-subjects"
import {
  generatePseudonym,
  hashSubjectIdentifiers,
  isPseudonym,
  redactPii,
  SubjectIdentifiers,
} from "../../lib/privacy"
import { createHash } from "crypto"
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
  genericUpstreamError,
  leaseMs,
  nextPollDelay,
  sleep,
  upstreamBusy,
  UpstreamLog,
  upstreamLogOf,
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
  addressHash,
  coordinatesHash,
  DECREMENT_TIMES_REUSED_SQL,
  FIND_BY_ADDRESS_HASH_SQL,
  FIND_BY_COORDINATES_HASH_SQL,
  FIND_NEAREST_SQL,
  GoogleSolarClient,
  INCREMENT_TIMES_REUSED_SQL,
  invalidData,
  LOCK_LOOKUP_SQL,
  LookupPhotogrammetryInput,
  mapBuildingInsights,
  PHOTOGRAMMETRY_CACHE_STATS_SQL,
  PhotogrammetryCacheLevel,
  PhotogrammetryCacheStats,
  PhotogrammetryErrorCode,
  PhotogrammetryLookupResult,
  PROXIMITY_DEGREES,
  FIND_NEGATIVE_SQL,
  DELETE_ROOF_CLAIM_SQL,
  FIND_ROOF_IN_FLIGHT_SQL,
  ROOF_NOT_FOUND_MARK,
  RoofFlight,
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
import { asInvalidData, notFound, Solar360ErrorCode } from "./errors"
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
import { BudgetedGoogleSolarClient, maxDailyCalls, RESERVE_UPSTREAM_CALL_SQL } from "./upstream-budget"
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

export type CaptureLeadResult = {
  lead_id: string
  /** The capture's lead_touch row; the store answers it as an opaque receipt. */
  touch_id: string
  deduplicated: boolean
  /** Whether the capture could act for the lead (see isCaptureVerified). */
  verified: boolean
  /** The columns a dedupe changed, as they were: what a compensation restores. */
  previous: Record<string, unknown> | null
  /** The consent history row the capture wrote, if its statement was applied. */
  consent_change_id?: string | null
  /** Set when the capture's consent statement waits for a double opt-in. */
  confirmation: LeadConsentConfirmationRequest | null
}

export type LeadStatusUpdate = {
  status?: LeadStatus
  reopen?: boolean
  lost_reason?: string | null
  assigned_to?: string | null
  notes?: string | null
  /** Free text kept in the status history entry. */
  note?: string | null
  actor_type: "user" | "customer" | "system"
  actor_id?: string | null
  order_id?: string | null
  conversion_value?: number | null
}

/** Filters of the funnel report: a creation-date range and last-touch UTM values. */
export type LeadFunnelFilters = {
  created_at?: { $gt?: Date | string; $gte?: Date | string; $lt?: Date | string; $lte?: Date | string }
  utm_source?: string
  utm_medium?: string
  utm_campaign?: string
}

export type UpdateLeadResult = {
  lead_id: string
  previous: Record<string, unknown>
  status_change_id: string | null
}

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
}

type StoredLead = Record<string, any> & { id: string; status: LeadStatus; touch_count: number }

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

  // Where upstream error texts go (they never go into an answer): the container's logger.
  private readonly upstreamLog: UpstreamLog

  constructor(container: InjectedDependencies, rawOptions?: unknown) {
    super(...arguments)
    this.pseudonymKeys_ = container.pseudonymKeysService
    this.options = parseSolar360Options(rawOptions)
    this.upstreamLog = upstreamLogOf(container)
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

  /**
   * Stores a lead captured from the storefront, or folds it into the open lead with the
   * same e-mail or phone (dedupe). A capture that is not verified for that lead (see
   * isCaptureVerified: `verified_email` is the logged-in customer's account e-mail) only
   * counts as a visit there; what it said goes to its lead_touch row, and its consent
   * statement waits for a double opt-in (`confirmation`). Runs in one transaction holding
   * advisory locks on the normalised e-mail and phone, so concurrent identical submissions
   * (from any server instance) serialise and create one lead.
   */
  @InjectManager()
  async captureLead(
    capture: LeadCapture,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CaptureLeadResult> {
    // Read before the capture's transaction: creating it on first use is its own short write.
    const tokenSecret = await this.pseudonymKeys_.getLeadConsentTokenSecret()
    return this.captureLead_(capture, at, tokenSecret, sharedContext)
  }

  @InjectTransactionManager()
  protected async captureLead_(
    capture: LeadCapture,
    at: Date,
    tokenSecret: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CaptureLeadResult> {
    const normalised = this.normaliseCapture(capture)
    const keys = [normalised.email, normalised.phone].filter(Boolean) as string[]
    if (!keys.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A lead needs an e-mail or a phone number",
        "solar360_lead_contact_required"
      )
    }
    await this.lockKeys(keys.map((key) => `solar360:lead:${key}`), sharedContext)

    const existing = (await this.findOpenLead(normalised, sharedContext)) ?? null
    const verified = isCaptureVerified(normalised, existing as { email?: string | null } | null, normalised.verified_email)
    const consent = captureConsentAction(existing as LeadConsentState | null, normalised, verified)
    const consentExpiresAt =
      consent === "pending" ? new Date(at.getTime() + this.options.leadConsentConfirmationTtlHours * 3_600_000) : null
    let lead: StoredLead
    let previous: Record<string, unknown> | null = null
    if (!existing) {
      // A pending statement is not the lead's consent yet: it starts with none.
      const { consent_marketing, consent_terms_version, ...withoutConsent } = normalised
      const fields = newLeadFromCapture(consent === "pending" ? withoutConsent : normalised, at)
      const scored = this.scoreLeadFields(fields, at)
      // json columns are typed as objects by the DML; `interests` and touches are arrays/objects.
      lead = (await this.createLeads({ ...fields, ...scored, status: "new" } as any, sharedContext)) as StoredLead
      await this.createLeadStatusChanges(
        {
          lead_id: lead.id,
          from_status: null,
          to_status: "new",
          actor_type: normalised.customer_id ? "customer" : "system",
          actor_id: normalised.customer_id ?? null,
          note: "captured",
        },
        sharedContext
      )
    } else {
      lead = existing
      const update = verified
        ? mergeCaptureIntoLead(existing as any, normalised, at)
        : visitUpdateFromCapture(existing as any, normalised, at)
      const scored = this.scoreLeadFields({ ...existing, ...update }, at)
      const changes = { ...update, ...scored }
      previous = Object.fromEntries(Object.keys(changes).map((key) => [key, existing[key] ?? null]))
      await this.updateLeads({ id: existing.id, ...changes }, sharedContext)
    }
    const consent_change_id =
      consent === "apply" ? await this.recordCaptureConsent_(lead.id, existing, normalised, at, sharedContext) : null
    const touch = await this.createLeadTouches(
      { lead_id: lead.id, ...leadTouchFromCapture(normalised, at, { verified, consent, consentExpiresAt }) } as any,
      sharedContext
    )
    let confirmation: LeadConsentConfirmationRequest | null = null
    if (consent === "pending") {
      const token = signConsentToken({ touch_id: touch.id, expires_at: consentExpiresAt! }, tokenSecret)
      confirmation = {
        lead_id: lead.id,
        touch_id: touch.id,
        // The lead's own addresses as stored (for a new lead, the capture's).
        email: lead.email ?? null,
        phone: lead.phone ?? null,
        purpose: "marketing",
        granted: normalised.consent_marketing!,
        terms_version: normalised.consent_terms_version ?? null,
        token,
        confirmation_url: consentConfirmationUrl(this.options.leadConsentConfirmationUrl, token),
        expires_at: consentExpiresAt!.toISOString(),
      }
    }
    return {
      lead_id: lead.id,
      touch_id: touch.id,
      deduplicated: Boolean(existing),
      verified,
      previous,
      consent_change_id,
      confirmation,
    }
  }

  /**
   * Applies the consent statement a double opt-in token names (channel `double_opt_in`,
   * made now) through the consent history, once: the touch is marked confirmed in the same
   * transaction, under a lock on it, so a second use of the token is refused.
   */
  @InjectManager()
  async confirmLeadConsent(
    token: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ConfirmLeadConsentResult> {
    const check = verifyConsentToken(token, await this.pseudonymKeys_.getLeadConsentTokenSecret(), at)
    if (!check.ok) {
      throw check.reason === "expired"
        ? new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "The confirmation link has expired",
            Solar360ErrorCode.LEAD_CONSENT_TOKEN_EXPIRED
          )
        : new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "The confirmation token is not valid",
            Solar360ErrorCode.LEAD_CONSENT_TOKEN_INVALID
          )
    }
    return this.confirmLeadConsent_(check.payload.touch_id, at, sharedContext)
  }

  @InjectTransactionManager()
  protected async confirmLeadConsent_(
    touchId: string,
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ConfirmLeadConsentResult> {
    await this.lockKeys([`solar360:lead-touch:${touchId}`], sharedContext)
    const [touch] = await this.listLeadTouches({ id: touchId }, { take: 1 }, sharedContext)
    if (!touch) {
      // Signed by us, so it existed: the lead was erased or deleted since.
      throw notFound("The lead this confirmation was for no longer exists")
    }
    if (touch.consent_state !== "pending" || touch.consent_marketing === null) {
      // A 400, not a 409: Medusa answers every CONFLICT with a generic "retry" message and code.
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This confirmation link was already used or is no longer valid",
        Solar360ErrorCode.LEAD_CONSENT_TOKEN_USED
      )
    }
    const attribution = (touch.attribution ?? {}) as { landing_page?: string }
    const recorded = await this.recordLeadConsent_(
      {
        lead_id: touch.lead_id,
        purpose: "marketing",
        granted: touch.consent_marketing,
        channel: "double_opt_in",
        source: attribution.landing_page ?? null,
        terms_version: touch.consent_terms_version ?? null,
        occurred_at: at,
        recorded_by: null,
        note: null,
      },
      sharedContext
    )
    await this.updateLeadTouches({ id: touch.id, consent_state: "confirmed", consent_confirmed_at: at }, sharedContext)
    return { ...recorded, touch_id: touch.id, granted: touch.consent_marketing }
  }

  /** Compensation of confirmLeadConsent: the statement undone, the token usable again. */
  @InjectManager()
  async revertLeadConsentConfirmation(
    result: ConfirmLeadConsentResult,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.revertLeadConsentConfirmation_(result, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertLeadConsentConfirmation_(
    result: ConfirmLeadConsentResult,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.revertLeadConsent_(result, sharedContext)
    await this.updateLeadTouches(
      { id: result.touch_id, consent_state: "pending", consent_confirmed_at: null },
      sharedContext
    )
  }

  /**
   * Applies an admin (or system) change to a lead: status through the funnel rules,
   * assignment, notes. Every status change is appended to the history.
   */
  @InjectManager()
  async updateLeadWithHistory(
    leadId: string,
    update: LeadStatusUpdate,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpdateLeadResult> {
    return this.updateLeadWithHistory_(leadId, update, sharedContext)
  }

  @InjectTransactionManager()
  protected async updateLeadWithHistory_(
    leadId: string,
    update: LeadStatusUpdate,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpdateLeadResult> {
    const [lead] = (await this.listLeads({ id: leadId }, { take: 1 }, sharedContext)) as StoredLead[]
    if (!lead) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Lead with id "${leadId}" was not found`,
        "solar360_not_found"
      )
    }
    const changes: Record<string, unknown> = {}
    for (const field of ["assigned_to", "notes"] as const) {
      if (update[field] !== undefined) {
        changes[field] = update[field]
      }
    }
    let statusChangeId: string | null = null
    const target = update.status
    const statusChanges = target !== undefined && (target !== lead.status || update.reopen)
    if (statusChanges || update.reopen) {
      try {
        assertLeadTransition(lead.status, target ?? lead.status, {
          lostReason: update.lost_reason ?? null,
          reopen: update.reopen,
        })
      } catch (error) {
        throw isDomainError(error)
          ? new MedusaError(MedusaError.Types.INVALID_DATA, error.message, error.code)
          : error
      }
      changes.status = target
      if (target === "lost") {
        changes.lost_reason = update.lost_reason
      }
      if (target === "contacted" && !lead.contacted_at) {
        changes.contacted_at = new Date()
      }
      if (target === "converted") {
        changes.converted_at = new Date()
        if (update.order_id !== undefined) {
          changes.order_id = update.order_id
        }
        if (update.conversion_value !== undefined) {
          changes.conversion_value = update.conversion_value
        }
      }
      if (update.reopen) {
        changes.lost_reason = null
        changes.converted_at = null
      }
    } else if (update.lost_reason !== undefined && lead.status === "lost") {
      changes.lost_reason = update.lost_reason
    }

    const previous = Object.fromEntries(
      Object.keys(changes).map((key) => [key, lead[key] ?? null])
    )
    if (Object.keys(changes).length) {
      await this.updateLeads({ id: lead.id, ...changes }, sharedContext)
    }
    if (statusChanges) {
      const entry = await this.createLeadStatusChanges(
        {
          lead_id: lead.id,
          from_status: lead.status,
          to_status: target!,
          actor_type: update.actor_type,
          actor_id: update.actor_id ?? null,
          note: update.note ?? (target === "lost" ? update.lost_reason : null) ?? null,
        },
        sharedContext
      )
      statusChangeId = entry.id
    }
    return { lead_id: lead.id, previous, status_change_id: statusChangeId }
  }

  /** Undoes `updateLeadWithHistory`: restores the changed columns, drops the history entry. */
  async revertLeadUpdate(result: UpdateLeadResult): Promise<void> {
    if (Object.keys(result.previous).length) {
      await this.updateLeads({ id: result.lead_id, ...(result.previous as object) })
    }
    if (result.status_change_id) {
      await this.deleteLeadStatusChanges([result.status_change_id])
    }
  }

  /**
   * Leads per current status, and lost leads per the status they were lost from (their
   * latest move to "lost"), for the funnel report. Two grouped queries, any data size.
   */
  @InjectManager()
  async countLeadFunnel(
    filters: LeadFunnelFilters = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ counts: Record<string, number>; lostAtStage: Record<string, number> }> {
    const knex = (sharedContext.manager as any).getKnex()
    const applyFilters = (builder: any, alias: string) => {
      builder.whereNull(`${alias}.deleted_at`)
      const operators = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" } as const
      for (const [operator, sql] of Object.entries(operators)) {
        const value = filters.created_at?.[operator as keyof typeof operators]
        if (value !== undefined) {
          builder.where(`${alias}.created_at`, sql, new Date(value))
        }
      }
      for (const field of ["utm_source", "utm_medium", "utm_campaign"] as const) {
        if (filters[field] !== undefined) {
          builder.where(`${alias}.${field}`, filters[field])
        }
      }
      return builder
    }

    const statusRows = await applyFilters(knex("lead as l"), "l")
      .select("l.status")
      .count({ count: "*" })
      .groupBy("l.status")

    const latestLoss = applyFilters(
      knex("lead_status_change as c").join("lead as l", "l.id", "c.lead_id"),
      "l"
    )
      .where("l.status", "lost")
      .where("c.to_status", "lost")
      .whereNull("c.deleted_at")
      .distinctOn("c.lead_id")
      .select("c.lead_id", "c.from_status")
      .orderBy([{ column: "c.lead_id" }, { column: "c.created_at", order: "desc" }])
    const lostRows = await knex
      .from(latestLoss.as("loss"))
      .select("loss.from_status")
      .count({ count: "*" })
      .groupBy("loss.from_status")

    const toRecord = (rows: Array<Record<string, unknown>>, key: string) =>
      Object.fromEntries(
        rows.filter((row) => row[key] !== null).map((row) => [row[key] as string, Number(row.count)])
      )
    return { counts: toRecord(statusRows, "status"), lostAtStage: toRecord(lostRows, "from_status") }
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

  /** Score and qualification of a lead's current fields, with the plugin's weights. */
  private scoreLeadFields(fields: Record<string, any>, now: Date = new Date()) {
    const result = scoreLead(
      {
        ...fields,
        monthly_bill_brl: toNumber(fields.monthly_bill_brl),
        monthly_consumption_kwh: toNumber(fields.monthly_consumption_kwh),
        last_touch_at: fields.last_touch_at ? new Date(fields.last_touch_at) : null,
      },
      {
        weights: this.options.leadScoreWeights,
        qualificationThreshold: this.options.leadQualificationThreshold,
        tariffBrlPerKwh: this.options.leadScoreTariffBrlPerKwh,
        now,
      }
    )
    return {
      score: result.score,
      is_qualified: result.is_qualified,
      score_breakdown: {
        factors: result.breakdown,
        weights: result.weights,
        threshold: result.threshold,
        scored_at: now.toISOString(),
      },
    }
  }

  private normaliseCapture(capture: LeadCapture): LeadCapture {
    const normalised = { ...capture }
    if (capture.email) {
      normalised.email = capture.email.trim().toLowerCase()
    }
    if (capture.verified_email) {
      normalised.verified_email = capture.verified_email.trim().toLowerCase()
    }
    if (capture.phone) {
      const phone = normalizePhone(capture.phone, this.options.defaultPhoneCountry as any)
      if (!phone) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `"${capture.phone}" is not a valid phone number`,
          "solar360_invalid_phone"
        )
      }
      normalised.phone = phone
    }
    return normalised
  }

  @InjectTransactionManager()
  private async findOpenLead(
    capture: LeadCapture,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredLead | undefined> {
    const candidates = (await this.listLeads(
      {
        status: [...OPEN_LEAD_STATUSES],
        $or: [
          ...(capture.email ? [{ email: capture.email }] : []),
          ...(capture.phone ? [{ phone: capture.phone }] : []),
        ],
      },
      { order: { created_at: "ASC" } },
      sharedContext
    )) as StoredLead[]
    // An e-mail match is the stronger identity; among equals, the oldest lead wins.
    return (
      candidates.find((lead) => capture.email && lead.email === capture.email) ??
      candidates[0]
    )
  }

  @InjectTransactionManager()
  private async lockKeys(keys: string[], @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as {
      execute: (sql: string, params: unknown[]) => Promise<unknown>
    }
    // Sorted, so two requests locking the same pair never wait on each other crosswise.
    for (const key of [...new Set(keys)].sort()) {
      await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [key])
    }
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

  // Upstream calls in flight in this instance, per kind (`upstreamConcurrency`).
  private upstreamSlots_?: UpstreamSlots

  protected get upstreamSlots(): UpstreamSlots {
    this.upstreamSlots_ ??= new UpstreamSlots(this.options.upstreamConcurrency)
    return this.upstreamSlots_
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
      this.upstreamLog.warn(`solar360 ${outcome.failure} (${table}, ${kind}): ${outcome.detail}`)
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

  // ---- Photogrammetry lookup (issue 7): three cache levels, Google Solar on a miss. ----
  // SQL and types in photogrammetry-cache.ts; mapping and hashing in lib/photogrammetry.

  private googleSolar_?: GoogleSolarClient

  private get googleSolar(): GoogleSolarClient {
    this.googleSolar_ ??= new BudgetedGoogleSolarClient(
      {
        baseUrl: this.options.googleSolarBaseUrl,
        apiKey: this.options.googleSolarApiKey,
        requiredQuality: this.options.googleSolarRequiredQuality,
        timeoutMs: this.options.upstreamTimeoutMs,
      },
      () => this.reserveUpstreamCall("google_solar")
    )
    return this.googleSolar_
  }

  // Roof lookups in flight in this process, by coordinates hash: concurrent callers share one.
  private readonly roofFlights = new Map<string, Promise<RoofFlight>>()

  /**
   * Counts one paid call against today's cap (googleSolarDailySpendCapUsd); false when the cap
   * is reached. Its own statement outside any transaction: see RESERVE_UPSTREAM_CALL_SQL.
   */
  @InjectManager()
  async reserveUpstreamCall(
    provider: "google_solar",
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const maxCalls = maxDailyCalls(this.options.googleSolarDailySpendCapUsd, this.options.photogrammetryCostUsd)
    if (maxCalls === Number.POSITIVE_INFINITY) {
      return true
    }
    if (maxCalls < 1) {
      return false
    }
    const knex = (sharedContext.manager as { getKnex(): any }).getKnex()
    const { rows } = await knex.raw(RESERVE_UPSTREAM_CALL_SQL, {
      id: generateIds("uspend", 1)[0],
      provider,
      day: new Date().toISOString().slice(0, 10),
      max_calls: maxCalls,
    })
    return rows.length > 0
  }

  /**
   * A roof analysis for a point (and an address): reused from a live source analysis (by
   * address hash when its source lies near the point, coordinates hash, then within ~11 m) or,
   * on a miss, bought from Google Solar once however many requests arrive together: one
   * promise within this process, a leased `processing` row across instances. No database
   * connection is held while Google is called. An address alone is never matched (it is
   * not geocoded, and a typed address proves nothing about the roof).
   */
  @InjectManager()
  async lookupPhotogrammetry(
    input: LookupPhotogrammetryInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PhotogrammetryLookupResult> {
    const keys = this.photogrammetryKeys(input)
    if (!keys.coordinates) {
      throw this.photogrammetryUnavailable(
        "a roof lookup needs latitude and longitude (an address alone is not geocoded)"
      )
    }
    const found = await this.findPhotogrammetrySource(keys, sharedContext.manager)
    if (found) {
      return this.insertPhotogrammetryReuse_(keys, input, found, sharedContext)
    }
    if (!this.googleSolar.configured) {
      throw this.photogrammetryUnavailable(
        "no cached analysis matches, and no photogrammetry provider is configured (googleSolarApiKey)"
      )
    }
    const hash = keys.coordinates.hash
    const [negative] = await runRaw(sharedContext.manager, FIND_NEGATIVE_SQL, { hash })
    if (negative) {
      throw this.roofNotFound()
    }
    let flight = this.roofFlights.get(hash)
    const mine = !flight
    if (!flight) {
      flight = this.fillRoof_(keys, input).finally(() => this.roofFlights.delete(hash))
      this.roofFlights.set(hash, flight)
    }
    const outcome = await flight
    if (outcome.status === "not_found") {
      throw this.roofNotFound()
    }
    if (outcome.status === "created" && mine) {
      return outcome.result
    }
    const source =
      outcome.status === "found"
        ? outcome.found
        : { id: outcome.result.analysis.id as string, level: "coordinates" as const }
    return this.insertPhotogrammetryReuse_(keys, input, source, sharedContext)
  }

  /**
   * Claims the point (short transaction), calls Google outside any transaction, stores the
   * answer on the claimed row. While another lookup holds the point's lease, polls with
   * backoff: bounded, since a lease lapses `upstreamTimeoutMs` + margin after it was taken.
   */
  private async fillRoof_(keys: PhotogrammetryKeys, input: LookupPhotogrammetryInput): Promise<RoofFlight> {
    const lease = leaseMs(this.options.upstreamTimeoutMs)
    const giveUpAt = Date.now() + 2 * lease
    let delay: number | null = null
    for (;;) {
      const claim = await this.claimRoof_(keys, input, lease)
      if (claim.status === "claimed") {
        return this.fetchRoof_(keys, input, claim.id)
      }
      if (claim.status !== "wait") {
        return claim
      }
      if (Date.now() > giveUpAt) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          "Another lookup of this point held its lease for too long",
          PhotogrammetryErrorCode.UPSTREAM_TIMEOUT
        )
      }
      delay = nextPollDelay(delay)
      await sleep(delay)
    }
  }

  /** A few statements under the point's advisory lock; committed before Google is called. */
  @InjectTransactionManager()
  protected async claimRoof_(
    keys: PhotogrammetryKeys,
    input: LookupPhotogrammetryInput,
    leaseDurationMs: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Exclude<RoofFlight, { status: "created" }> | { status: "wait" } | { status: "claimed"; id: string }> {
    const manager = sharedContext.transactionManager
    const point = keys.coordinates!
    await runRaw(manager, LOCK_LOOKUP_SQL, { key: `solar360:photogrammetry:${point.hash}` })
    // Whoever claimed before us may have just stored this roof (or its absence).
    const found = await this.findPhotogrammetrySource(keys, manager)
    if (found) {
      return { status: "found", found }
    }
    const [negative] = await runRaw(manager, FIND_NEGATIVE_SQL, { hash: point.hash })
    if (negative) {
      return { status: "not_found" }
    }
    const now = new Date()
    const [inFlight] = await runRaw<{ id: string; lease_expires_at: Date | null }>(
      manager,
      FIND_ROOF_IN_FLIGHT_SQL,
      { hash: point.hash }
    )
    if (inFlight && inFlight.lease_expires_at && new Date(inFlight.lease_expires_at) > now) {
      return { status: "wait" }
    }
    if (inFlight) {
      await runRaw(manager, DELETE_ROOF_CLAIM_SQL, { id: inFlight.id })
    }
    const claim = await this.createPhotogrammetryAnalyses(
      {
        latitude: point.latitude,
        longitude: point.longitude,
        coordinates_hash: point.hash,
        provider: "google_solar",
        status: "processing",
        processing_started_at: now,
        api_calls_count: 0,
        cost_usd: 0,
        cache_hit: false,
        lease_expires_at: new Date(now.getTime() + leaseDurationMs),
        customer_id: input.customer_id ?? null,
      } as any,
      sharedContext
    )
    return { status: "claimed", id: claim.id }
  }

  /** The provider call for a claimed point; the claim row becomes the answer or goes. */
  private async fetchRoof_(
    keys: PhotogrammetryKeys,
    input: LookupPhotogrammetryInput,
    claimId: string
  ): Promise<RoofFlight> {
    const point = keys.coordinates!
    const release = this.upstreamSlots.tryAcquire("photogrammetry")
    if (!release) {
      await this.deletePhotogrammetryAnalyses([claimId])
      throw upstreamBusy("photogrammetry")
    }
    try {
      const startedAt = new Date()
      const answer = await this.googleSolar.findClosestBuilding(point.latitude, point.longitude)
      if (answer.status === "not_found") {
        // Remembered for the negative TTL so retries and reloads don't ask Google again.
        await this.updatePhotogrammetryAnalyses({
          id: claimId,
          status: "failed",
          error_message: ROOF_NOT_FOUND_MARK,
          api_calls_count: 1,
          lease_expires_at: null,
          expires_at: new Date(Date.now() + this.options.negativeCacheTtlHours * 60 * 60 * 1000),
        } as any)
        return { status: "not_found" }
      }
      if (answer.status === "not_configured") {
        throw this.photogrammetryUnavailable("no photogrammetry provider is configured (googleSolarApiKey)")
      }
      const mapped = this.mapInsights(answer.insights, input.requested_kwp ?? null)
      const completedAt = new Date()
      const ttlDays = this.options.photogrammetryCacheTtlDays
      const analysis = await this.updatePhotogrammetryAnalyses({
        ...mapped,
        id: claimId,
        address: keys.address,
        address_hash: keys.address_hash,
        input_source: "satellite",
        status: "completed",
        processing_started_at: startedAt,
        processing_completed_at: completedAt,
        processing_time_ms: completedAt.getTime() - startedAt.getTime(),
        cost_usd: this.options.photogrammetryCostUsd,
        api_calls_count: 1,
        cache_ttl_days: ttlDays,
        lease_expires_at: null,
        expires_at: new Date(completedAt.getTime() + ttlDays * DAY_MS),
      } as any)
      return { status: "created", result: { analysis, cache: { hit: false, level: null }, record_id: claimId } }
    } catch (error) {
      // Nothing is stored for a failure: the next lookup may try again.
      await this.deletePhotogrammetryAnalyses([claimId])
      throw this.withoutUpstreamText(error)
    } finally {
      release()
    }
  }

  private roofNotFound() {
    return new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Google Solar has no building with roof data near these coordinates",
      PhotogrammetryErrorCode.ROOF_NOT_FOUND
    )
  }

  /** Compensation of lookupPhotogrammetry: deletes what it wrote and undoes the reuse count. */
  @InjectManager()
  async undoPhotogrammetryLookup(
    result: Pick<PhotogrammetryLookupResult, "record_id" | "analysis" | "cache">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.undoPhotogrammetryLookup_(result, sharedContext)
  }

  @InjectTransactionManager()
  protected async undoPhotogrammetryLookup_(
    result: Pick<PhotogrammetryLookupResult, "record_id" | "analysis" | "cache">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.deletePhotogrammetryAnalyses([result.record_id], sharedContext)
    if (result.cache.hit) {
      await runRaw(sharedContext.transactionManager, DECREMENT_TIMES_REUSED_SQL, { id: result.analysis.id })
    }
  }

  /** Cache figures for the admin: provider analyses bought, reuses, hit rate, money saved. */
  @InjectManager()
  async photogrammetryCacheStats(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PhotogrammetryCacheStats> {
    const [row] = await runRaw(sharedContext.manager, PHOTOGRAMMETRY_CACHE_STATS_SQL, {})
    const analyses = Number(row.analyses)
    const reuses = Number(row.reuses)
    return {
      analyses,
      reuses,
      hit_rate: reuses + analyses > 0 ? reuses / (reuses + analyses) : null,
      provider_cost_usd: Number(row.provider_cost_usd),
      money_saved_usd: reuses * this.options.photogrammetryCostUsd,
    }
  }

  /**
   * Google's failures carry its own text (which can name the key's project): logged here,
   * replaced by a generic message with the same code before anything can answer with it.
   */
  private withoutUpstreamText(error: unknown): unknown {
    const generic = genericUpstreamError(error)
    if (generic) {
      this.upstreamLog.warn(`solar360 ${generic.code} (photogrammetry): ${(error as Error).message}`)
      return generic
    }
    return error
  }

  private mapInsights(insights: unknown, requestedKwp: number | null) {
    try {
      return mapBuildingInsights(insights, {
        requestedKwp,
        requiredQuality: this.options.googleSolarRequiredQuality,
      })
    } catch (error) {
      if (isDomainError(error) && error.code === PhotogrammetryErrorCode.QUALITY_TOO_LOW) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, error.message, error.code)
      }
      if (isDomainError(error)) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Google Solar answered something unexpected: ${error.message}`,
          PhotogrammetryErrorCode.UPSTREAM_ERROR
        )
      }
      throw error
    }
  }

  /** Writes the reuse record and counts the reuse on the source, in one transaction. */
  @InjectTransactionManager()
  protected async insertPhotogrammetryReuse_(
    keys: PhotogrammetryKeys,
    input: LookupPhotogrammetryInput,
    found: { id: string; level: PhotogrammetryCacheLevel },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PhotogrammetryLookupResult> {
    const [source] = await this.listPhotogrammetryAnalyses(
      { id: found.id },
      { select: ["id", "provider", "expires_at"], take: 1 },
      sharedContext
    )
    const reuse = await this.createPhotogrammetryAnalyses(
      {
        address: keys.address,
        address_hash: keys.address_hash,
        latitude: keys.coordinates?.latitude ?? null,
        longitude: keys.coordinates?.longitude ?? null,
        coordinates_hash: keys.coordinates?.hash ?? null,
        provider: source.provider,
        status: "completed",
        cost_usd: 0,
        api_calls_count: 0,
        cache_hit: true,
        cache_source_id: found.id,
        cache_level: found.level,
        expires_at: source.expires_at,
        requested_system_size_kwp: input.requested_kwp ?? null,
        customer_id: input.customer_id ?? null,
      } as any,
      sharedContext
    )
    await runRaw(sharedContext.transactionManager, INCREMENT_TIMES_REUSED_SQL, { id: found.id })
    const analysis = await this.retrievePhotogrammetryAnalysis(found.id, {}, sharedContext)
    return { analysis, cache: { hit: true, level: found.level }, record_id: reuse.id }
  }

  /** `manager`: the transaction's when there is one (a reader after the single-flight lock). */
  private async findPhotogrammetrySource(
    keys: PhotogrammetryKeys,
    manager: unknown
  ): Promise<{ id: string; level: PhotogrammetryCacheLevel } | null> {
    const point = keys.coordinates
    if (!point) {
      return null
    }
    const box = {
      lat_min: point.latitude - PROXIMITY_DEGREES,
      lat_max: point.latitude + PROXIMITY_DEGREES,
      lon_min: point.longitude - PROXIMITY_DEGREES,
      lon_max: point.longitude + PROXIMITY_DEGREES,
    }
    if (keys.address_hash) {
      const [row] = await runRaw<{ id: string }>(manager, FIND_BY_ADDRESS_HASH_SQL, {
        hash: keys.address_hash,
        ...box,
      })
      if (row) {
        return { id: row.id, level: "address" }
      }
    }
    const [byHash] = await runRaw<{ id: string }>(manager, FIND_BY_COORDINATES_HASH_SQL, { hash: point.hash })
    if (byHash) {
      return { id: byHash.id, level: "coordinates" }
    }
    const [nearest] = await runRaw<{ id: string }>(manager, FIND_NEAREST_SQL, {
      lat: point.latitude,
      lon: point.longitude,
      ...box,
    })
    return nearest ? { id: nearest.id, level: "proximity" } : null
  }

  private photogrammetryKeys(input: LookupPhotogrammetryInput): PhotogrammetryKeys {
    const address = input.address?.trim() || null
    const hasLatitude = input.latitude !== null && input.latitude !== undefined
    const hasLongitude = input.longitude !== null && input.longitude !== undefined
    if (hasLatitude !== hasLongitude) {
      throw invalidData("latitude and longitude must be given together")
    }
    if (!address && !hasLatitude) {
      throw invalidData("an address or coordinates (latitude and longitude) are required")
    }
    return asInvalidData(() => ({
      address,
      address_hash: address ? addressHash(address) : null,
      coordinates: hasLatitude
        ? {
            latitude: input.latitude!,
            longitude: input.longitude!,
            hash: coordinatesHash(input.latitude!, input.longitude!),
          }
        : null,
    }))
  }

  private photogrammetryUnavailable(why: string) {
    return new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Roof analysis unavailable: ${why}`,
      PhotogrammetryErrorCode.UNAVAILABLE
    )
  }

  // ---- LGPD data-subject requests (export, erasure) ----

  /**
   * Finds every record of one person from any of their identifiers, following the links
   * between records (see data-subjects.ts), and says which records matched and why.
   */
  @InjectManager()
  async resolveDataSubject(
    identifiers: SubjectIdentifiers,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectResolution> {
    return await this.resolveDataSubjectWith(sharedContext.manager, identifiers)
  }

  /** Counts, first and last dates and links per model, for the subject's summary. */
  @InjectManager()
  async summarizeDataSubject(
    identifiers: SubjectIdentifiers,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectSummary> {
    const subject = await this.resolveDataSubjectWith(sharedContext.manager, identifiers)
    const models: DataSubjectSummary["models"] = {}
    let total = 0
    for (const model of SUBJECT_MODEL_MATCHES) {
      const [row] = await runRaw<any>(sharedContext.manager, summarySql(model), subjectBindings(subject))
      models[model.table] = { count: row.count, first_at: row.first_at, last_at: row.last_at, matched_by: row.matched_by }
      total += row.count
    }
    for (const table of NON_PERSONAL_MODELS) {
      models[table] = { count: 0, personal_data: false }
    }
    return { subject, models, total }
  }

  /** One page of a model's rows of the subject, as stored (soft-deleted rows too), by id. */
  @InjectManager()
  async listDataSubjectRows(
    table: string,
    sets: SubjectIdSets,
    page: { after?: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, unknown>[]> {
    const model = SUBJECT_MODEL_MATCHES.find((candidate) => candidate.table === table)
    if (!model) {
      throw notFound(`No model "${table}" holds personal data`)
    }
    return await runRaw(sharedContext.manager, rowsPageSql(model), {
      ...subjectBindings(sets),
      after: page.after ?? "",
      limit: page.limit,
    })
  }

  /** The audit record of an export (the export itself is streamed by the route). */
  @InjectManager()
  async recordDataSubjectExport(
    input: {
      identifiers: SubjectIdentifiers
      format: string
      counts: Record<string, number>
      actor_type?: string | null
      actor_id?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const key = await this.pseudonymKeys_.getSubjectIdentifierKey()
    return await this.createPrivacyAudits(
      {
        action: "export",
        format: input.format,
        actor_type: input.actor_type ?? null,
        actor_id: input.actor_id ?? null,
        identifier_hashes: hashSubjectIdentifiers(input.identifiers, key),
        counts: input.counts,
        completed_at: new Date(),
      },
      sharedContext
    )
  }

  /**
   * Anonymises or deletes every row of the person in one transaction and writes the audit
   * record. Serialised with other erasures; a retry with the same idempotency key answers
   * the first result; a rerun without one finds nothing left (anonymised rows no longer match).
   */
  @InjectManager()
  async eraseDataSubject(
    input: {
      identifiers: SubjectIdentifiers
      mode: "anonymise" | "delete"
      reason?: string | null
      actor_type?: string | null
      actor_id?: string | null
      idempotency_key?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectErasure> {
    const key = await this.pseudonymKeys_.getSubjectIdentifierKey()
    const idempotencyKeyHash = input.idempotency_key
      ? createHash("sha256").update(`subject-erasure:${input.idempotency_key}`).digest("hex")
      : null
    try {
      return await this.eraseDataSubject_(input, key, idempotencyKeyHash, sharedContext)
    } catch (error) {
      // A concurrent request with the same key won the unique index: answer its result.
      const replay = idempotencyKeyHash ? await this.findErasureReplay(idempotencyKeyHash) : null
      if (replay) {
        return replay
      }
      throw error
    }
  }

  @InjectTransactionManager()
  protected async eraseDataSubject_(
    input: Parameters<Solar360ModuleService["eraseDataSubject"]>[0],
    identifierKey: string,
    idempotencyKeyHash: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectErasure> {
    const manager = sharedContext.transactionManager
    await runRaw(manager, "SELECT pg_advisory_xact_lock(hashtext('solar360:subject-erasure'))", {})
    if (idempotencyKeyHash) {
      const replay = await this.findErasureReplay(idempotencyKeyHash)
      if (replay) {
        return replay
      }
    }
    const subject = await this.resolveDataSubjectWith(manager, input.identifiers)
    const bindings = { ...subjectBindings(subject), pseudonyms: "{}" }
    if (input.mode === "anonymise") {
      const ipHashes = await runRaw<{ ip_hash: string }>(manager, subjectIpHashesSql(), bindings)
      const pseudonyms = {
        customer: pseudonymMap(subject.customer_ids),
        anonymous: pseudonymMap(subject.anonymous_ids),
        session: pseudonymMap(subject.session_ids),
        ip: pseudonymMap(ipHashes.map((row) => row.ip_hash)),
      }
      bindings.pseudonyms = JSON.stringify(pseudonyms)
    }
    const counts: Record<string, number> = {}
    // Children before parents (a lead's status history before the lead).
    const order = [...SUBJECT_MODEL_MATCHES].sort((a, b) => Number(a.table === "lead") - Number(b.table === "lead"))
    for (const model of order) {
      const sql = input.mode === "anonymise" ? anonymiseSql(model) : deleteSql(model)
      const [{ count }] = await runRaw<{ count: number }>(manager, sql, bindings)
      counts[model.table] = count
    }
    for (const table of NON_PERSONAL_MODELS) {
      counts[table] = 0
    }
    const audit = await this.createPrivacyAudits(
      {
        action: "erase",
        mode: input.mode,
        actor_type: input.actor_type ?? null,
        actor_id: input.actor_id ?? null,
        identifier_hashes: hashSubjectIdentifiers(input.identifiers, identifierKey),
        counts,
        // The operator's reason may quote the request ("pedido de ana@x.com"): redacted.
        reason: input.reason ? redactPii(input.reason).text : null,
        idempotency_key_hash: idempotencyKeyHash,
        completed_at: new Date(),
      },
      sharedContext
    )
    return { audit_id: audit.id, mode: input.mode, counts, total: sumCounts(counts), replayed: false }
  }

  /**
   * Audit records of data-subject requests, newest first; with identifiers, only those
   * whose hashed identifiers include one of them ("was ana@x.com ever erased?").
   */
  @InjectManager()
  async listPrivacyAuditRecords(
    filters: {
      action?: string
      mode?: string
      identifiers?: SubjectIdentifiers | null
      limit: number
      offset: number
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ audits: Record<string, unknown>[]; count: number }> {
    const key = await this.pseudonymKeys_.getSubjectIdentifierKey()
    const hashes = filters.identifiers ? hashSubjectIdentifiers(filters.identifiers, key) : {}
    const wanted = Object.entries(hashes).flatMap(([kind, values]) => values!.map((hash) => ({ [kind]: [hash] })))
    const rows = await runRaw<any>(sharedContext.manager, LIST_PRIVACY_AUDITS_SQL, {
      action: filters.action ?? null,
      mode: filters.mode ?? null,
      hashes: JSON.stringify(wanted),
      limit: filters.limit,
      offset: filters.offset,
    })
    const count = rows.length ? Number(rows[0].full_count) : 0
    return { audits: rows.map(({ full_count, ...audit }) => audit), count }
  }

  /** Committed earlier erasure with this key (read outside any transaction: it is committed or absent). */
  private async findErasureReplay(idempotencyKeyHash: string): Promise<DataSubjectErasure | null> {
    const [earlier] = await this.listPrivacyAudits(
      { idempotency_key_hash: idempotencyKeyHash, action: "erase" },
      { take: 1 }
    )
    if (!earlier) {
      return null
    }
    const counts = earlier.counts as Record<string, number>
    return { audit_id: earlier.id, mode: earlier.mode as "anonymise" | "delete", counts, total: sumCounts(counts), replayed: true }
  }

  private async resolveDataSubjectWith(manager: any, identifiers: SubjectIdentifiers): Promise<DataSubjectResolution> {
    const leads = new Map<string, Set<string>>()
    const customers = new Set(identifiers.customer_id.filter((id) => !isPseudonym(id)))
    const givenSessions = new Set(identifiers.session_id)
    const conversations = new Set<string>()
    const addLead = (id: string, reasons: string[]) => {
      const known = leads.get(id) ?? new Set<string>()
      reasons.forEach((reason) => known.add(reason))
      leads.set(id, known)
    }
    identifiers.lead_id.forEach((id) => leads.set(id, new Set()))
    // Strong links until nothing new appears (a lead's customer, a conversation's lead...).
    for (let round = 0; round < 5; round++) {
      const before = leads.size + customers.size + conversations.size
      const matchedLeads = await runRaw<{ id: string; customer_id: string | null; matched_by: string[] }>(
        manager,
        MATCH_LEADS_SQL,
        {
          leads: textArray([...leads.keys()]),
          emails: textArray(identifiers.email),
          phones: textArray(identifiers.phone),
          tax_ids: textArray(identifiers.cpf_cnpj),
          customers: textArray([...customers]),
        }
      )
      for (const lead of matchedLeads) {
        // Why: the identifiers given (first round), or the customer it was reached through.
        if (round === 0 || !leads.has(lead.id)) {
          addLead(lead.id, round === 0 ? lead.matched_by : ["customer"])
        }
        if (lead.customer_id && !isPseudonym(lead.customer_id)) {
          customers.add(lead.customer_id)
        }
      }
      const matchedConversations = await runRaw<{ id: string; lead_id: string | null; customer_id: string | null }>(
        manager,
        MATCH_CONVERSATIONS_SQL,
        {
          leads: textArray([...leads.keys()]),
          customers: textArray([...customers]),
          sessions: textArray([...givenSessions]),
        }
      )
      for (const conversation of matchedConversations) {
        conversations.add(conversation.id)
        if (conversation.lead_id && !leads.has(conversation.lead_id)) {
          addLead(conversation.lead_id, ["conversation"])
        }
        if (conversation.customer_id && !isPseudonym(conversation.customer_id)) {
          customers.add(conversation.customer_id)
        }
      }
      if (leads.size + customers.size + conversations.size === before) {
        break
      }
    }
    // Leads given by id or reached through a conversation but already anonymised drop out.
    const liveLeads = await runRaw<{ id: string; matched_by: string[] }>(manager, MATCH_LEADS_SQL, {
      leads: textArray([...leads.keys()]),
      emails: textArray([]),
      phones: textArray([]),
      tax_ids: textArray([]),
      customers: textArray([]),
    })
    const live = new Set(liveLeads.map((lead) => lead.id))
    // Weak links: the browsers the customers used (they find rows, never add people).
    const anonymous = new Set(identifiers.anonymous_id)
    const sessions = new Set(givenSessions)
    const browsers = await runRaw<{ anonymous_id: string | null; session_id: string | null }>(
      manager,
      CUSTOMER_BROWSER_IDS_SQL,
      { customers: textArray([...customers]) }
    )
    for (const browser of browsers) {
      if (browser.anonymous_id && !isPseudonym(browser.anonymous_id)) {
        anonymous.add(browser.anonymous_id)
      }
      if (browser.session_id && !isPseudonym(browser.session_id)) {
        sessions.add(browser.session_id)
      }
    }
    return {
      leads: [...leads].filter(([id]) => live.has(id)).map(([id, reasons]) => ({ id, matched_by: [...reasons] })),
      lead_ids: [...leads.keys()].filter((id) => live.has(id)),
      customer_ids: [...customers],
      anonymous_ids: [...anonymous],
      session_ids: [...sessions],
      conversation_ids: [...conversations],
    }
  }

  // ---- Lead consent history (LGPD, issue 8): every statement kept, the newest in force. ----
  // Rules in lib/leads/consent.ts; types in lead-consent.ts.

  /**
   * Records a consent statement of a lead and, unless a newer statement of the same purpose
   * is already recorded (late delivery), makes it the lead's current consent state. One
   * transaction holding an advisory lock on the lead, so concurrent statements serialise.
   */
  @InjectManager()
  async recordLeadConsent(
    input: LeadConsentInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordLeadConsentResult> {
    return this.recordLeadConsent_(input, sharedContext)
  }

  /** Compensation of recordLeadConsent: restores the lead's columns, drops the history row. */
  @InjectManager()
  async revertLeadConsent(
    result: RecordLeadConsentResult,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.revertLeadConsent_(result, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordLeadConsent_(
    input: LeadConsentInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordLeadConsentResult> {
    await this.lockKeys([`solar360:lead-consent:${input.lead_id}`], sharedContext)
    const [lead] = (await this.listLeads(
      { id: input.lead_id },
      { select: ["id", ...LEAD_CONSENT_FIELDS], take: 1 },
      sharedContext
    )) as StoredLead[]
    if (!lead) {
      throw notFound(`Lead with id "${input.lead_id}" was not found`)
    }
    const occurredAt = new Date(input.occurred_at)
    const latest = await this.latestConsentTime_(lead, input.purpose, sharedContext)
    const applied = consentChangeOverrides(occurredAt, latest)
    const change = await this.createLeadConsentChanges(
      {
        lead_id: lead.id,
        purpose: input.purpose,
        granted: input.granted,
        channel: input.channel,
        source: input.source ?? null,
        terms_version: input.terms_version ?? null,
        occurred_at: occurredAt,
        recorded_by: input.recorded_by ?? null,
        note: input.note ?? null,
      },
      sharedContext
    )
    let previous: Record<string, unknown> | null = null
    if (applied) {
      const update = leadConsentUpdate({
        purpose: input.purpose,
        granted: input.granted,
        occurred_at: occurredAt,
        terms_version: input.terms_version ?? null,
      })
      previous = Object.fromEntries(Object.keys(update).map((key) => [key, lead[key] ?? null]))
      await this.updateLeads({ id: lead.id, ...update }, sharedContext)
    }
    return { lead_id: lead.id, consent_change_id: change.id, applied, previous }
  }

  @InjectTransactionManager()
  protected async revertLeadConsent_(
    result: RecordLeadConsentResult,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (result.previous) {
      await this.updateLeads({ id: result.lead_id, ...(result.previous as object) }, sharedContext)
    }
    await this.deleteLeadConsentChanges([result.consent_change_id], sharedContext)
  }

  /**
   * When the statement in force for `purpose` was made: the latest recorded one. A lead
   * captured before the history existed has none; its `consent_at` stands in for it.
   */
  @InjectTransactionManager()
  protected async latestConsentTime_(
    lead: StoredLead,
    purpose: LeadConsentInput["purpose"],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Date | null> {
    const [latest] = await this.listLeadConsentChanges(
      { lead_id: lead.id, purpose },
      { select: ["id", "occurred_at"], order: { occurred_at: "DESC" }, take: 1 },
      sharedContext
    )
    if (latest) {
      return latest.occurred_at
    }
    const [any] = await this.listLeadConsentChanges(
      { lead_id: lead.id },
      { select: ["id"], take: 1 },
      sharedContext
    )
    return any ? null : lead.consent_at ?? null
  }

  /**
   * The history row of a capture's marketing statement, written beside the lead in the
   * capture transaction; none when a dedupe repeats the statement in force.
   */
  @InjectTransactionManager()
  protected async recordCaptureConsent_(
    leadId: string,
    existing: StoredLead | null,
    capture: LeadCapture,
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    if (capture.consent_marketing === undefined || !captureChangesConsent(existing as LeadConsentState | null, capture)) {
      return null
    }
    const change = await this.createLeadConsentChanges(
      {
        lead_id: leadId,
        purpose: "marketing",
        granted: capture.consent_marketing,
        channel: "web_form",
        source: capture.landing_page ?? null,
        terms_version: capture.consent_terms_version ?? null,
        occurred_at: at,
        recorded_by: null,
        note: null,
      },
      sharedContext
    )
    return change.id
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

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null
  }
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}

type PhotogrammetryKeys = {
  address: string | null
  address_hash: string | null
  coordinates: { latitude: number; longitude: number; hash: string } | null
}


function pseudonymMap(values: string[]): Record<string, string> {
  return Object.fromEntries(values.map((value) => [value, generatePseudonym()]))
}

function sumCounts(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0)
}

const LIST_PRIVACY_AUDITS_SQL = `
SELECT id, action, mode, format, actor_type, actor_id, identifier_hashes, counts, reason, completed_at,
  created_at, count(*) OVER () AS full_count
FROM solar360_privacy_audit
WHERE deleted_at IS NULL
  AND (:action::text IS NULL OR action = :action)
  AND (:mode::text IS NULL OR mode = :mode)
  AND (:hashes::jsonb = '[]'::jsonb
    OR EXISTS (SELECT 1 FROM jsonb_array_elements(:hashes::jsonb) wanted WHERE identifier_hashes @> wanted))
ORDER BY created_at DESC, id DESC
LIMIT :limit OFFSET :offset`
