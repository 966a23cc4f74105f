import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  LeadCapture,
  leadTouchFromCapture,
  mergeCaptureIntoLead,
  mergedLeadFields,
  OPEN_LEAD_STATUSES,
  pickAssignees,
} from "../../../lib/leads"
import { redactPii } from "../../../lib/privacy/pii"
import { invalidData, notFound, Solar360ErrorCode } from "../errors"
import { SerializedCrud, serializedCrud } from "../internal/serialized-crud"
import type { Lead } from "../models/lead"
import type { LeadNote } from "../models/lead-note"
import type { LeadTouch } from "../models/lead-touch"
import type { Solar360Options } from "../options"
import type { LeadPipelineRepository } from "../repositories/lead-pipeline"
import { LEAD_CHILD_TABLES, type LeadWorkspaceRepository } from "../repositories/lead-workspace"
import type {
  BulkLeadResult,
  BulkLeadUpdate,
  LeadAssignmentChange,
  LeadImportInvalidRow,
  LeadImportMatchKey,
  LeadImportResult,
  LeadImportRow,
  LeadImportRowResult,
  LeadMergeResult,
  ManualLeadSource,
  StoredLeadNote,
} from "../types/lead-workspace"
import type { StoredLead, UpdateLeadResult } from "../types/leads"
import type { LeadPipelineService } from "./lead-pipeline"

type InjectedDependencies = {
  baseRepository: { serialize(data: unknown): Promise<any> }
  leadService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof Lead>>
  leadNoteService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof LeadNote>>
  leadTouchService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof LeadTouch>>
  leadPipelineService: LeadPipelineService
  leadPipelineRepository: LeadPipelineRepository
  leadWorkspaceRepository: LeadWorkspaceRepository
  solar360Options: Solar360Options
}

const NOTE_FIELDS = ["id", "lead_id", "body", "author_id", "created_at"]

/** The result of a manual create's second half (source, assignee, note), for events and undo. */
export type ManualLeadCompletion = {
  lead_id: string
  touch_id: string
  assignment: LeadAssignmentChange | null
  note_id: string | null
  /** The lead's columns this changed, as they were. */
  previous: Record<string, unknown>
  /** The touch's attribution as it was. */
  previous_attribution: unknown
}

/** What a bulk change did, per lead, with what its compensation and events need. */
export type BulkLeadOutcome = {
  results: BulkLeadResult[]
  updates: UpdateLeadResult[]
  assignments: LeadAssignmentChange[]
  converted_ids: string[]
}

/**
 * The operator's workspace over the lead pipeline: notes, manual leads, bulk changes, merges,
 * CSV imports and the assignment rules (`leads.assignment`). Captures, funnel rules and scores
 * stay LeadPipelineService's; this service calls them so a lead typed in, imported or merged
 * follows the same rules as one captured by the store. SQL in repositories/lead-workspace.ts.
 */
