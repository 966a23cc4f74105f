import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  captureChangesConsent,
  consentChangeOverrides,
  LeadConsentState,
  leadConsentUpdate,
} from "../../../lib/leads/consent"
import { LeadCapture, verifyConsentToken } from "../../../lib/leads"
import { notFound, Solar360ErrorCode } from "../errors"
import { SerializedCrud, serializedCrud } from "../internal/serialized-crud"
import {
  ConfirmLeadConsentResult,
  LEAD_CONSENT_FIELDS,
  LeadConsentInput,
  RecordLeadConsentResult,
} from "../types/leads"
import type { Lead } from "../models/lead"
import type { LeadConsentChange } from "../models/lead-consent-change"
import type { LeadTouch } from "../models/lead-touch"
import type { LeadPipelineRepository } from "../repositories/lead-pipeline"
import type { StoredLead } from "../types/leads"
import type { PseudonymKeysService } from "./pseudonym-keys"

type InjectedDependencies = {
  baseRepository: { serialize(data: unknown): Promise<any> }
  leadService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof Lead>>
  leadConsentChangeService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof LeadConsentChange>>
  leadTouchService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof LeadTouch>>
  leadPipelineRepository: LeadPipelineRepository
  pseudonymKeysService: PseudonymKeysService
}

/**
 * Lead consent history (LGPD, issue 8): every statement kept, the newest in force, double
 * opt-in confirmations applied once. Rules in lib/leads/consent.ts; types in lead-consent.ts.
 */
export class LeadConsentService {
  protected readonly baseRepository_: InjectedDependencies["baseRepository"]
  protected readonly leads_: SerializedCrud
  protected readonly consentChanges_: SerializedCrud
  protected readonly touches_: SerializedCrud
  protected readonly repository_: LeadPipelineRepository
  protected readonly pseudonymKeys_: PseudonymKeysService

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.leads_ = serializedCrud(cradle.leadService, cradle.baseRepository)
    this.consentChanges_ = serializedCrud(cradle.leadConsentChangeService, cradle.baseRepository)
    this.touches_ = serializedCrud(cradle.leadTouchService, cradle.baseRepository)
    this.repository_ = cradle.leadPipelineRepository
    this.pseudonymKeys_ = cradle.pseudonymKeysService
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
    await this.repository_.lockKeys(sharedContext, [`solar360:lead-touch:${touchId}`])
    const [touch] = await this.touches_.list({ id: touchId }, { take: 1 }, sharedContext)
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
    await this.touches_.update({ id: touch.id, consent_state: "confirmed", consent_confirmed_at: at }, sharedContext)
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
    await this.touches_.update(
      { id: result.touch_id, consent_state: "pending", consent_confirmed_at: null },
      sharedContext
    )
  }


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
    await this.repository_.lockKeys(sharedContext, [`solar360:lead-consent:${input.lead_id}`])
    const [lead] = (await this.leads_.list(
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
    const change = await this.consentChanges_.create(
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
      await this.leads_.update({ id: lead.id, ...update }, sharedContext)
    }
    return { lead_id: lead.id, consent_change_id: change.id, applied, previous }
  }

  @InjectTransactionManager()
  protected async revertLeadConsent_(
    result: RecordLeadConsentResult,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (result.previous) {
      await this.leads_.update({ id: result.lead_id, ...(result.previous as object) }, sharedContext)
    }
    await this.consentChanges_.delete([result.consent_change_id], sharedContext)
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
    const [latest] = await this.consentChanges_.list(
      { lead_id: lead.id, purpose },
      { select: ["id", "occurred_at"], order: { occurred_at: "DESC" }, take: 1 },
      sharedContext
    )
    if (latest) {
      return latest.occurred_at
    }
    const [any] = await this.consentChanges_.list(
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
  async recordCaptureConsent(
    leadId: string,
    existing: StoredLead | null,
    capture: LeadCapture,
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    if (capture.consent_marketing === undefined || !captureChangesConsent(existing as LeadConsentState | null, capture)) {
      return null
    }
    const change = await this.consentChanges_.create(
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
}
