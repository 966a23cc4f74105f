import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { createHash } from "crypto"
import {
  generatePseudonym,
  hashSubjectIdentifiers,
  isPseudonym,
  redactPii,
  SubjectIdentifiers,
} from "../../../lib/privacy"
import { notFound } from "../errors"
import type { PrivacyAudit } from "../models/privacy-audit"
import type { DataSubjectsRepository } from "../repositories/data-subjects"
import type {
  DataSubjectErasure,
  DataSubjectErasureInput,
  DataSubjectExportInput,
  DataSubjectResolution,
  DataSubjectSummary,
  PrivacyAuditFilters,
  SubjectIdSets,
} from "../types/data-subjects"
import type { PseudonymKeysService } from "./pseudonym-keys"

type InjectedDependencies = {
  baseRepository: { serialize<T>(data: unknown): Promise<T> }
  solar360PrivacyAuditService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof PrivacyAudit>>
  dataSubjectsRepository: DataSubjectsRepository
  pseudonymKeysService: PseudonymKeysService
}

/**
 * LGPD data-subject requests: resolve one person's records from any identifier (following the
 * links between records), summarise and export them, anonymise or delete them in one
 * transaction, and keep the audit trail. SQL in repositories/data-subjects.ts.
 */
export class DataSubjectsService {
  protected readonly baseRepository_: InjectedDependencies["baseRepository"]
  protected readonly audits_: InjectedDependencies["solar360PrivacyAuditService"]
  protected readonly repository_: DataSubjectsRepository
  protected readonly pseudonymKeys_: PseudonymKeysService

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.audits_ = cradle.solar360PrivacyAuditService
    this.repository_ = cradle.dataSubjectsRepository
    this.pseudonymKeys_ = cradle.pseudonymKeysService
  }

  private serialize(data: unknown): Promise<Record<string, any>> {
    return this.baseRepository_.serialize(data)
  }


  /**
   * Finds every record of one person from any of their identifiers, following the links
   * between records (see repositories/sql/data-subjects.ts), and says which records matched and why.
   */
  @InjectManager()
  async resolveDataSubject(
    identifiers: SubjectIdentifiers,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectResolution> {
    return await this.resolveDataSubjectWith(sharedContext, identifiers)
  }

  /** Counts, first and last dates and links per model, for the subject's summary. */
  @InjectManager()
  async summarizeDataSubject(
    identifiers: SubjectIdentifiers,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectSummary> {
    const subject = await this.resolveDataSubjectWith(sharedContext, identifiers)
    const models: DataSubjectSummary["models"] = {}
    let total = 0
    for (const table of this.repository_.personalTables()) {
      const row = await this.repository_.summary(sharedContext, table, subject)
      models[table] = { count: row.count, first_at: row.first_at, last_at: row.last_at, matched_by: row.matched_by }
      total += row.count
    }
    for (const table of this.repository_.nonPersonalTables()) {
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
    if (!this.repository_.personalTables().includes(table)) {
      throw notFound(`No model "${table}" holds personal data`)
    }
    return await this.repository_.rowsPage(sharedContext, table, sets, page)
  }

  /** The audit record of an export (the export itself is streamed by the route). */
  @InjectManager()
  async recordDataSubjectExport(
    input: DataSubjectExportInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const key = await this.pseudonymKeys_.getSubjectIdentifierKey()
    return await this.serialize(await this.audits_.create(
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
    ))
  }

  /**
   * Anonymises or deletes every row of the person in one transaction and writes the audit
   * record. Serialised with other erasures; a retry with the same idempotency key answers
   * the first result; a rerun without one finds nothing left (anonymised rows no longer match).
   */
  @InjectManager()
  async eraseDataSubject(
    input: DataSubjectErasureInput,
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
    input: DataSubjectErasureInput,
    identifierKey: string,
    idempotencyKeyHash: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataSubjectErasure> {
    await this.repository_.lockErasures(sharedContext)
    if (idempotencyKeyHash) {
      const replay = await this.findErasureReplay(idempotencyKeyHash)
      if (replay) {
        return replay
      }
    }
    const subject = await this.resolveDataSubjectWith(sharedContext, input.identifiers)
    const bindings = { ...this.repository_.subjectBindings(subject), pseudonyms: "{}" }
    if (input.mode === "anonymise") {
      const ipHashes = await this.repository_.ipHashes(sharedContext, bindings)
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
    const order = [...this.repository_.personalTables()].sort((a, b) => Number(a === "lead") - Number(b === "lead"))
    for (const table of order) {
      counts[table] = await this.repository_.erase(sharedContext, input.mode, table, bindings)
    }
    for (const table of this.repository_.nonPersonalTables()) {
      counts[table] = 0
    }
    const audit = await this.audits_.create(
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
    filters: PrivacyAuditFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ audits: Record<string, unknown>[]; count: number }> {
    const key = await this.pseudonymKeys_.getSubjectIdentifierKey()
    const hashes = filters.identifiers ? hashSubjectIdentifiers(filters.identifiers, key) : {}
    const wanted = Object.entries(hashes).flatMap(([kind, values]) => values!.map((hash) => ({ [kind]: [hash] })))
    const rows = await this.repository_.listAudits(sharedContext, {
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
    const [earlier] = await this.audits_.list(
      { idempotency_key_hash: idempotencyKeyHash, action: "erase" },
      { take: 1 }
    )
    if (!earlier) {
      return null
    }
    const counts = earlier.counts as Record<string, number>
    return { audit_id: earlier.id, mode: earlier.mode as "anonymise" | "delete", counts, total: sumCounts(counts), replayed: true }
  }

  private async resolveDataSubjectWith(sharedContext: Context, identifiers: SubjectIdentifiers): Promise<DataSubjectResolution> {
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
      const matchedLeads = await this.repository_.matchLeads(sharedContext, {
          leads: [...leads.keys()],
          emails: identifiers.email,
          phones: identifiers.phone,
          tax_ids: identifiers.cpf_cnpj,
          customers: [...customers],
      })
      for (const lead of matchedLeads) {
        // Why: the identifiers given (first round), or the customer it was reached through.
        if (round === 0 || !leads.has(lead.id)) {
          addLead(lead.id, round === 0 ? lead.matched_by : ["customer"])
        }
        if (lead.customer_id && !isPseudonym(lead.customer_id)) {
          customers.add(lead.customer_id)
        }
      }
      const matchedConversations = await this.repository_.matchConversations(sharedContext, {
        leads: [...leads.keys()],
        customers: [...customers],
        sessions: [...givenSessions],
      })
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
    const liveLeads = await this.repository_.matchLeads(sharedContext, {
      leads: [...leads.keys()],
      emails: [],
      phones: [],
      tax_ids: [],
      customers: [],
    })
    const live = new Set(liveLeads.map((lead) => lead.id))
    // Weak links: the browsers the customers used (they find rows, never add people).
    const anonymous = new Set(identifiers.anonymous_id)
    const sessions = new Set(givenSessions)
    // The leads' own tracker ids (stored with a capture under analytics consent) count as well.
    const browsers = [...liveLeads, ...(await this.repository_.customerBrowsers(sharedContext, [...customers]))]
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
}

function pseudonymMap(values: string[]): Record<string, string> {
  return Object.fromEntries(values.map((value) => [value, generatePseudonym()]))
}

function sumCounts(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0)
}
