// The bank's credit analysis of a saved financing simulation: which status moves are
// allowed, what each move requires, and the columns it sets. Pure, so the workflow step and
// the tests share one set of rules.
import { DomainError } from "../errors"
import { pricePayment } from "./price"
import { annualFromMonthly, monthlyFromAnnual, roundCents } from "./rates"

// Must match the enum on financing_simulation.status.
export const CREDIT_ANALYSIS_STATUSES = ["pending", "analyzing", "approved", "rejected"] as const
export type CreditAnalysisStatus = (typeof CREDIT_ANALYSIS_STATUSES)[number]

/** Where each status may go next; approved and rejected are final. */
export const CREDIT_ANALYSIS_TRANSITIONS: Readonly<
  Record<CreditAnalysisStatus, readonly CreditAnalysisStatus[]>
> = {
  pending: ["analyzing"],
  analyzing: ["approved", "rejected"],
  approved: [],
  rejected: [],
}

/** Stable codes (the module's Solar360ErrorCode table repeats them). */
export const CreditAnalysisErrorCode = {
  INVALID_TRANSITION: "solar360_invalid_credit_transition",
  PAYMENT_MISMATCH: "solar360_approved_payment_mismatch",
  INVALID_APPROVED_TERMS: "solar360_invalid_approved_terms",
  REJECTION_REASON_REQUIRED: "solar360_rejection_reason_required",
  INVALID_INPUT: "solar360_invalid_input",
} as const

export const MAX_APPROVED_TERM_MONTHS = 420
/** 20% a month, compounded: about 791.61% a year. Rates are in percent. */
export const MAX_APPROVED_RATE_ANNUAL = annualFromMonthly(0.2) * 100

export type CreditAnalysisState = {
  status: CreditAnalysisStatus
  submitted_at?: Date | string | null
}

export type CreditAnalysisRequest = {
  status: CreditAnalysisStatus
  submitted_to_bank?: boolean
  rejection_reason?: string
  approved_amount?: number
  approved_term_months?: number
  /** Percent a year: 24 means 24% a year. */
  approved_rate_annual?: number
  /** What the caller expects; checked against the server's own computation. */
  approved_monthly_payment?: number
}

/** The columns a move sets. */
export type CreditAnalysisChanges = {
  status: CreditAnalysisStatus
  submitted_to_bank?: boolean
  submitted_at?: Date
  analysis_started_at?: Date
  was_approved?: boolean
  decided_at?: Date
  rejection_reason?: string
  approved_amount?: number
  approved_term_months?: number
  approved_rate_annual?: number
  approved_monthly_payment?: number
}

export function isCreditTransitionAllowed(from: CreditAnalysisStatus, to: CreditAnalysisStatus) {
  return (CREDIT_ANALYSIS_TRANSITIONS[from] ?? []).includes(to)
}

export function assertCreditTransition(from: CreditAnalysisStatus, to: CreditAnalysisStatus) {
  if (!isCreditTransitionAllowed(from, to)) {
    const next = CREDIT_ANALYSIS_TRANSITIONS[from] ?? []
    throw new DomainError(
      CreditAnalysisErrorCode.INVALID_TRANSITION,
      `A financing simulation cannot move from "${from}" to "${to}"` +
        (next.length ? ` (allowed: ${next.join(", ")})` : ` ("${from}" is final)`)
    )
  }
}

/** The Tabela Price installment of approved terms, in cents; the rate is percent a year. */
export function approvedMonthlyPayment(amount: number, termMonths: number, rateAnnualPercent: number) {
  return roundCents(pricePayment(amount, monthlyFromAnnual(rateAnnualPercent / 100), termMonths))
}

/** How far a caller's installment may be from the computed one: R$ 0.01 or 0.5%, the larger. */
export function paymentTolerance(computed: number) {
  return Math.max(0.01, computed * 0.005)
}

const APPROVED_TERM_FIELDS = [
  "approved_amount",
  "approved_term_months",
  "approved_rate_annual",
  "approved_monthly_payment",
] as const

/**
 * Checks a requested move against the current state and answers the columns to set.
 * Throws a DomainError (nothing to write) when the move or its data is not acceptable.
 */
