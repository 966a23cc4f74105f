import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
} from "@medusajs/framework/utils"
import { isDomainError } from "../../../lib/errors"
import { normalizePhone } from "../../../lib/identifiers"
import {
  assertLeadTransition,
  browsingIdsUnderConsent,
  captureConsentAction,
  consentConfirmationUrl,
  isCaptureVerified,
  LeadCapture,
  leadTouchFromCapture,
  mergeCaptureIntoLead,
  newLeadFromCapture,
  OPEN_LEAD_STATUSES,
  scoreLead,
  signConsentToken,
  visitUpdateFromCapture,
} from "../../../lib/leads"
import type { LeadConsentState } from "../../../lib/leads/consent"
import { SerializedCrud, serializedCrud } from "../internal/serialized-crud"
import type { LeadConsentConfirmationRequest } from "../types/leads"
import type { Lead } from "../models/lead"
import type { LeadStatusChange } from "../models/lead-status-change"
import type { LeadTouch } from "../models/lead-touch"
import type { Solar360Options } from "../options"
import type { LeadPipelineRepository } from "../repositories/lead-pipeline"
import type {
  CaptureLeadResult,
  LeadFunnelFilters,
  LeadStatusUpdate,
  StoredLead,
  UpdateLeadResult,
} from "../types/leads"
import type { LeadConsentService } from "./lead-consent"
import type { PseudonymKeysService } from "./pseudonym-keys"
import { Solar360ErrorCode } from "../errors"

type InjectedDependencies = {
  baseRepository: { serialize(data: unknown): Promise<any> }
  leadService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof Lead>>
  leadStatusChangeService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof LeadStatusChange>>
  leadTouchService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof LeadTouch>>
  leadPipelineRepository: LeadPipelineRepository
  leadConsentService: LeadConsentService
  pseudonymKeysService: PseudonymKeysService
  solar360Options: Solar360Options
}

/**
 * The lead pipeline: storefront captures (deduplicated under advisory locks, scored, each a
 * touch), admin changes through the funnel rules with their history, and the funnel counts.
 * Consent statements go through LeadConsentService; SQL in repositories/lead-pipeline.ts.
 */
export class LeadPipelineService {
  protected readonly baseRepository_: InjectedDependencies["baseRepository"]
  protected readonly leads_: SerializedCrud
  protected readonly statusChanges_: SerializedCrud
  protected readonly touches_: SerializedCrud
  protected readonly repository_: LeadPipelineRepository
  protected readonly consent_: LeadConsentService
  protected readonly pseudonymKeys_: PseudonymKeysService
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.leads_ = serializedCrud(cradle.leadService, cradle.baseRepository)
    this.statusChanges_ = serializedCrud(cradle.leadStatusChangeService, cradle.baseRepository)
    this.touches_ = serializedCrud(cradle.leadTouchService, cradle.baseRepository)
    this.repository_ = cradle.leadPipelineRepository
    this.consent_ = cradle.leadConsentService
    this.pseudonymKeys_ = cradle.pseudonymKeysService
    this.options_ = cradle.solar360Options
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
        Solar360ErrorCode.LEAD_CONTACT_REQUIRED
      )
    }
    await this.repository_.lockKeys(sharedContext, keys.map((key) => `solar360:lead:${key}`))

    const existing = (await this.findOpenLead(normalised, sharedContext)) ?? null
    const verified = isCaptureVerified(normalised, existing as { email?: string | null } | null, normalised.verified_email)
    const consent = captureConsentAction(existing as LeadConsentState | null, normalised, verified)
    const consentExpiresAt =
      consent === "pending" ? new Date(at.getTime() + this.options_.leadConsentConfirmationTtlHours * 3_600_000) : null
    let lead: StoredLead
    let previous: Record<string, unknown> | null = null
    if (!existing) {
      // A pending statement is not the lead's consent yet: it starts with none.
      const { consent_marketing, consent_terms_version, ...withoutConsent } = normalised
      const fields = newLeadFromCapture(consent === "pending" ? withoutConsent : normalised, at)
      const scored = this.scoreLeadFields(fields, at)
      // json columns are typed as objects by the DML; `interests` and touches are arrays/objects.
      lead = (await this.leads_.create({ ...fields, ...scored, status: "new" } as any, sharedContext)) as StoredLead
      await this.statusChanges_.create(
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
      await this.leads_.update({ id: existing.id, ...changes }, sharedContext)
    }
    const consent_change_id =
      consent === "apply" ? await this.consent_.recordCaptureConsent(lead.id, existing, normalised, at, sharedContext) : null
    const touch = await this.touches_.create(
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
        confirmation_url: consentConfirmationUrl(this.options_.leadConsentConfirmationUrl, token),
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
    const [lead] = (await this.leads_.list({ id: leadId }, { take: 1 }, sharedContext)) as StoredLead[]
    if (!lead) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Lead with id "${leadId}" was not found`,
        Solar360ErrorCode.NOT_FOUND
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
      await this.leads_.update({ id: lead.id, ...changes }, sharedContext)
    }
    if (statusChanges) {
      const entry = await this.statusChanges_.create(
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
  @InjectManager()
  async revertLeadUpdate(result: UpdateLeadResult, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (Object.keys(result.previous).length) {
      await this.leads_.update({ id: result.lead_id, ...(result.previous as object) }, sharedContext)
    }
    if (result.status_change_id) {
      await this.statusChanges_.delete([result.status_change_id], sharedContext)
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
    const knex = this.repository_.knex(sharedContext)
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
   * Score and qualification of a lead's current fields, with the plugin's weights. Also used
   * by the behaviour job (lead-behaviour.ts) and the workspace's merge and import.
   */
  scoreLeadFields(fields: Record<string, any>, now: Date = new Date()) {
    const result = scoreLead(
      {
        ...fields,
        monthly_bill_brl: toNumber(fields.monthly_bill_brl),
        monthly_consumption_kwh: toNumber(fields.monthly_consumption_kwh),
        last_touch_at: fields.last_touch_at ? new Date(fields.last_touch_at) : null,
        // Counted by the behaviour job (lead-behaviour.ts); a capture keeps the last count.
        behaviour: fields.score_breakdown?.behaviour ?? null,
      },
      {
        weights: this.options_.leadScoreWeights,
        qualificationThreshold: this.options_.leadQualificationThreshold,
        tariffBrlPerKwh: this.options_.leadScoreTariffBrlPerKwh,
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
        ...(fields.score_breakdown?.behaviour
          ? { behaviour: fields.score_breakdown.behaviour, behaviour_at: fields.score_breakdown.behaviour_at ?? null }
          : {}),
      },
    }
  }

  /** E-mail lower-cased, phone to E.164 (a 400 when it is not one), browsing ids under consent: also the workspace's import. */
  normaliseCapture(capture: LeadCapture): LeadCapture {
    const normalised = {
      ...capture,
      ...browsingIdsUnderConsent(capture, { requireConsent: this.options_.analytics.requireConsent }),
    }
    if (capture.email) {
      normalised.email = capture.email.trim().toLowerCase()
    }
    if (capture.verified_email) {
      normalised.verified_email = capture.verified_email.trim().toLowerCase()
    }
    if (capture.phone) {
      const phone = normalizePhone(capture.phone, this.options_.defaultPhoneCountry as any)
      if (!phone) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `"${capture.phone}" is not a valid phone number`,
          Solar360ErrorCode.INVALID_PHONE
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
    const candidates = (await this.leads_.list(
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
}

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null
  }
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}
