import { DomainError } from "../errors"
import { classifyTaxId, isValidEmail, normalizePhone } from "../identifiers"
import { DAY_MS } from "../time"

/**
 * Lead scoring with a per-factor explanation. The breakdown exists because LGPD art. 20
 * gives people the right to understand automated decisions about them, so every point
 * must be traceable to a stated reason. Reasons deliberately never echo the e-mail,
 * phone or CPF/CNPJ: the breakdown is stored and shown in the admin, and copying
 * personal data into it would multiply the places it has to be erased from.
 */

// Kept here, free of Medusa imports, so pure code and the data models can share one
// source of truth; must match the check constraint on lead.interest_type.
export const LEAD_INTEREST_TYPES = [
  "solar",
  "financing",
  "quote",
  "product",
  "catalog",
  "calculator",
  "chat",
  "other",
] as const

export type LeadInterestType = (typeof LEAD_INTEREST_TYPES)[number]

/** Maximum points per factor. */
export type LeadScoreWeights = {
  bill: number
  interest: number
  contact: number
  taxId: number
  touches: number
  recency: number
  /** Behaviour (the tracker's browsing and the calculators; kept current by a job). */
  returnVisits: number
  simulations: number
  roofLookups: number
}

export type LeadScoreFactor = keyof LeadScoreWeights

// Fit = how well the lead matches a profitable solar sale; engagement = how actively
// the lead is pursuing it. Interest type counts as engagement because it records what
// the person chose to do (ask for a quote vs browse a catalog), not who they are.
const FACTOR_GROUPS: Record<LeadScoreFactor, "fit" | "engagement"> = {
  bill: "fit",
  interest: "engagement",
  contact: "fit",
  taxId: "fit",
  touches: "engagement",
  recency: "engagement",
  returnVisits: "engagement",
  simulations: "engagement",
  roofLookups: "engagement",
}

const FACTOR_ORDER: LeadScoreFactor[] = [
  "bill",
  "interest",
  "contact",
  "taxId",
  "touches",
  "recency",
  "returnVisits",
  "simulations",
  "roofLookups",
]

export const DEFAULT_LEAD_SCORE_WEIGHTS: Readonly<LeadScoreWeights> = Object.freeze({
  bill: 30,
  interest: 20,
  contact: 20,
  taxId: 10,
  touches: 10,
  recency: 10,
  // Behaviour: bonus points on top of the six profile factors, which keep their 100 points of
  // meaning (see scoreLead). A bonus rather than a share, so a lead whose browsing is unknown
  // (no analytics consent, a phone lead) is not marked down for it, and stored scores keep
  // their meaning when the behaviour job first counts a lead.
  returnVisits: 10,
  simulations: 10,
  roofLookups: 5,
})

/** The factors whose weights are bonus points added to the profile score, not rescaled. */
const BONUS_FACTORS: ReadonlySet<LeadScoreFactor> = new Set(["returnVisits", "simulations", "roofLookups"])

export const DEFAULT_QUALIFICATION_THRESHOLD = 60

/** Average residential tariff with taxes; only used when the lead gave kWh, not R$. */
export const DEFAULT_TARIFF_BRL_PER_KWH = 0.95

// Below ~R$ 150/month the minimum system (plus the grid availability fee that is paid
// anyway) takes too long to pay back; from ~R$ 1,000 the project is clearly worth it.
export const BILL_FLOOR_BRL = 150
export const BILL_CEILING_BRL = 1000

// Ordered by how close the action is to a purchase decision.
export const INTEREST_FRACTIONS: Readonly<Record<LeadInterestType, number>> = Object.freeze({
  quote: 1.0,
  financing: 0.9,
  solar: 0.8,
  calculator: 0.7,
  product: 0.6,
  chat: 0.5,
  catalog: 0.4,
  other: 0.2,
})

const TOUCHES_FOR_FULL_POINTS = 5
const SESSIONS_FOR_FULL_POINTS = 5
const SIMULATIONS_FOR_FULL_POINTS = 2
const ROOF_LOOKUPS_FOR_FULL_POINTS = 1

/**
 * What the person did besides filling forms, counted by the module (a scheduled job keeps it
 * current): distinct browsing sessions of the lead's tracker ids and customer, financing
 * simulations plus viability analyses, and roof (photogrammetry) analyses. Unknown: no points.
 */
export interface LeadBehaviour {
  sessions: number
  simulations: number
  roof_lookups: number
}
const RECENCY_FULL_DAYS = 7
const RECENCY_ZERO_DAYS = 90

