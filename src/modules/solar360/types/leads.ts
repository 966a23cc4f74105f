import type { ConsentChannel, ConsentPurpose, LeadStatus } from "../../../lib/leads"

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

export type StoredLead = Record<string, any> & { id: string; status: LeadStatus; touch_count: number }

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

/**
 * What a notification provider needs to send a double opt-in link, carried by the
 * `solar360.lead.consent_confirmation_requested` event. The addresses are the lead's own as
 * stored, never ones an unverified capture supplied for an existing lead: the link must
 * reach the person the lead is about, not whoever filled in the form.
 */
export type LeadConsentConfirmationRequest = {
  lead_id: string
  touch_id: string
  email: string | null
  phone: string | null
  purpose: "marketing"
  /** The statement to confirm: a grant or a withdrawal. */
  granted: boolean
  terms_version: string | null
  token: string
  /** `leadConsentConfirmationUrl` with `?token=`; null when that option is not set. */
  confirmation_url: string | null
  /** ISO date after which the token is refused. */
  expires_at: string
}

export type ConfirmLeadConsentResult = RecordLeadConsentResult & {
  touch_id: string
  granted: boolean
}

/** Name of the confirmation tokens' secret among the privacy salts (never a date). */
export const LEAD_CONSENT_TOKEN_KEY_NAME = "key:lead-consent-confirmation"
