// Consent changes of a lead (LGPD art. 8: the controller proves consent and its
// withdrawal). Every statement is kept in the history; these rules decide whether one also
// becomes the lead's current state. Pure; the module applies them.

/** What a statement is about: marketing contact, or acceptance of the terms of use. */
export const CONSENT_PURPOSES = ["marketing", "terms"] as const

export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]

/** Where the person made the statement; must match the check constraint on the table. */
export const CONSENT_CHANNELS = [
  "web_form",
  "checkout",
  "email",
  "whatsapp",
  "phone",
  "in_person",
  "admin",
  "api",
  // The person followed the confirmation link sent to the lead's own e-mail or phone
  "double_opt_in",
] as const

export type ConsentChannel = (typeof CONSENT_CHANNELS)[number]

/** How far in the future a statement's time may be (clock skew between systems). */
export const CONSENT_MAX_CLOCK_SKEW_MS = 5 * 60 * 1000

/** True when `occurredAt` is not later than `now` plus the allowed clock skew. */
export function isConsentTimeAcceptable(occurredAt: Date, now: Date = new Date()): boolean {
  return occurredAt.getTime() <= now.getTime() + CONSENT_MAX_CLOCK_SKEW_MS
}

/**
 * Whether a statement made at `occurredAt` becomes the current state, given when the latest
 * recorded statement of the same purpose was made (null: none yet). An older statement that
 * arrives late (a queued unsubscribe, a replayed webhook) only goes to the history. On a tie
 * the one recorded last wins.
 */
export function consentChangeOverrides(
  occurredAt: Date | string,
  latestOccurredAt: Date | string | null | undefined
): boolean {
  if (latestOccurredAt === null || latestOccurredAt === undefined) {
    return true
  }
  return new Date(occurredAt).getTime() >= new Date(latestOccurredAt).getTime()
}

export type ConsentStatement = {
  purpose: ConsentPurpose
  granted: boolean
  occurred_at: Date
  terms_version?: string | null
}

export type LeadConsentState = {
  consent_marketing?: boolean
  consent_at?: Date | null
  consent_terms_version?: string | null
}

/**
 * The lead columns a statement sets when it overrides: marketing sets `consent_marketing`;
 * terms set the accepted version (none when acceptance is withdrawn). Both date `consent_at`.
 */
export function leadConsentUpdate(statement: ConsentStatement): LeadConsentState {
  if (statement.purpose === "marketing") {
    return { consent_marketing: statement.granted, consent_at: statement.occurred_at }
  }
  return {
    consent_terms_version: statement.granted ? statement.terms_version ?? null : null,
    consent_at: statement.occurred_at,
  }
}

/**
 * Whether a capture's marketing statement is worth a history row against the lead it folds
 * into: the first explicit statement, a changed answer or a newly accepted terms version.
 * A form re-sending the same answer is not a new consent event.
 */
export function captureChangesConsent(
  existing: LeadConsentState | null,
  capture: { consent_marketing?: boolean; consent_terms_version?: string | null }
): boolean {
  if (capture.consent_marketing === undefined) {
    return false
  }
  if (!existing || !existing.consent_at) {
    return true
  }
  if (Boolean(existing.consent_marketing) !== capture.consent_marketing) {
    return true
  }
  const version = capture.consent_terms_version ?? null
  return version !== null && version !== (existing.consent_terms_version ?? null)
}