export interface LeadScoreInput {
  monthly_bill_brl?: number | null
  monthly_consumption_kwh?: number | null
  interest_type?: string | null
  name?: string | null
  email?: string | null
  phone?: string | null
  city?: string | null
  state?: string | null
  cpf_cnpj?: string | null
  touch_count?: number
  last_touch_at?: Date | null
  behaviour?: LeadBehaviour | null
}

export interface LeadScoreOptions {
  weights?: Partial<LeadScoreWeights>
  qualificationThreshold?: number
  now?: Date
  tariffBrlPerKwh?: number
}

export interface LeadScoreBreakdownItem {
  factor: LeadScoreFactor
  group: "fit" | "engagement"
  points: number
  max_points: number
  reason: string
}

export interface LeadScoreResult {
  score: number
  is_qualified: boolean
  breakdown: LeadScoreBreakdownItem[]
  /** The merged weights as configured, before any rescaling to 100. */
  weights: LeadScoreWeights
  threshold: number
}

function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value))
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
}

// Built by hand rather than with Intl so reasons read the same on every server,
// whatever ICU data Node was built with.
function formatBrl(value: number): string {
  const [int, dec] = value.toFixed(2).split(".")
  return `R$ ${groupThousands(int)}.${dec}`
}

function formatFraction(fraction: number): string {
  return fraction.toFixed(2)
}

function hasText(value: string | null | undefined): boolean {
  return typeof value === "string" && value.trim().length > 0
}

function isPositiveNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0
}

function resolveWeights(partial: Partial<LeadScoreWeights> | undefined): LeadScoreWeights {
  const merged: LeadScoreWeights = { ...DEFAULT_LEAD_SCORE_WEIGHTS }
  if (partial) {
    for (const [key, value] of Object.entries(partial)) {
      if (!(FACTOR_ORDER as string[]).includes(key)) {
        // A misspelt factor would otherwise be ignored and the default silently kept.
        throw new DomainError(
          "lead_score_invalid_weights",
          `Unknown score factor "${key}"; expected one of ${FACTOR_ORDER.join(", ")}`
        )
      }
      if (value === undefined) {
        continue
      }
      merged[key as LeadScoreFactor] = value
    }
  }
  for (const factor of FACTOR_ORDER) {
    const value = merged[factor]
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new DomainError(
        "lead_score_invalid_weights",
        `Weight for "${factor}" must be a finite number >= 0, got ${String(value)}`
      )
    }
  }
  if (FACTOR_ORDER.every((factor) => BONUS_FACTORS.has(factor) || merged[factor] === 0)) {
    throw new DomainError(
      "lead_score_invalid_weights",
      `At least one of the weights ${FACTOR_ORDER.filter((factor) => !BONUS_FACTORS.has(factor)).join(", ")} must be positive`
    )
  }
  return merged
}

interface FactorOutcome {
  fraction: number
  reason: string
}

function billFactor(input: LeadScoreInput, tariff: number): FactorOutcome {
  let bill: number
  let source: string
  // A zero or negative bill is treated as missing data rather than a real R$ 0 bill,
  // so it does not hide a usable consumption value.
  if (isPositiveNumber(input.monthly_bill_brl)) {
    bill = input.monthly_bill_brl
    source = `monthly bill ${formatBrl(bill)}`
  } else if (isPositiveNumber(input.monthly_consumption_kwh)) {
    bill = input.monthly_consumption_kwh * tariff
    source = `estimated monthly bill ${formatBrl(bill)} (${round2(input.monthly_consumption_kwh)} kWh at ${formatBrl(tariff)}/kWh)`
  } else {
    return { fraction: 0, reason: "no monthly bill or consumption informed" }
  }
  const range = `R$ ${groupThousands(String(BILL_FLOOR_BRL))}-${groupThousands(String(BILL_CEILING_BRL))}`
  if (bill < BILL_FLOOR_BRL) {
    return {
      fraction: 0,
      reason: `${source} is below ${formatBrl(BILL_FLOOR_BRL)}, too small for solar to pay back`,
    }
  }
  if (bill >= BILL_CEILING_BRL) {
    return { fraction: 1, reason: `${source} (at or above ${formatBrl(BILL_CEILING_BRL)}, full points)` }
  }
  const fraction = (bill - BILL_FLOOR_BRL) / (BILL_CEILING_BRL - BILL_FLOOR_BRL)
  return { fraction, reason: `${source} (${formatFraction(fraction)} of the ${range} range)` }
}

