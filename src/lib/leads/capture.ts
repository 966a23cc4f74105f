// How a lead captured from the storefront becomes a new record or updates an open one
// (dedupe): first touch is kept, last touch replaced, interests accumulate, blanks are
// filled, explicit consent statements replace older ones. Pure; the module applies it.
//
// Who may change what: anyone with the storefront's (public) publishable key can post a
// capture carrying anyone's e-mail or phone. So a capture only updates an existing lead's
// data and consent when it is *verified* (a logged-in customer whose account e-mail is the
// lead's); otherwise it counts as a visit (touch count, last touch, interests) and what it
// said is kept in a lead_touch row, its consent statement pending a double opt-in.
import { type ConsentPolicy, resolveConsent } from "../analytics/consent"
import { redactPii } from "../privacy/pii"
import { captureChangesConsent, LeadConsentState } from "./consent"

export const TOUCH_FIELDS = [
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "utm_term",
  "utm_content",
  "gclid",
  "fbclid",
  "landing_page",
  "referrer",
] as const

export type TouchField = (typeof TOUCH_FIELDS)[number]

/** One visit's attribution, as stored in `first_touch` / `last_touch`. */
export type LeadTouch = Partial<Record<TouchField, string>> & { at: string }

/** Contact and interest fields a capture may fill. */
export const PROFILE_FIELDS = [
  "name",
  "email",
  "phone",
  "company",
  "cpf_cnpj",
  "city",
  "state",
] as const

export type LeadCapture = Partial<Record<(typeof PROFILE_FIELDS)[number], string | null>> &
  Partial<Record<TouchField, string | null>> & {
    interest_type: string
    message?: string | null
    monthly_bill_brl?: number | null
    monthly_consumption_kwh?: number | null
    /** undefined: the form did not ask; a boolean is an explicit statement. */
    consent_marketing?: boolean
    consent_terms_version?: string | null
    customer_id?: string | null
    ip_hash?: string | null
    /** The tracker's ids of the visitor and of the browsing session (see browsingIdsUnderConsent). */
    anonymous_id?: string | null
    session_id?: string | null
    /** The capture's analytics statement; undefined: none (the `analytics.requireConsent` option decides). */
    consent_analytics?: boolean
    /**
     * An e-mail address the caller is known to control: a logged-in customer's account
     * e-mail. Absent for anonymous callers, whose captures are unverified.
     */
    verified_email?: string | null
  }

/** The stored lead fields a merge reads. */
export type StoredLeadForMerge = Partial<Record<(typeof PROFILE_FIELDS)[number], string | null>> & {
  interest_type: string
  interests?: unknown
  message?: string | null
  monthly_bill_brl?: number | null
  monthly_consumption_kwh?: number | null
  touch_count: number
  first_touch?: unknown
  customer_id?: string | null
}

export function touchFromCapture(capture: LeadCapture, at: Date): LeadTouch {
  const touch: LeadTouch = { at: at.toISOString() }
  for (const field of TOUCH_FIELDS) {
    const value = capture[field]
    if (value) {
      touch[field] = value
    }
  }
  return touch
}

/** Columns of a brand-new lead (score and status are added by the caller). */
export function newLeadFromCapture(capture: LeadCapture, at: Date) {
  const touch = touchFromCapture(capture, at)
  const consentGiven = capture.consent_marketing === true
  return {
    ...pick(capture, PROFILE_FIELDS),
    ...pick(capture, TOUCH_FIELDS),
    interest_type: capture.interest_type,
    interests: [capture.interest_type],
    message: capture.message ?? null,
    monthly_bill_brl: capture.monthly_bill_brl ?? null,
    monthly_consumption_kwh: capture.monthly_consumption_kwh ?? null,
    first_touch: touch,
    last_touch: touch,
    touch_count: 1,
    first_touch_at: at,
    last_touch_at: at,
    consent_marketing: consentGiven,
    consent_terms_version: capture.consent_terms_version ?? null,
    consent_at: capture.consent_marketing === undefined ? null : at,
    customer_id: capture.customer_id ?? null,
    ip_hash: capture.ip_hash ?? null,
    anonymous_id: capture.anonymous_id ?? null,
    session_id: capture.session_id ?? null,
  }
}

export const BROWSING_ID_FIELDS = ["anonymous_id", "session_id"] as const

/**
 * The tracker's ids a capture may store: kept only under analytics consent, by the rule the
 * events follow (applyConsent): the capture's own `analytics` statement, else granted unless
 * the `analytics.requireConsent` option is on. Refused: both null, so nothing links the lead
 * to the browsing the visitor did not agree to have measured.
 */
export function browsingIdsUnderConsent(
  capture: Pick<LeadCapture, "anonymous_id" | "session_id" | "consent_analytics">,
  policy: ConsentPolicy
): { anonymous_id: string | null; session_id: string | null } {
  const statement = capture.consent_analytics === undefined ? null : { analytics: capture.consent_analytics }
  if (!resolveConsent(statement, policy).analytics) {
    return { anonymous_id: null, session_id: null }
  }
  return { anonymous_id: capture.anonymous_id ?? null, session_id: capture.session_id ?? null }
}

/**
 * The update that folds a repeated *verified* capture into an open lead. Profile blanks are
 * filled (a stored value is not overwritten by a later form), the newest message, bill and
 * consumption win, the last touch is replaced, and a new interest is appended.
 */
