import { cetAnnual } from "./cash-flow"
import { monthlyDueDates } from "./dates"
import { FinanceError } from "./errors"
import { DEFAULT_IOF_RATES, Iof, iofOnInstallments, IofRates, PersonType, solveFinancedIof } from "./iof"
import { assertLoan, Installment, priceSchedule } from "./price"
import { monthlyFromAnnual, roundCents } from "./rates"

export type FinancingInput = {
  system_cost: number
  down_payment: number
  term_months: number
  rate: { value: number; period: "monthly" | "annual" }
  person_type: PersonType
  /** Upfront charges (TAC, registration, appraisal...). */
  fees: number
  insurance: number
  /** Whether IOF, fees and insurance are added to the amount financed (else paid upfront). */
  finance_costs: boolean
  release_date: Date
  iof_rates?: Partial<Record<PersonType, IofRates>>
}

export type FinancingResult = {
  amount_needed: number
  amount_financed: number
  monthly_rate: number
  monthly_payment: number
  iof: Iof
  total_interest: number
  /** Everything the borrower pays: installments plus what was paid upfront besides the down payment. */
  total_paid: number
  upfront_costs: number
  /** CET as an annual fraction (0.2536 = 25.36% a year), 365-day regulated formula. */
  cet_annual: number
  schedule: Array<Installment & { due_date: string }>
  assumptions: { iof_rates: IofRates; first_due_after_months: 1; cet_convention: "365-day" }
}

/**
 * A Tabela Price loan as the borrower will live it: IOF by the decree's rules, costs either
 * financed (solved as a fixed point) or paid upfront, and the CET that includes all of them.
 */
export function simulateFinancing(input: FinancingInput): FinancingResult {
  const amountNeeded = roundCents(input.system_cost - input.down_payment)
  if (!(input.down_payment >= 0) || amountNeeded <= 0) {
    throw new FinanceError(
      "finance_invalid_amount",
      "the down payment must be zero or more and less than the system cost"
    )
  }
  if (!(input.fees >= 0) || !(input.insurance >= 0)) {
    throw new FinanceError("finance_invalid_amount", "fees and insurance must be zero or more")
  }
  const monthlyRate =
    input.rate.period === "annual" ? monthlyFromAnnual(input.rate.value) : input.rate.value
  assertLoan(amountNeeded, monthlyRate, input.term_months)

  const rates = { ...DEFAULT_IOF_RATES, ...input.iof_rates }[input.person_type]
  const dueDates = monthlyDueDates(input.release_date, input.term_months)
  const otherCosts = roundCents(input.fees + input.insurance)

  let principal: number
  let iof: Iof
  let released: number
  if (input.finance_costs) {
    ;({ principal, iof } = solveFinancedIof(
      amountNeeded + otherCosts,
      monthlyRate,
      dueDates,
      input.release_date,
      rates
    ))
    released = amountNeeded
  } else {
    principal = amountNeeded
    const schedule = priceSchedule(principal, monthlyRate, input.term_months)
    iof = iofOnInstallments(
      principal,
      schedule.map((row, k) => ({ principal: row.principal, dueDate: dueDates[k] })),
      input.release_date,
      rates
    )
    released = roundCents(amountNeeded - otherCosts - iof.total)
  }

  const schedule = priceSchedule(principal, monthlyRate, input.term_months)
  const installmentsTotal = roundCents(schedule.reduce((sum, row) => sum + row.payment, 0))
  const upfront = input.finance_costs ? 0 : roundCents(otherCosts + iof.total)
  return {
    amount_needed: amountNeeded,
    amount_financed: principal,
    monthly_rate: monthlyRate,
    monthly_payment: schedule[0].payment,
    iof,
    total_interest: roundCents(schedule.reduce((sum, row) => sum + row.interest, 0)),
    total_paid: roundCents(installmentsTotal + upfront),
    upfront_costs: upfront,
    cet_annual: cetAnnual(
      released,
      input.release_date,
      schedule.map((row, k) => ({ date: dueDates[k], amount: row.payment }))
    ),
    schedule: schedule.map((row, k) => ({ ...row, due_date: dueDates[k].toISOString().slice(0, 10) })),
    assumptions: { iof_rates: rates, first_due_after_months: 1, cet_convention: "365-day" },
  }
}
