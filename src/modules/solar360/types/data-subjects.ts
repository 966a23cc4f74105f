import type { SubjectIdentifiers } from "../../../lib/privacy"
import type { RetentionModel } from "../../../lib/privacy/retention"
import type { HelioRetentionPending } from "./helio"

/** What an export's audit record is made of (the export itself is streamed by the route). */
export type DataSubjectExportInput = {
  identifiers: SubjectIdentifiers
  format: string
  counts: Record<string, number>
  actor_type?: string | null
  actor_id?: string | null
}

/** An erasure request: every row of the person anonymised or deleted, audited once per idempotency key. */
export type DataSubjectErasureInput = {
  identifiers: SubjectIdentifiers
  mode: "anonymise" | "delete"
  reason?: string | null
  actor_type?: string | null
  actor_id?: string | null
  idempotency_key?: string | null
}

/** Filters of the audit list; with identifiers, only the audits whose hashes include one of them. */
export type PrivacyAuditFilters = {
  action?: string
  mode?: string
  identifiers?: SubjectIdentifiers | null
  limit: number
  offset: number
}

export type DataRetentionResult = {
  /** True when nothing was deleted: the counts are what a run at `now` would delete. */
  dry_run: boolean
  /** The instant ages were measured against. */
  now: string
  /** Rows older than this are past retention, by model; null = kept forever. */
  cutoffs: Record<RetentionModel, string | null>
  /** Rows deleted (or, in a dry run, to delete) by model; a lead's status history not counted. */
  counts: Record<RetentionModel, number>
  /** Delete transactions run, and the longest one in milliseconds (0 in a dry run). */
  chunks: number
  longest_chunk_ms: number
  /** True when another instance held the retention lock: this run did nothing. */
  locked_out: boolean
  /**
   * Dry run only: what the hourly Helio retention (its own job) would change at `now`, so one
   * preview covers all of the data's life.
   */
  helio_pending?: HelioRetentionPending
}

/** The id sets a resolved subject is matched by. */
export type SubjectIdSets = {
  lead_ids: string[]
  customer_ids: string[]
  anonymous_ids: string[]
  session_ids: string[]
  conversation_ids: string[]
}

export type DataSubjectResolution = SubjectIdSets & {
  /** Each matched lead and which identifiers matched it (or "conversation": a conversation's lead). */
  leads: Array<{ id: string; matched_by: string[] }>
}

export type DataSubjectModelSummary = {
  count: number
  first_at: Date | null
  last_at: Date | null
  /** Rows matching each kind of link (a row can match several). */
  matched_by: Record<string, number>
}

export type DataSubjectSummary = {
  subject: DataSubjectResolution
  models: Record<string, DataSubjectModelSummary | { count: 0; personal_data: false }>
  total: number
}

export type DataSubjectErasure = {
  audit_id: string
  mode: "anonymise" | "delete"
  /** Rows changed (anonymise) or removed (delete) per model. */
  counts: Record<string, number>
  total: number
  /** True when an earlier request with the same Idempotency-Key answered this. */
  replayed: boolean
}
