import type { LeadStatus } from "../../../lib/leads"
import type { LeadConsentConfirmationRequest } from "../lead-consent"

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