export function planCreditAnalysis(
  current: CreditAnalysisState,
  request: CreditAnalysisRequest,
  now: Date
): CreditAnalysisChanges {
  assertCreditTransition(current.status, request.status)
  if (request.submitted_to_bank === false) {
    throw new DomainError(
      CreditAnalysisErrorCode.INVALID_INPUT,
      "submitted_to_bank cannot be false: an analysis at the bank means it was submitted"
    )
  }
  if (request.status !== "approved") {
    const stray = APPROVED_TERM_FIELDS.filter((field) => request[field] !== undefined)
    if (stray.length) {
      throw new DomainError(
        CreditAnalysisErrorCode.INVALID_INPUT,
        `${stray.join(", ")} only go with status "approved"`
      )
    }
  }
  if (request.status !== "rejected" && request.rejection_reason !== undefined) {
    throw new DomainError(
      CreditAnalysisErrorCode.INVALID_INPUT,
      'rejection_reason only goes with status "rejected"'
    )
  }

  switch (request.status) {
    case "analyzing":
      return {
        status: "analyzing",
        submitted_to_bank: true,
        submitted_at: current.submitted_at ? new Date(current.submitted_at) : now,
        analysis_started_at: now,
      }
    case "approved":
      return { status: "approved", was_approved: true, decided_at: now, ...approvedTerms(request) }
    case "rejected": {
      const reason = request.rejection_reason?.trim()
      if (!reason) {
        throw new DomainError(
          CreditAnalysisErrorCode.REJECTION_REASON_REQUIRED,
          "A rejection needs a rejection_reason"
        )
      }
      return { status: "rejected", was_approved: false, decided_at: now, rejection_reason: reason }
    }
    // Stryker disable all: unreachable, assertCreditTransition threw for every other status
    default:
      // pending is never a target (no status moves back to it): assertCreditTransition threw.
      throw new DomainError(
        CreditAnalysisErrorCode.INVALID_TRANSITION,
        `Unknown credit analysis status "${String(request.status)}"`
      )
  }
}

// Stryker restore all

function approvedTerms(request: CreditAnalysisRequest) {
  const { approved_amount: amount, approved_term_months: term, approved_rate_annual: rate } = request
  const missing = (["approved_amount", "approved_term_months", "approved_rate_annual"] as const).filter(
    (field) => request[field] === undefined || request[field] === null
  )
  if (missing.length) {
    throw termsError(`An approval needs ${missing.join(", ")}`)
  }
  if (!Number.isFinite(amount) || amount! <= 0 || Math.abs(roundCents(amount!) - amount!) > 1e-9) {
    throw termsError(`approved_amount must be a positive amount in BRL with at most 2 decimals (got ${amount})`)
  }
  if (!Number.isInteger(term) || term! < 1 || term! > MAX_APPROVED_TERM_MONTHS) {
    throw termsError(`approved_term_months must be a whole number from 1 to ${MAX_APPROVED_TERM_MONTHS} (got ${term})`)
  }
  if (!Number.isFinite(rate) || rate! < 0 || rate! > MAX_APPROVED_RATE_ANNUAL) {
    throw termsError(
      `approved_rate_annual is a percentage a year from 0 to ${MAX_APPROVED_RATE_ANNUAL.toFixed(2)} (20% a month) (got ${rate})`
    )
  }
  const computed = approvedMonthlyPayment(amount!, term!, rate!)
  const sent = request.approved_monthly_payment
  if (sent !== undefined && !(Math.abs(sent - computed) <= paymentTolerance(computed) + 1e-9)) {
    throw new DomainError(
      CreditAnalysisErrorCode.PAYMENT_MISMATCH,
      `approved_monthly_payment ${sent.toFixed(2)} does not match the ${computed.toFixed(2)} computed ` +
        `for ${amount!.toFixed(2)} over ${term} months at ${rate}% a year (Tabela Price)`
    )
  }
  return {
    approved_amount: amount!,
    approved_term_months: term!,
    approved_rate_annual: rate!,
    approved_monthly_payment: computed,
  }
}

function termsError(message: string) {
  return new DomainError(CreditAnalysisErrorCode.INVALID_APPROVED_TERMS, message)
}
