import { FinanceError, FinancingResult, npv, PersonType, simulateFinancing } from "../finance"
import { SolarAssumptions } from "./assumptions"
import { irrOrNull, paybackFromCashFlows } from "./cash-flow"
import { SolarInputError, SolarInputErrorCode } from "./errors"
import { assertPositive, round } from "./sizing"

/**
 * Cash vs financed (the record's `financing_options`): the same system paid upfront or with a
 * Tabela Price loan (IOF and CET by the finance library, domain reference section 1), set
 * against the analysis's yearly net savings.
 *
 * Monthly view: year y's net savings accrue evenly, savings_y / 12 a month, as the payback
 * already assumes. Savings start at the grid connection, which may come months after the
 * loans are released (at the purchase): installments due before it are paid from the
 * customer's pocket (`installments_before_savings`), and every NPV discounts the savings from
 * their real month. NPVs here discount those monthly flows at the analysis rate converted to
 * a monthly one, (1 + r)^(1/12) - 1, for cash and for every loan alike, so the options can be
 * compared. The analysis's own `npv_brl` discounts whole years at year end, so it is a little
 * lower than `cash.npv_brl`.
 */

export interface SolarCashOption {
  total_investment: number
  /** The analysis's payback (first month cumulative net savings reach the investment). */
  payback_months: number | null
  /** Monthly flows, see the module comment. */
  npv_brl: number
  /** Yearly IRR of the yearly flows (the analysis's `irr_percentage`). */
  irr_percentage: number | null
  /** Sum of the net savings over the analysis horizon (the name keeps the default 25 years). */
  total_net_savings_25y: number
}

export interface SolarFinancedOption {
  term_months: number
  monthly_rate_percent: number
  down_payment: number
  /** Principal of the loan: investment - down payment, plus IOF and fees when financed. */
  amount_financed: number
  iof_brl: number
  /** IOF and fees paid at release when they are not financed, else 0. */
  upfront_costs: number
  /** The first installment (the last one may differ by cents: it absorbs the rounding). */
  monthly_payment: number
  /** Down payment + upfront costs + every installment. */
  total_paid: number
  /** 365-day regulated CET, annual %, 2 decimals. */
  cet_annual_percent: number
  /** Year-1 net savings / 12. */
  first_year_monthly_savings: number
  /** first_year_monthly_savings - monthly_payment; negative when the installment exceeds it. */
  monthly_net_first_year: number
  /** Installments due before the first month with savings (release to grid connection). */
  installments_before_savings: number
  /** From the first month with savings on, no month of the loan costs more than it saves. */
  cash_positive_from_month_1: boolean
  /**
   * First month (from the first month with savings) in which cumulative net savings reach
   * total_paid; null beyond the horizon.
   */
  payback_months_on_total_paid: number | null
  /** -(down payment + upfront costs) at month 0, then savings - installment each month. */
  npv_brl: number
  /** Net savings over the horizon - total_paid, undiscounted. */
  net_25y_brl: number
}

export interface SolarFinancingOptions {
  /** Loan release date (YYYY-MM-DD): fixes the due dates, the IOF days and the CET. */
  release_date: string
  /** Months from the release to the first month with savings (0: savings start with installment 1). */
  months_before_savings: number
  person_type: PersonType
  discount_rate: number
  npv_discounting: "monthly"
  cash: SolarCashOption
  financed: SolarFinancedOption[]
}

function assertYearlySavings(yearlySavings: readonly number[]) {
  if (yearlySavings.length === 0 || yearlySavings.some((v) => !Number.isFinite(v))) {
    throw new SolarInputError(
      SolarInputErrorCode.INVALID_INVESTMENT,
      "Yearly savings must be a non-empty list of finite amounts (years 1..N)"
    )
  }
}

function assertReleaseDate(date: Date) {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new SolarInputError(SolarInputErrorCode.INVALID_RELEASE_DATE, "The financing release date is not a valid date")
  }
}

/** Savings of months 1..12N: year y's net savings spread evenly over its 12 months. */
function monthlySavings(yearlySavings: readonly number[]): number[] {
  return yearlySavings.flatMap((yearly) => Array.from({ length: 12 }, () => yearly / 12))
}

function simulate(
  investment: number,
  downPayment: number,
  termMonths: number,
  startDate: Date,
  a: SolarAssumptions
): FinancingResult {
  const iof = (type: PersonType) => ({
    dailyRate: a.financing_iof_rates[type].daily_rate,
    flatRate: a.financing_iof_rates[type].flat_rate,
    maxDays: a.financing_iof_rates[type].max_days,
  })
  try {
    return simulateFinancing({
      system_cost: investment,
      down_payment: downPayment,
      term_months: termMonths,
      rate: { value: a.financing_rate_monthly, period: "monthly" },
      person_type: a.financing_person_type,
      fees: a.financing_fees_brl,
      insurance: 0,
      finance_costs: a.financing_costs_financed,
      release_date: startDate,
      iof_rates: { individual: iof("individual"), company: iof("company") },
    })
  } catch (error) {
    // Valid assumptions can still describe an impossible loan for this investment (upfront
    // fees larger than the credit, say): the caller's options are at fault, not the math.
    if (error instanceof FinanceError) {
      throw new SolarInputError(
        SolarInputErrorCode.INVALID_ASSUMPTION,
        `The financing assumptions give no valid ${termMonths}-month loan for R$ ${investment}: ${error.message}`
      )
    }
    throw error
  }
}

