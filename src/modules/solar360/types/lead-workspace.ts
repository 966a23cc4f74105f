import type { LeadCapture, LeadStatus } from "../../../lib/leads"

/** Where an operator heard of a lead they type in by hand (recorded on its touch and metadata). */
export const MANUAL_LEAD_SOURCES = ["phone", "walk_in", "email", "event", "other"] as const
export type ManualLeadSource = (typeof MANUAL_LEAD_SOURCES)[number]

/** A note an operator wrote on a lead, as stored (body PII-redacted). */
export type StoredLeadNote = {
  id: string
  lead_id: string
  body: string
  author_id: string | null
  created_at: Date | string
}

/** One assignment change: what `solar360.lead.assigned` carries (ids only). */
export type LeadAssignmentChange = {
  id: string
  assigned_to: string | null
  previous_assigned_to: string | null
  actor_type: "user" | "system"
}

/** One lead of a bulk change, answered per lead: a refusal never stops the others. */
export type BulkLeadResult =
  | { id: string; ok: true }
  | { id: string; ok: false; code: string; message: string }

export type BulkLeadUpdate = {
  ids: string[]
  status?: LeadStatus
  lost_reason?: string | null
  assigned_to?: string | null
  note?: string | null
  actor_id?: string | null
}

/** What a merge moved and replaced: all a compensation needs to undo it. */
export type LeadMergeResult = {
  survivor_id: string
  absorbed_id: string
  /** Ids of the child rows moved from the absorbed lead, per table. */
  moved: Record<string, string[]>
  /** The survivor's columns the merge changed, as they were. */
  previous: Record<string, unknown>
  /** The note recording the merge on the survivor. */
  note_id: string
}

/** An import row that passed the capture's validation (already normalised by the schema). */
export type LeadImportRow = { row: number; capture: LeadCapture }
/** An import row that did not, with its field errors. */
export type LeadImportInvalidRow = { row: number; errors: Array<{ field: string; message: string }> }

export type LeadImportMatchKey = "email" | "phone" | "cpf_cnpj"

export type LeadImportRowResult = {
  row: number
  action: "create" | "update" | "invalid"
  lead_id?: string
  match?: { lead_id: string; by: LeadImportMatchKey }
  errors?: Array<{ field: string; message: string }>
}

export type LeadImportResult = {
  dry_run: boolean
  summary: { rows: number; create: number; update: number; invalid: number }
  rows: LeadImportRowResult[]
  /** Leads the import created (for events and compensation); empty on a dry run. */
  created_ids: string[]
  /** Leads the import updated, with their columns as they were (compensation). */
  updated: Array<{ id: string; previous: Record<string, unknown> }>
  /** Touch rows written (compensation). */
  touch_ids: string[]
}
