import type { SubjectIdentifiers } from "../../../lib/privacy"

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