export function mergeCaptureIntoLead(
  existing: StoredLeadForMerge,
  capture: LeadCapture,
  at: Date
) {
  const update: Record<string, unknown> = {}
  for (const field of PROFILE_FIELDS) {
    if (!existing[field] && capture[field]) {
      update[field] = capture[field]
    }
  }
  update.interest_type = capture.interest_type

  for (const field of ["message", "monthly_bill_brl", "monthly_consumption_kwh"] as const) {
    if (capture[field] !== undefined && capture[field] !== null) {
      update[field] = capture[field]
    }
  }
  Object.assign(update, visitUpdateFromCapture(existing, capture, at))

  if (capture.consent_marketing !== undefined) {
    // The latest explicit statement is the one in force (consent can be withdrawn).
    update.consent_marketing = capture.consent_marketing
    update.consent_terms_version = capture.consent_terms_version ?? null
    update.consent_at = at
  }
  if (!existing.customer_id && capture.customer_id) {
    update.customer_id = capture.customer_id
  }
  if (capture.ip_hash) {
    update.ip_hash = capture.ip_hash
  }
  return update
}

/**
 * What any capture into an open lead changes, verified or not: only what describes the
 * visit (touch count, last touch and the flat attribution columns mirroring it, the list of
 * interests shown). Never contact data, the main interest, message, bill, customer, IP hash
 * or consent: an unverified caller may be anyone.
 */
export function visitUpdateFromCapture(
  existing: StoredLeadForMerge,
  capture: LeadCapture,
  at: Date
) {
  const update: Record<string, unknown> = {}
  const interests = Array.isArray(existing.interests)
    ? [...(existing.interests as string[])]
    : [existing.interest_type]
  if (!interests.includes(capture.interest_type)) {
    interests.push(capture.interest_type)
  }
  update.interests = interests

  const touch = touchFromCapture(capture, at)
  update.last_touch_at = at
  // Last *non-direct* touch (as Google Analytics attributes): a visit without any
  // campaign, click id or referrer does not erase the campaign that brought the person.
  if (hasAttribution(touch)) {
    update.last_touch = touch
    // Flat columns mirror the last touch, so a filter on utm_campaign finds the
    // campaign that brought the person back.
    for (const field of TOUCH_FIELDS) {
      update[field] = touch[field] ?? null
    }
  }
  if (!existing.first_touch) {
    update.first_touch = touch
  }
  // The newest browsing ids win: the timeline and the behaviour score follow the visitor's
  // current device and session. A capture without them (or without consent) keeps the old ones.
  for (const field of BROWSING_ID_FIELDS) {
    if (capture[field]) {
      update[field] = capture[field]
    }
  }
  update.touch_count = existing.touch_count + 1
  return update
}

/**
 * Whether a capture may act for the lead: the caller is a logged-in customer
 * (`verifiedEmail`, the account's normalised e-mail), the capture carries that e-mail, and
 * the lead is new or has that e-mail. Anything else is unverified: a phone, or an e-mail
 * typed into a form, proves nothing about who typed it.
 */
export function isCaptureVerified(
  capture: { email?: string | null },
  lead: { email?: string | null } | null,
  verifiedEmail: string | null | undefined
): boolean {
  if (!verifiedEmail || !capture.email || capture.email !== verifiedEmail) {
    return false
  }
  return lead === null || lead.email === verifiedEmail
}

/** What became of a capture's consent statement (stored on its lead_touch row). */
export const LEAD_TOUCH_CONSENT_STATES = ["applied", "pending", "confirmed"] as const

export type LeadTouchConsentState = (typeof LEAD_TOUCH_CONSENT_STATES)[number]

/**
 * What to do with a capture's marketing statement: `none` (no statement, or it repeats the
 * one in force), `apply` it now, or keep it `pending` a double opt-in. Applied now: a
 * verified capture's, and a new lead's refusal (it only states the default, no contact,
 * and proves the form asked). Pending: every other statement of an unverified capture,
 * including a new lead's grant, since anyone can type anyone's e-mail.
 */
export function captureConsentAction(
  existing: LeadConsentState | null,
  capture: { consent_marketing?: boolean; consent_terms_version?: string | null },
  verified: boolean
): "none" | "apply" | "pending" {
  if (capture.consent_marketing === undefined) {
    return "none"
  }
  if (!existing) {
    return verified || capture.consent_marketing === false ? "apply" : "pending"
  }
  if (!captureChangesConsent(existing, capture)) {
    return "none"
  }
  return verified ? "apply" : "pending"
}

/**
 * The lead_touch row of a capture: its attribution, interest, message (PII-redacted: it may
 * come from anyone) and consent statement with what became of it.
 */
export function leadTouchFromCapture(
  capture: LeadCapture,
  at: Date,
  options: { verified: boolean; consent: "none" | "apply" | "pending"; consentExpiresAt?: Date | null }
) {
  const statement = options.consent === "none" ? undefined : capture.consent_marketing
  return {
    occurred_at: at,
    verified: options.verified,
    interest_type: capture.interest_type,
    attribution: touchFromCapture(capture, at),
    message: capture.message ? redactPii(capture.message).text : null,
    ip_hash: capture.ip_hash ?? null,
    consent_marketing: statement ?? null,
    consent_terms_version: statement === undefined ? null : capture.consent_terms_version ?? null,
    consent_state:
      options.consent === "apply" ? ("applied" as const) : options.consent === "pending" ? ("pending" as const) : null,
    consent_expires_at: options.consent === "pending" ? options.consentExpiresAt ?? null : null,
  }
}

export function hasAttribution(touch: LeadTouch): boolean {
  return TOUCH_FIELDS.some((field) => Boolean(touch[field]))
}

function pick<T extends object, K extends readonly string[]>(source: T, keys: K) {
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    out[key] = (source as Record<string, unknown>)[key] ?? null
  }
  return out as Record<K[number], string | null>
}
