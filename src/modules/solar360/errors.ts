import { MedusaError } from "@medusajs/framework/utils"
import { ReportErrorCode } from "../../lib/analytics/reports"
import { isDomainError } from "../../lib/errors"
import { CreditAnalysisErrorCode } from "../../lib/finance/credit-analysis"
import { LeadCsvErrorCode } from "../../lib/leads/csv-import"
import { PhotogrammetryErrorCode } from "../../lib/photogrammetry/errors"
import { SubjectErrorCode } from "../../lib/privacy/subjects"

/**
 * Stable, machine-readable error codes. Clients switch on these, never on messages, so a
 * code is never renamed once released.
 */
export const Solar360ErrorCode = {
  INVALID_OPTIONS: "solar360_invalid_options",
  INVALID_INPUT: "solar360_invalid_input",
  NOT_FOUND: "solar360_not_found",
  // Report ranges and funnels (defined beside the rules in lib/analytics).
  INVALID_RANGE: ReportErrorCode.INVALID_RANGE,
  INVALID_FUNNEL: ReportErrorCode.INVALID_FUNNEL,
  INVALID_STATE: "solar360_invalid_state",
  // Leads: a capture without any contact, a phone that is not one.
  LEAD_CONTACT_REQUIRED: "solar360_lead_contact_required",
  INVALID_PHONE: "solar360_invalid_phone",
  // Admin workspace: a merge of a lead into itself or of an already merged lead; a CSV import
  // that is not a readable CSV (defined beside the parser in lib/leads).
  LEAD_MERGE_INVALID: "solar360_lead_merge_invalid",
  LEAD_CSV_INVALID: LeadCsvErrorCode.INVALID_CSV,
  // ANEEL tariffs (404s).
  DISTRIBUTOR_NOT_FOUND: "solar360_distributor_not_found",
  TARIFF_NOT_FOUND: "solar360_tariff_not_found",
  // Ingestion batches: 413 over the byte limit; every item of a batch refused.
  BATCH_TOO_LARGE: "solar360_batch_too_large",
  EVENTS_REJECTED: "solar360_events_rejected",
  LOGS_REJECTED: "solar360_logs_rejected",
  // Data-subject requests (defined beside the rules in lib/privacy).
  SUBJECT_IDENTIFIER_REQUIRED: SubjectErrorCode.NO_IDENTIFIER,
  SUBJECT_IDENTIFIER_INVALID: SubjectErrorCode.INVALID_IDENTIFIER,
  // Double opt-in of a lead's consent (POST /store/solar360/leads/consent/confirm)
  LEAD_CONSENT_TOKEN_INVALID: "solar360_lead_consent_token_invalid",
  LEAD_CONSENT_TOKEN_EXPIRED: "solar360_lead_consent_token_expired",
  LEAD_CONSENT_TOKEN_USED: "solar360_lead_consent_token_used",
  // 429 from a route's per-client limit (rateLimits option), with Retry-After.
  RATE_LIMITED: "solar360_rate_limited",
  // 401 on the Helio logging routes: an ingestion key that is unknown or revoked.
  INVALID_INGESTION_KEY: "solar360_invalid_ingestion_key",
  // 503: the daily spend cap of a paid upstream API (googleSolarDailySpendCapUsd) is reached.
  UPSTREAM_BUDGET_EXHAUSTED: "solar360_upstream_budget_exhausted",
  // Defined beside the rules in lib/finance (pure code can't import this module).
  INVALID_CREDIT_TRANSITION: CreditAnalysisErrorCode.INVALID_TRANSITION,
  APPROVED_PAYMENT_MISMATCH: CreditAnalysisErrorCode.PAYMENT_MISMATCH,
  INVALID_APPROVED_TERMS: CreditAnalysisErrorCode.INVALID_APPROVED_TERMS,
  REJECTION_REASON_REQUIRED: CreditAnalysisErrorCode.REJECTION_REASON_REQUIRED,
  // Photogrammetry codes, including the upstream ones (an external API failed with no usable
  // cached answer): solar360_upstream_timeout (504) and solar360_upstream_error (502).
  ...PhotogrammetryErrorCode,
} as const

export type Solar360ErrorCode =
  (typeof Solar360ErrorCode)[keyof typeof Solar360ErrorCode]

export function invalidData(message: string, code: Solar360ErrorCode = Solar360ErrorCode.INVALID_INPUT) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, code)
}

export function notFound(message: string) {
  return new MedusaError(MedusaError.Types.NOT_FOUND, message, Solar360ErrorCode.NOT_FOUND)
}

/**
 * Runs pure domain code and turns its refusals (DomainError: bad input with a stable code)
 * into 400s carrying that code; anything else is a bug and propagates as is.
 */
export function asInvalidData<T>(compute: () => T): T {
  try {
    return compute()
  } catch (error) {
    if (isDomainError(error)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message, error.code)
    }
    throw error
  }
}
