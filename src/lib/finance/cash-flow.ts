import { FinanceError } from "./errors"
import { findRoot } from "./root-finder"
import { daysBetween } from "./dates"
import { annualFromMonthly } from "./rates"

/** Net present value of flows at periods 0, 1, 2... */
export function npv(rate: number, flows: readonly number[]): number {
  return flows.reduce((sum, flow, period) => sum + flow / Math.pow(1 + rate, period), 0)
}

// Ascending candidate rates: the first sign change brackets the IRR. Conventional flows (one
// outlay, then returns) have exactly one root; for unusual flows this picks the lowest root,
// the conservative reading.
const IRR_GRID = [
  -0.99, -0.9, -0.75, -0.5, -0.25, -0.1, 0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5,
  10, 100, 1e4,
]

/** The rate per period at which `flows` (period 0 first) have zero NPV. */
export function irr(flows: readonly number[]): number {
  const f = (rate: number) => npv(rate, flows)
  let previous = f(IRR_GRID[0])
  for (let k = 1; k < IRR_GRID.length; k++) {
    const current = f(IRR_GRID[k])
    if (previous === 0) {
      return IRR_GRID[k - 1]
    }
    if (Math.sign(previous) !== Math.sign(current)) {
      return findRoot(f, IRR_GRID[k - 1], IRR_GRID[k])
    }
    previous = current
  }
  // No zero is left to check here: a zero at the last rate was a sign change or returned above.
  throw new FinanceError(
    "finance_no_root_in_bracket",
    "no rate between -99% and 1,000,000% per period gives these cash flows a zero NPV"
  )
}

export type DatedPayment = { date: Date; amount: number }

/**
 * CET by the regulated 365-day formula (Res. CMN 3.517/2007, now 4.881/2020): the annual rate
 * with sum_j FC_j / (1 + CET)^((d_j - d_0)/365) = FC_0, where FC_0 is the credit actually
 * released to the borrower and FC_j every payment on its real date.
 */
export function cetAnnual(released: number, releaseDate: Date, payments: DatedPayment[]): number {
  const terms = payments.map(({ date, amount }) => ({
    years: daysBetween(releaseDate, date) / 365,
    amount,
  }))
  const balance = (rate: number) =>
    terms.reduce((sum, { years, amount }) => sum + amount / Math.pow(1 + rate, years), 0) - released
  return findRoot(balance, -0.9999, 1e4)
}

/** The monthly IRR of a loan paid in equal periods, as an annual rate ((1+i)^12 - 1). */
export function monthlyIrrAsAnnual(released: number, payments: number[]): { monthly: number; annual: number } {
  const monthly = irr([-released, ...payments])
  return { monthly, annual: annualFromMonthly(monthly) }
}