function interestFactor(input: LeadScoreInput): FactorOutcome {
  if (!hasText(input.interest_type)) {
    return { fraction: 0, reason: "no interest type informed" }
  }
  const type = (input.interest_type as string).trim().toLowerCase()
  if (!Object.prototype.hasOwnProperty.call(INTEREST_FRACTIONS, type)) {
    return { fraction: 0, reason: `unrecognised interest type "${type}"` }
  }
  const fraction = INTEREST_FRACTIONS[type as LeadInterestType]
  return { fraction, reason: `interest "${type}" (${formatFraction(fraction)} of full points)` }
}

function contactFactor(input: LeadScoreInput): FactorOutcome {
  // Shares in hundredths so the sum is exact (0.25 + 0.3 + 0.3 + 0.15 drifts in floats).
  const parts: Array<{ label: string; share: number; present: boolean }> = [
    { label: "name", share: 25, present: hasText(input.name) },
    { label: "valid e-mail", share: 30, present: hasText(input.email) && isValidEmail(input.email as string) },
    { label: "valid phone", share: 30, present: hasText(input.phone) && normalizePhone(input.phone as string) !== null },
    { label: "city and state", share: 15, present: hasText(input.city) && hasText(input.state) },
  ]
  const hundredths = parts.reduce((sum, p) => sum + (p.present ? p.share : 0), 0)
  const have = parts.filter((p) => p.present).map((p) => p.label)
  const missing = parts.filter((p) => !p.present).map((p) => p.label)
  const reason =
    `contact data: ${have.length ? have.join(", ") : "none"}` +
    (missing.length ? `; missing ${missing.join(", ")}` : "")
  return { fraction: hundredths / 100, reason }
}

function taxIdFactor(input: LeadScoreInput): FactorOutcome {
  if (!hasText(input.cpf_cnpj)) {
    return { fraction: 0, reason: "no CPF/CNPJ informed" }
  }
  const kind = classifyTaxId(input.cpf_cnpj as string)
  if (kind === null) {
    return { fraction: 0, reason: "CPF/CNPJ informed but invalid" }
  }
  return { fraction: 1, reason: `valid ${kind.toUpperCase()}` }
}

function touchesFactor(input: LeadScoreInput): FactorOutcome {
  const count =
    typeof input.touch_count === "number" && Number.isFinite(input.touch_count)
      ? Math.max(0, Math.floor(input.touch_count))
      : 0
  // The first touch is the capture itself; only returning visits show engagement.
  const fraction = clamp01((count - 1) / (TOUCHES_FOR_FULL_POINTS - 1))
  const noun = count === 1 ? "touch" : "touches"
  return {
    fraction,
    reason: `${count} ${noun} (${formatFraction(fraction)} of full points at ${TOUCHES_FOR_FULL_POINTS})`,
  }
}

function countOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0
}

function returnVisitsFactor(input: LeadScoreInput): FactorOutcome {
  if (!input.behaviour) {
    return { fraction: 0, reason: "browsing not counted yet" }
  }
  const sessions = countOf(input.behaviour.sessions)
  // The first session is the visit that brought the person; the others are returns.
  const returns = Math.max(0, sessions - 1)
  const fraction = clamp01(returns / (SESSIONS_FOR_FULL_POINTS - 1))
  return {
    fraction,
    reason: `${returns} return ${returns === 1 ? "visit" : "visits"} (${sessions} browsing sessions; full points at ${SESSIONS_FOR_FULL_POINTS})`,
  }
}

function simulationsFactor(input: LeadScoreInput): FactorOutcome {
  if (!input.behaviour) {
    return { fraction: 0, reason: "simulations not counted yet" }
  }
  const count = countOf(input.behaviour.simulations)
  const fraction = clamp01(count / SIMULATIONS_FOR_FULL_POINTS)
  return {
    fraction,
    reason: `${count} financing ${count === 1 ? "simulation or viability analysis" : "simulations and viability analyses"} (full points at ${SIMULATIONS_FOR_FULL_POINTS})`,
  }
}

function roofLookupsFactor(input: LeadScoreInput): FactorOutcome {
  if (!input.behaviour) {
    return { fraction: 0, reason: "roof lookups not counted yet" }
  }
  const count = countOf(input.behaviour.roof_lookups)
  const fraction = clamp01(count / ROOF_LOOKUPS_FOR_FULL_POINTS)
  return { fraction, reason: `${count} roof ${count === 1 ? "analysis" : "analyses"} (full points at ${ROOF_LOOKUPS_FOR_FULL_POINTS})` }
}

