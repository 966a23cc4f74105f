// Types of the lead consent methods of the service (kept apart so service.ts stays a list
// of methods).
import type { ConsentChannel, ConsentPurpose } from "../../lib/leads"

/** One consent statement to record against a lead. */
export type LeadConsentInput = {
  lead_id: string
  purpose: ConsentPurpose
  granted: boolean
  channel: ConsentChannel
  source?: string | null
  terms_version?: string | null
  /** When the person made the statement; a Date or an ISO string (workflow inputs). */
  occurred_at: Date | string
  recorded_by?: string | null
  note?: string | null
}

export type RecordLeadConsentResult = {
  lead_id: string
  consent_change_id: string
  /** False when a newer statement of the same purpose was already recorded (history only). */
  applied: boolean
  /** The lead columns the change replaced, as they were: what a compensation restores. */
  previous: Record<string, unknown> | null
}

/** The lead consent columns, in the order the admin answers them. */
export const LEAD_CONSENT_FIELDS = [
  "consent_marketing",
  "consent_at",
  "consent_terms_version",
] as const