/**
 * Whole months from the release to the first billing month, minus one: installment k falls in
 * the k-th month after the release's, so with a release in December and billing from February
 * the January installment comes before any savings and the February one meets the first.
 */
export function monthsBeforeSavings(releaseDate: Date, firstBillingMonth: { year: number; month: number }): number {
  assertReleaseDate(releaseDate)
  const months =
    (firstBillingMonth.year - releaseDate.getUTCFullYear()) * 12 + (firstBillingMonth.month - 1 - releaseDate.getUTCMonth())
  return Math.max(0, months - 1)
}

export function buildFinancingOptions(
  investment: number,
  yearlySavings: readonly number[],
  startDate: Date,
  assumptions: SolarAssumptions,
  /** See monthsBeforeSavings; 0 when savings start with the first installment. */
  lead = 0
): SolarFinancingOptions {
  assertPositive(investment, SolarInputErrorCode.INVALID_INVESTMENT, "Total investment")
  assertYearlySavings(yearlySavings)
  assertReleaseDate(startDate)
  if (!Number.isInteger(lead) || lead < 0) {
    throw new SolarInputError(
      SolarInputErrorCode.INVALID_CONNECTION_DATE,
      `The months from the loan release to the first savings must be a whole number >= 0, got ${lead}`
    )
  }
  const a = assumptions
  const total = round(investment, 2)
  const monthlyRate = (1 + a.discount_rate) ** (1 / 12) - 1
  const savings = [...Array.from({ length: lead }, () => 0), ...monthlySavings(yearlySavings)]
  const totalSavings = round(
    yearlySavings.reduce((s, v) => s + v, 0),
    2
  )
  const cashFlows = [-total, ...yearlySavings]
  const cashIrr = irrOrNull(cashFlows)

  const cash: SolarCashOption = {
    total_investment: total,
    payback_months: paybackFromCashFlows(cashFlows)?.payback_months ?? null,
    npv_brl: round(npv(monthlyRate, [-total, ...savings]), 2),
    irr_percentage: cashIrr === null ? null : round(cashIrr * 100, 2),
    total_net_savings_25y: totalSavings,
  }

  const downPayment = round(total * a.financing_down_payment_share, 2)
  const firstYearMonthly = yearlySavings[0] / 12
  const financed = a.financing_terms_months.map((term): SolarFinancedOption => {
    if (term > yearlySavings.length * 12) {
      throw new SolarInputError(
        SolarInputErrorCode.INVALID_ASSUMPTION,
        `A ${term}-month loan outlasts the ${yearlySavings.length}-year savings it is compared with`
      )
    }
    const loan = simulate(total, downPayment, term, startDate, a)
    const installments = loan.schedule.map((row) => row.payment)
    const outlay = round(downPayment + loan.upfront_costs, 2)
    // The finance library's total_paid already includes the upfront costs.
    const totalPaid = round(downPayment + loan.total_paid, 2)
    const monthlyNet = savings.map((s, k) => s - (installments[k] ?? 0))
    return {
      term_months: term,
      monthly_rate_percent: round(loan.monthly_rate * 100, 4),
      down_payment: downPayment,
      amount_financed: loan.amount_financed,
      iof_brl: loan.iof.total,
      upfront_costs: loan.upfront_costs,
      monthly_payment: loan.monthly_payment,
      total_paid: totalPaid,
      // + 0: a root found a hair below zero (a costless loan) rounds to -0, which is not 0.
      cet_annual_percent: round(loan.cet_annual * 100, 2) + 0,
      first_year_monthly_savings: round(firstYearMonthly, 2),
      monthly_net_first_year: round(firstYearMonthly - loan.monthly_payment, 2),
      installments_before_savings: Math.min(lead, term),
      cash_positive_from_month_1: monthlyNet.slice(lead, Math.max(lead, term)).every((net) => round(net, 2) >= 0),
      payback_months_on_total_paid: paybackFromCashFlows([-totalPaid, ...yearlySavings])?.payback_months ?? null,
      npv_brl: round(npv(monthlyRate, [-outlay, ...monthlyNet]), 2),
      net_25y_brl: round(totalSavings - totalPaid, 2),
    }
  })

  return {
    release_date: startDate.toISOString().slice(0, 10),
    months_before_savings: lead,
    person_type: a.financing_person_type,
    discount_rate: a.discount_rate,
    npv_discounting: "monthly",
    cash,
    financed,
  }
}
