import {
  annualFromMonthly,
  FinanceError,
  FinancingResult,
  IofRates,
  monthlyFromAnnual,
  roundCents,
  simulateFinancing,
} from "../finance"
import { paybackFromCashFlows } from "../solar/cash-flow"

/**
 * A financing simulation as the store saves it: the request checked against the store's
 * limits, the loan computed (Tabela Price, IOF, 365-day CET), the standard terms for
 * comparison, and projected savings when a viability analysis is linked. Output keys are
 * the financing_simulation columns; rates are in percent there (1.9 = 1.9% a month).
 */

export type FinancingPersonType = "PF" | "PJ"

export type FinancingRequest = {
  system_cost: number
  down_payment: number
  term_months: number
  /** The rate as the customer typed it, in percent, and whether it is monthly or annual. */
  rate_percent: number
  rate_period: "monthly" | "annual"
  person_type: FinancingPersonType
  /** Upfront charges by name, e.g. { tac: 500, registration: 120 }. */
  fees: Record<string, number>
  insurance_amount: number
  /** Whether IOF, fees and insurance are added to the amount financed (else paid upfront). */
  costs_financed: boolean
  release_date: Date
}

export type FinancingLimits = {
  max_term_months: number
  max_monthly_rate_percent: number
}

export type FinancingSettings = FinancingLimits & {
  standard_terms_months: number[]
  iof_rates: Partial<Record<FinancingPersonType, IofRates>>
}

export const DEFAULT_FINANCING_SETTINGS: Readonly<FinancingSettings> = Object.freeze({
  max_term_months: 420,
  max_monthly_rate_percent: 20,
  standard_terms_months: [12, 24, 36, 48, 60, 72, 84, 96, 108, 120],
  iof_rates: {},
})

/** What the linked viability analysis says the system saves. */
export type ProjectedSavings = {
  monthly_savings_brl: number
  /** Net savings of years 1..N (bill savings minus maintenance and inverter replacement). */
  yearly_net_savings_brl: number[]
}

export type AlternativeSimulation = {
  term_months: number
  monthly_payment: number
  total_interest: number
  total_paid: number
  iof_amount: number
  cet_annual: number
  is_chosen: boolean
}

export type FinancingSimulationColumns = {
  system_cost: number
  down_payment: number
  financing_amount: number
  term_months: number
  person_type: FinancingPersonType
  rate_input_period: "monthly" | "annual"
  interest_rate_monthly: number
  interest_rate_annual: number
  monthly_payment: number
  total_interest: number
  total_paid: number
  cet_annual: number
  iof_amount: number
  fees: Record<string, number>
  fees_amount: number
  insurance_amount: number
  costs_financed: boolean
  upfront_costs: number
  release_date: Date
  schedule: FinancingResult["schedule"]
  alternative_simulations: AlternativeSimulation[]
  monthly_energy_savings: number | null
  payback_months: number | null
  roi_percentage: number | null
  assumptions: Record<string, unknown>
}

const PERSON_TYPES = { PF: "individual", PJ: "company" } as const

function percent(fraction: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(fraction * 100 * factor) / factor
}

/** The monthly rate as a fraction, after checking it against the store's limit. */
export function monthlyRateOf(request: Pick<FinancingRequest, "rate_percent" | "rate_period">, limits: FinancingLimits): number {
  if (!Number.isFinite(request.rate_percent) || request.rate_percent < 0) {
    throw new FinanceError("finance_invalid_rate", "the interest rate must be zero or more")
  }
  const rate = request.rate_percent / 100
  const monthly = request.rate_period === "annual" ? monthlyFromAnnual(rate) : rate
  // A tolerance of a billionth: 791.6% a year converted back must not fail a 20% cap by noise.
  // Stryker disable next-line EqualityOperator: equivalent, > and >= differ only at exactly the cap plus 1e-9, which the tolerance exists to absorb.
  if (monthly * 100 > limits.max_monthly_rate_percent + 1e-9) {
    throw new FinanceError(
      "finance_rate_out_of_range",
      `the interest rate must be at most ${limits.max_monthly_rate_percent}% a month ` +
        `(got ${percent(monthly, 4)}% a month)`
    )
  }
  return monthly
}

/** Refuses what no lender would offer, with a code per rule (the API answers 400). */
export function assertFinancingRequest(request: FinancingRequest, limits: FinancingLimits): void {
  if (!Number.isFinite(request.system_cost) || request.system_cost <= 0) {
    throw new FinanceError("finance_invalid_amount", "the system cost must be more than zero")
  }
  if (!Number.isFinite(request.down_payment) || request.down_payment < 0) {
    throw new FinanceError("finance_invalid_amount", "the down payment must be zero or more")
  }
  if (request.down_payment >= request.system_cost) {
    throw new FinanceError(
      "finance_down_payment_too_high",
      "the down payment must be less than the system cost (there would be nothing to finance)"
    )
  }
  if (!Number.isInteger(request.term_months) || request.term_months < 1 || request.term_months > limits.max_term_months) {
    throw new FinanceError(
      "finance_term_out_of_range",
      `the term must be a whole number of months from 1 to ${limits.max_term_months}`
    )
  }
  for (const [name, amount] of Object.entries(request.fees)) {
    if (!Number.isFinite(amount) || amount < 0) {
      throw new FinanceError("finance_invalid_amount", `the fee "${name}" must be zero or more`)
    }
  }
  if (!Number.isFinite(request.insurance_amount) || request.insurance_amount < 0) {
    throw new FinanceError("finance_invalid_amount", "the insurance amount must be zero or more")
  }
  if (Number.isNaN(request.release_date.getTime())) {
    throw new FinanceError("finance_invalid_dates", "the release date is not a valid date")
  }
  monthlyRateOf(request, limits)
}