function recencyFactor(input: LeadScoreInput, now: Date): FactorOutcome {
  const last = input.last_touch_at
  if (!(last instanceof Date) || Number.isNaN(last.getTime())) {
    return { fraction: 0, reason: "last touch date unknown" }
  }
  // A touch slightly in the future is clock skew between servers, not a stale lead.
  const days = Math.max(0, (now.getTime() - last.getTime()) / DAY_MS)
  const fraction =
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the clamped line is 1 up to RECENCY_FULL_DAYS too
    days <= RECENCY_FULL_DAYS
      ? 1
      : clamp01((RECENCY_ZERO_DAYS - days) / (RECENCY_ZERO_DAYS - RECENCY_FULL_DAYS))
  return {
    fraction,
    reason: `last touch ${days.toFixed(1)} days ago (full within ${RECENCY_FULL_DAYS}, none after ${RECENCY_ZERO_DAYS})`,
  }
}

/**
 * Scores a lead 0-100. Each factor yields a fraction in [0, 1] multiplied by its
 * weight:
 * - bill: monthly bill in R$ (or kWh x tariff when only consumption is known); 0 below
 *   R$ 150, linear to 1 at R$ 1,000 and above;
 * - interest: fixed fraction per interest type (INTEREST_FRACTIONS);
 * - contact: name 0.25, valid e-mail 0.30, valid phone 0.30, city and state 0.15;
 * - taxId: 1 for a valid CPF or CNPJ, else 0;
 * - touches: (touch_count - 1) / 4, capped at 1;
 * - recency: 1 within 7 days of the last touch, linear to 0 at 90 days, 0 if unknown;
 * - returnVisits: (distinct browsing sessions - 1) / 4, capped at 1;
 * - simulations: financing simulations plus viability analyses / 2, capped at 1;
 * - roofLookups: 1 from the first roof analysis.
 * The three behaviour factors score 0 while `behaviour` is unknown (not counted yet).
 *
 * When custom weights do not sum to 100, every factor's maximum is rescaled by
 * 100 / sum(weights) so the score stays on a 0-100 scale and the threshold keeps its
 * meaning. The breakdown reports the rescaled points, so its points always add up to
 * the score (within rounding) and the explanation matches the number shown.
 */
export function scoreLead(input: LeadScoreInput, options: LeadScoreOptions = {}): LeadScoreResult {
  const weights = resolveWeights(options.weights)
  const threshold = options.qualificationThreshold ?? DEFAULT_QUALIFICATION_THRESHOLD
  if (typeof threshold !== "number" || !Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new DomainError(
      "lead_score_invalid_threshold",
      `Qualification threshold must be between 0 and 100, got ${String(threshold)}`
    )
  }
  const tariff = options.tariffBrlPerKwh ?? DEFAULT_TARIFF_BRL_PER_KWH
  if (!isPositiveNumber(tariff)) {
    throw new DomainError(
      "lead_score_invalid_tariff",
      `Tariff must be a positive number of R$/kWh, got ${String(tariff)}`
    )
  }
  const now = options.now ?? new Date()
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new DomainError("lead_score_invalid_now", "The reference date `now` is invalid")
  }

  const outcomes: Record<LeadScoreFactor, FactorOutcome> = {
    bill: billFactor(input, tariff),
    interest: interestFactor(input),
    contact: contactFactor(input),
    taxId: taxIdFactor(input),
    touches: touchesFactor(input),
    recency: recencyFactor(input, now),
    returnVisits: returnVisitsFactor(input),
    simulations: simulationsFactor(input),
    roofLookups: roofLookupsFactor(input),
  }

  // The profile factors share 100 points whatever their weights add up to; the behaviour
  // factors add their weights as bonus points, and the score is capped at 100.
  const weightSum = FACTOR_ORDER.reduce((sum, factor) => (BONUS_FACTORS.has(factor) ? sum : sum + weights[factor]), 0)
  const scale = 100 / weightSum

  const breakdown: LeadScoreBreakdownItem[] = FACTOR_ORDER.map((factor) => {
    const max = BONUS_FACTORS.has(factor) ? weights[factor] : weights[factor] * scale
    const { fraction, reason } = outcomes[factor]
    return {
      factor,
      group: FACTOR_GROUPS[factor],
      points: round2(clamp01(fraction) * max),
      max_points: round2(max),
      reason,
    }
  })

  // Summing the already-rounded points keeps |sum(points) - score| <= 0.5 exact,
  // which is what a person checking the explanation by hand will do.
  const total = round2(breakdown.reduce((sum, item) => sum + item.points, 0))
  const score = Math.min(100, Math.max(0, Math.round(total)))

  return {
    score,
    is_qualified: score >= threshold,
    breakdown,
    weights,
    threshold,
  }
}