export class LeadWorkspaceService {
  // Read by @InjectManager / @InjectTransactionManager to open the manager and transactions.
  protected readonly baseRepository_: InjectedDependencies["baseRepository"]
  protected readonly leadService_: InjectedDependencies["leadService"]
  protected readonly leads_: SerializedCrud
  protected readonly notes_: SerializedCrud
  protected readonly touches_: SerializedCrud
  protected readonly pipeline_: LeadPipelineService
  protected readonly pipelineRepository_: LeadPipelineRepository
  protected readonly repository_: LeadWorkspaceRepository
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.leadService_ = cradle.leadService
    this.leads_ = serializedCrud(cradle.leadService, cradle.baseRepository)
    this.notes_ = serializedCrud(cradle.leadNoteService, cradle.baseRepository)
    this.touches_ = serializedCrud(cradle.leadTouchService, cradle.baseRepository)
    this.pipeline_ = cradle.leadPipelineService
    this.pipelineRepository_ = cradle.leadPipelineRepository
    this.repository_ = cradle.leadWorkspaceRepository
    this.options_ = cradle.solar360Options
  }

  /**
   * Adds an operator's note to a lead. The body is PII-redacted before it is stored, like
   * every free text the plugin keeps: a note must not become a second copy of a CPF or phone.
   */
  @InjectManager()
  async addLeadNote(
    leadId: string,
    body: string,
    authorId: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredLeadNote> {
    await this.requireLead(leadId, sharedContext)
    const note = await this.notes_.create(
      { lead_id: leadId, body: redactPii(body).text, author_id: authorId },
      sharedContext
    )
    return pickNote(note)
  }

  /**
   * Gives the leads that have no assignee one by the `leads.assignment` rule (none without the
   * option), under a lock so concurrent creations take their round-robin turns one by one.
   * Answers the changes made (what `solar360.lead.assigned` carries).
   */
  @InjectManager()
  async assignNewLeads(leadIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<LeadAssignmentChange[]> {
    const rule = this.options_.leads.assignment
    if (!rule || !leadIds.length) {
      return []
    }
    return this.assignNewLeads_(leadIds, sharedContext)
  }

  @InjectTransactionManager()
  protected async assignNewLeads_(
    leadIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LeadAssignmentChange[]> {
    const rule = this.options_.leads.assignment!
    await this.repository_.lockAssignment(sharedContext)
    const leads = (await this.leads_.list(
      { id: leadIds, assigned_to: null },
      { select: ["id", "state", "created_at"], order: { created_at: "ASC", id: "ASC" } },
      sharedContext
    )) as StoredLead[]
    const last = rule.strategy === "round_robin" ? await this.repository_.lastAssigned(sharedContext, rule.users) : null
    const assignees = pickAssignees(rule, leads as Array<{ state?: string | null }>, last)
    const changes: LeadAssignmentChange[] = []
    for (const [index, lead] of leads.entries()) {
      const assignee = assignees[index]
      if (assignee) {
        await this.leads_.update({ id: lead.id, assigned_to: assignee }, sharedContext)
        changes.push({ id: lead.id, assigned_to: assignee, previous_assigned_to: null, actor_type: "system" })
      }
    }
    return changes
  }

  /** Compensation of assignNewLeads and of the assignment of a manual create. */
  @InjectManager()
  async revertLeadAssignments(changes: LeadAssignmentChange[], @MedusaContext() sharedContext: Context = {}) {
    for (const change of changes) {
      await this.leads_.update({ id: change.id, assigned_to: change.previous_assigned_to }, sharedContext)
    }
  }

  /**
   * The second half of a manual create (the first is the store's capture): records where the
   * operator heard of the lead on its touch (`attribution.source`) and, for a new lead, in its
   * metadata; sets the assignee given or, for a new lead without one, the rule's; adds the note.
   */
  @InjectManager()
  async completeManualLead(
    input: {
      lead_id: string
      touch_id: string
      created: boolean
      source: ManualLeadSource
      assigned_to?: string | null
      note?: string | null
      actor_id?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ManualLeadCompletion> {
    return this.completeManualLead_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async completeManualLead_(
    input: Parameters<LeadWorkspaceService["completeManualLead"]>[0],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ManualLeadCompletion> {
    const [lead] = (await this.leads_.list({ id: input.lead_id }, { take: 1 }, sharedContext)) as StoredLead[]
    const touch = await this.touches_.retrieve(input.touch_id, {}, sharedContext)
    await this.touches_.update(
      { id: touch.id, attribution: { ...(touch.attribution ?? {}), source: input.source, recorded_by: input.actor_id ?? null } },
      sharedContext
    )
    const previous: Record<string, unknown> = {}
    const changes: Record<string, unknown> = {}
    if (input.created) {
      previous.metadata = lead.metadata ?? null
      changes.metadata = { ...(lead.metadata ?? {}), source: input.source }
    }
    let assignment: LeadAssignmentChange | null = null
    if (input.assigned_to !== undefined && input.assigned_to !== (lead.assigned_to ?? null)) {
      previous.assigned_to = lead.assigned_to ?? null
      changes.assigned_to = input.assigned_to
      assignment = {
        id: lead.id,
        assigned_to: input.assigned_to,
        previous_assigned_to: lead.assigned_to ?? null,
        actor_type: "user",
      }
    }
    if (Object.keys(changes).length) {
      await this.leads_.update({ id: lead.id, ...changes }, sharedContext)
    }
    if (input.created && input.assigned_to === undefined) {
      ;[assignment = null] = await this.assignNewLeads([lead.id], sharedContext)
    }
    const note = input.note
      ? await this.notes_.create(
          { lead_id: lead.id, body: redactPii(input.note).text, author_id: input.actor_id ?? null },
          sharedContext
        )
      : null
    return {
      lead_id: lead.id,
      touch_id: touch.id,
      assignment,
      note_id: note?.id ?? null,
      previous,
      previous_attribution: touch.attribution ?? null,
    }
  }

  /** Compensation of completeManualLead. */
  @InjectManager()
  async revertManualLead(result: ManualLeadCompletion, @MedusaContext() sharedContext: Context = {}) {
    if (result.note_id) {
      await this.notes_.delete([result.note_id], sharedContext)
    }
    const previous = { ...result.previous }
    if (result.assignment && !("assigned_to" in previous)) {
      previous.assigned_to = result.assignment.previous_assigned_to
    }
    if (Object.keys(previous).length) {
      await this.leads_.update({ id: result.lead_id, ...previous }, sharedContext)
    }
    await this.touches_.update({ id: result.touch_id, attribution: result.previous_attribution }, sharedContext)
  }

  /**
   * One change applied to many leads, each through the funnel rules in its own transaction:
   * a lead the rules refuse (or that does not exist) is answered `ok: false` with the code and
   * message the single-lead route would give, and the others still change.
   */
  async bulkUpdateLeads(input: BulkLeadUpdate): Promise<BulkLeadOutcome> {
    const outcome: BulkLeadOutcome = { results: [], updates: [], assignments: [], converted_ids: [] }
    for (const id of [...new Set(input.ids)]) {
      try {
        const result = await this.pipeline_.updateLeadWithHistory(id, {
          ...(input.status !== undefined ? { status: input.status } : {}),
          ...(input.lost_reason !== undefined ? { lost_reason: input.lost_reason } : {}),
          ...(input.assigned_to !== undefined ? { assigned_to: input.assigned_to } : {}),
          ...(input.note ? { note: input.note } : {}),
          actor_type: "user",
          actor_id: input.actor_id ?? null,
        })
        outcome.updates.push(result)
        outcome.results.push({ id, ok: true })
        const change = assignmentChange(result, input.assigned_to, "user")
        if (change) {
          outcome.assignments.push(change)
        }
        if (input.status === "converted" && result.status_change_id) {
          outcome.converted_ids.push(id)
        }
      } catch (error) {
        if (!(error instanceof MedusaError)) {
          throw error
        }
        outcome.results.push({
          id,
          ok: false,
          code: (error as MedusaError & { code?: string }).code ?? error.type,
          message: error.message,
        })
      }
    }
    return outcome
  }

  /**
   * Merges the lead `absorbedId` into `survivorId` in one transaction: every touch, status
   * change, consent statement and note moves to the survivor, which gains the absorbed lead's
   * blanks, interests and visits (lib/leads mergedLeadFields) and is re-scored; the absorbed
   * lead keeps its row, soft-deleted with `merged_into_id`, so links to it can be followed.
   */
  @InjectManager()
  async mergeLeads(
    survivorId: string,
    absorbedId: string,
    actorId: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LeadMergeResult> {
    if (survivorId === absorbedId) {
      throw invalidData("A lead cannot be merged into itself", Solar360ErrorCode.LEAD_MERGE_INVALID)
    }
    return this.mergeLeads_(survivorId, absorbedId, actorId, sharedContext)
  }

  @InjectTransactionManager()
  protected async mergeLeads_(
    survivorId: string,
    absorbedId: string,
    actorId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LeadMergeResult> {
    // Both leads, in a fixed order: two merges of the same pair cannot interleave.
    await this.pipelineRepository_.lockKeys(sharedContext, [`solar360:lead:${survivorId}`, `solar360:lead:${absorbedId}`])
    const leads = (await this.leads_.list(
      { id: [survivorId, absorbedId] },
      { withDeleted: true },
      sharedContext
    )) as StoredLead[]
    const survivor = leads.find((lead) => lead.id === survivorId)
    const absorbed = leads.find((lead) => lead.id === absorbedId)
    for (const [lead, id] of [
      [survivor, survivorId],
      [absorbed, absorbedId],
    ] as const) {
      if (!lead || (lead.deleted_at && !lead.merged_into_id)) {
        throw notFound(`Lead with id "${id}" was not found`)
      }
      if (lead.merged_into_id) {
        throw invalidData(
          `Lead "${id}" was already merged into "${lead.merged_into_id}"`,
          Solar360ErrorCode.LEAD_MERGE_INVALID
        )
      }
    }
    const moved: Record<string, string[]> = {}
    for (const table of LEAD_CHILD_TABLES) {
      moved[table] = await this.repository_.moveChildren(sharedContext, table, absorbedId, survivorId)
    }
    const merged = mergedLeadFields(survivor!, absorbed!)
    const changes = { ...merged, ...this.pipeline_.scoreLeadFields({ ...survivor, ...merged }) }
    const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, survivor![key] ?? null]))
    await this.leads_.update({ id: survivorId, ...changes }, sharedContext)
    const note = await this.notes_.create(
      { lead_id: survivorId, body: `Merged lead ${absorbedId} into this lead`, author_id: actorId },
      sharedContext
    )
    await this.leads_.update({ id: absorbedId, merged_into_id: survivorId }, sharedContext)
    await this.leadService_.softDelete([absorbedId], sharedContext)
    return { survivor_id: survivorId, absorbed_id: absorbedId, moved, previous, note_id: note.id }
  }

  /** Compensation of mergeLeads: rows moved back, the survivor's columns restored, the absorbed lead live again. */
  @InjectManager()
  async revertLeadMerge(result: LeadMergeResult, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.revertLeadMerge_(result, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertLeadMerge_(result: LeadMergeResult, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.notes_.delete([result.note_id], sharedContext)
    for (const table of LEAD_CHILD_TABLES) {
      await this.repository_.moveBack(sharedContext, table, result.moved[table] ?? [], result.absorbed_id)
    }
    await this.leads_.update({ id: result.survivor_id, ...result.previous }, sharedContext)
    await this.leadService_.restore([result.absorbed_id], sharedContext)
    await this.leads_.update({ id: result.absorbed_id, merged_into_id: null }, sharedContext)
  }

  /**
   * Classifies the rows of a CSV import (validated by the capture's schema) against the open
   * leads, as the capture dedupes (e-mail first, then phone) and also by CPF/CNPJ: `create`,
   * `update` (with the lead matched and why) or `invalid`. Rows repeating an earlier row of the
   * same file update what that row creates. Without `dry_run`, writes every valid row in one
   * transaction: new leads through the capture itself, matched ones folded in as an operator's
   * capture (blanks filled, interests and visits added, a touch recorded, re-scored).
   */
  @InjectManager()
  async importLeads(
    input: { rows: LeadImportRow[]; invalid: LeadImportInvalidRow[]; dry_run: boolean; at?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LeadImportResult> {
    if (input.dry_run) {
      return this.importLeads_(input, sharedContext)
    }
    return this.importLeadsInTransaction_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async importLeadsInTransaction_(
    input: Parameters<LeadWorkspaceService["importLeads"]>[0],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LeadImportResult> {
    return this.importLeads_(input, sharedContext)
  }

  protected async importLeads_(
    input: Parameters<LeadWorkspaceService["importLeads"]>[0],
    sharedContext: Context
  ): Promise<LeadImportResult> {
    const at = input.at ?? new Date()
    const write = !input.dry_run
    const results = new Map<number, LeadImportRowResult>()
    for (const invalid of input.invalid) {
      results.set(invalid.row, { row: invalid.row, action: "invalid", errors: invalid.errors })
    }
    // Normalised as the capture does (a phone that is not one is this row's error).
    const rows: LeadImportRow[] = []
    for (const row of input.rows) {
      try {
        rows.push({ row: row.row, capture: this.pipeline_.normaliseCapture(row.capture) })
      } catch (error) {
        if (!(error instanceof MedusaError)) {
          throw error
        }
        results.set(row.row, { row: row.row, action: "invalid", errors: [{ field: "phone", message: error.message }] })
      }
    }
    const keysOf = (capture: LeadCapture) =>
      (["email", "phone", "cpf_cnpj"] as const).flatMap((by) =>
        capture[by] ? [{ by, key: `${by}:${capture[by]}` }] : []
      )
    // The open leads any row could match, oldest first (the capture's tie-break), in one read.
    const values = (by: LeadImportMatchKey) => [...new Set(rows.map((row) => row.capture[by]).filter(Boolean))] as string[]
    const matchers = (["email", "phone", "cpf_cnpj"] as const)
      .filter((by) => values(by).length)
      .map((by) => ({ [by]: values(by) }))
    const candidates = matchers.length
      ? ((await this.leads_.list(
          { status: [...OPEN_LEAD_STATUSES], $or: matchers },
          { select: ["id", "email", "phone", "cpf_cnpj", "created_at"], order: { created_at: "ASC", id: "ASC" } },
          sharedContext
        )) as StoredLead[])
      : []
    const stored = new Map<string, string>()
    for (const lead of candidates) {
      for (const by of ["email", "phone", "cpf_cnpj"] as const) {
        if (lead[by] && !stored.has(`${by}:${lead[by]}`)) {
          stored.set(`${by}:${lead[by]}`, lead.id)
        }
      }
    }
    // Keys of earlier rows of this file: the lead they create (null until written).
    const inFile = new Map<string, { row: number; lead_id: string | null }>()
    const result: LeadImportResult = {
      dry_run: input.dry_run,
      summary: { rows: 0, create: 0, update: 0, invalid: 0 },
      rows: [],
      created_ids: [],
      updated: [],
      touch_ids: [],
    }
    const updatedIds = new Set<string>()
    for (const { row, capture } of rows) {
      const keys = keysOf(capture)
      const fromStore = keys.find(({ key }) => stored.has(key))
      const fromFile = fromStore ? undefined : keys.find(({ key }) => inFile.has(key))
      let outcome: LeadImportRowResult
      if (fromStore || fromFile) {
        const match = fromStore
          ? { lead_id: stored.get(fromStore.key)!, by: fromStore.by }
          : { lead_id: inFile.get(fromFile!.key)!.lead_id, by: fromFile!.by, row: inFile.get(fromFile!.key)!.row }
        outcome = { row, action: "update", match: match as LeadImportRowResult["match"] }
        if (write && match.lead_id) {
          const previous = await this.foldImportedRow(match.lead_id, capture, at, sharedContext, result)
          if (!updatedIds.has(match.lead_id) && !result.created_ids.includes(match.lead_id)) {
            updatedIds.add(match.lead_id)
            result.updated.push({ id: match.lead_id, previous })
          }
          outcome.lead_id = match.lead_id
        }
      } else {
        outcome = { row, action: "create" }
        let leadId: string | null = null
        if (write) {
          // The store's own capture, acting for the lead (an operator's file, not an anonymous form).
          const captured = await this.pipeline_.captureLead(
            { ...capture, verified_email: capture.email ?? null },
            at,
            sharedContext
          )
          leadId = captured.lead_id
          result.created_ids.push(leadId)
          result.touch_ids.push(captured.touch_id)
          const touch = await this.touches_.retrieve(captured.touch_id, {}, sharedContext)
          await this.touches_.update(
            { id: touch.id, attribution: { ...(touch.attribution ?? {}), source: "import" } },
            sharedContext
          )
          outcome.lead_id = leadId
        }
        for (const { key } of keys) {
          if (!inFile.has(key)) {
            inFile.set(key, { row, lead_id: leadId })
          }
        }
      }
      results.set(row, outcome)
    }
    result.rows = [...results.values()].sort((a, b) => a.row - b.row)
    for (const row of result.rows) {
      result.summary[row.action] += 1
    }
    result.summary.rows = result.rows.length
    return result
  }

  /** Folds one imported row into a lead (blanks filled, a visit counted, a touch, re-scored); its previous columns. */
  private async foldImportedRow(
    leadId: string,
    capture: LeadCapture,
    at: Date,
    sharedContext: Context,
    result: LeadImportResult
  ): Promise<Record<string, unknown>> {
    const [existing] = (await this.leads_.list({ id: leadId }, { take: 1 }, sharedContext)) as StoredLead[]
    const update = mergeCaptureIntoLead(existing as any, capture, at)
    const changes = { ...update, ...this.pipeline_.scoreLeadFields({ ...existing, ...update }, at) }
    const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, existing[key] ?? null]))
    await this.leads_.update({ id: leadId, ...changes }, sharedContext)
    const fields = leadTouchFromCapture(capture, at, { verified: true, consent: "none" })
    const touch = await this.touches_.create(
      { lead_id: leadId, ...fields, attribution: { ...fields.attribution, source: "import" } } as any,
      sharedContext
    )
    result.touch_ids.push(touch.id)
    return previous
  }

  /** Compensation of a written import: touches and created leads deleted, updated leads restored. */
  @InjectManager()
  async revertLeadImport(result: LeadImportResult, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.revertLeadImport_(result, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertLeadImport_(result: LeadImportResult, @MedusaContext() sharedContext: Context = {}) {
    if (result.touch_ids.length) {
      await this.touches_.delete(result.touch_ids, sharedContext)
    }
    for (const { id, previous } of result.updated) {
      await this.leads_.update({ id, ...previous }, sharedContext)
    }
    if (result.created_ids.length) {
      for (const table of LEAD_CHILD_TABLES) {
        await this.repository_.deleteChildren(sharedContext, table, result.created_ids)
      }
      await this.leads_.delete(result.created_ids, sharedContext)
    }
  }

  private async requireLead(leadId: string, sharedContext: Context): Promise<StoredLead> {
    const [lead] = (await this.leads_.list({ id: leadId }, { take: 1, select: ["id"] }, sharedContext)) as StoredLead[]
    if (!lead) {
      throw notFound(`Lead with id "${leadId}" was not found`)
    }
    return lead
  }
}

function pickNote(note: Record<string, any>): StoredLeadNote {
  return Object.fromEntries(NOTE_FIELDS.map((field) => [field, note[field] ?? null])) as StoredLeadNote
}

/** The assignment change an update made, or null when the assignee stayed the same. */
export function assignmentChange(
  result: UpdateLeadResult,
  assignedTo: string | null | undefined,
  actorType: "user" | "system"
): LeadAssignmentChange | null {
  if (assignedTo === undefined || !("assigned_to" in result.previous)) {
    return null
  }
  const previous = (result.previous.assigned_to as string | null) ?? null
  if (previous === assignedTo) {
    return null
  }
  return { id: result.lead_id, assigned_to: assignedTo, previous_assigned_to: previous, actor_type: actorType }
}