function simulateTerm(request: FinancingRequest, termMonths: number, monthlyRate: number, settings: FinancingSettings) {
  const feesTotal = roundCents(Object.values(request.fees).reduce((sum, fee) => sum + fee, 0))
  const iofRates = {
    ...(settings.iof_rates.PF ? { individual: settings.iof_rates.PF } : {}),
    ...(settings.iof_rates.PJ ? { company: settings.iof_rates.PJ } : {}),
  }
  return simulateFinancing({
    system_cost: request.system_cost,
    down_payment: request.down_payment,
    term_months: termMonths,
    // Stryker disable next-line StringLiteral: equivalent, simulateFinancing converts only an "annual" rate; any other period is taken as monthly.
    rate: { value: monthlyRate, period: "monthly" },
    person_type: PERSON_TYPES[request.person_type],
    fees: feesTotal,
    insurance: request.insurance_amount,
    finance_costs: request.costs_financed,
    release_date: request.release_date,
    iof_rates: iofRates,
  })
}

/**
 * Savings against everything the financed system costs the customer (down payment, upfront
 * costs and every installment): payback is the first month cumulative savings reach it, and
 * ROI is what the savings leave over it. Installments are not discounted: this is the
 * "how long until the system has paid for its loan" figure a customer asks for.
 */
function projectSavings(totalCost: number, savings: ProjectedSavings) {
  const flows = [-totalCost, ...savings.yearly_net_savings_brl]
  const payback = paybackFromCashFlows(flows)
  const net = savings.yearly_net_savings_brl.reduce((sum, value) => sum + value, 0)
  return {
    monthly_energy_savings: roundCents(savings.monthly_savings_brl),
    payback_months: payback?.payback_months ?? null,
    roi_percentage: Math.round(((net - totalCost) / totalCost) * 10_000) / 100,
  }
}

export function buildFinancingSimulation(
  request: FinancingRequest,
  settings: FinancingSettings = DEFAULT_FINANCING_SETTINGS,
  savings: ProjectedSavings | null = null
): FinancingSimulationColumns {
  assertFinancingRequest(request, settings)
  const monthlyRate = monthlyRateOf(request, settings)
  const chosen = simulateTerm(request, request.term_months, monthlyRate, settings)

  const terms = [...new Set([...settings.standard_terms_months, request.term_months])]
    .filter((term) => term >= 1 && term <= settings.max_term_months)
    .sort((a, b) => a - b)
  const alternatives = terms.map((term) => {
    const result = term === request.term_months ? chosen : simulateTerm(request, term, monthlyRate, settings)
    return {
      term_months: term,
      monthly_payment: result.monthly_payment,
      total_interest: result.total_interest,
      total_paid: result.total_paid,
      iof_amount: result.iof.total,
      cet_annual: percent(result.cet_annual, 2),
      is_chosen: term === request.term_months,
    }
  })

  const feesAmount = roundCents(Object.values(request.fees).reduce((sum, fee) => sum + fee, 0))
  const projected = savings
    ? projectSavings(roundCents(request.down_payment + chosen.total_paid), savings)
    : { monthly_energy_savings: null, payback_months: null, roi_percentage: null }

  return {
    system_cost: roundCents(request.system_cost),
    down_payment: roundCents(request.down_payment),
    financing_amount: chosen.amount_financed,
    term_months: request.term_months,
    person_type: request.person_type,
    rate_input_period: request.rate_period,
    interest_rate_monthly: percent(monthlyRate, 6),
    interest_rate_annual: percent(annualFromMonthly(monthlyRate), 4),
    monthly_payment: chosen.monthly_payment,
    total_interest: chosen.total_interest,
    total_paid: chosen.total_paid,
    cet_annual: percent(chosen.cet_annual, 2),
    iof_amount: chosen.iof.total,
    fees: request.fees,
    fees_amount: feesAmount,
    insurance_amount: roundCents(request.insurance_amount),
    costs_financed: request.costs_financed,
    upfront_costs: chosen.upfront_costs,
    release_date: request.release_date,
    schedule: chosen.schedule,
    alternative_simulations: alternatives,
    ...projected,
    assumptions: {
      model_version: "financing-simulation/1",
      inputs: {
        ...request,
        release_date: request.release_date.toISOString().slice(0, 10),
      },
      amortization: "price",
      rate_conversion: "compound",
      cet_convention: chosen.assumptions.cet_convention,
      first_due_after_months: chosen.assumptions.first_due_after_months,
      iof_rates: chosen.assumptions.iof_rates,
      iof: chosen.iof,
      amount_needed: chosen.amount_needed,
      total_paid_basis: "installments plus upfront costs; the down payment is not included",
      payback_basis: savings
        ? "months of the linked analysis' net savings to cover down payment, upfront costs and every installment"
        : null,
      limits: { max_term_months: settings.max_term_months, max_monthly_rate_percent: settings.max_monthly_rate_percent },
      standard_terms_months: settings.standard_terms_months,
    },
  }
}
