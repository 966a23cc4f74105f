import { findRoot } from "./root-finder"
import { daysBetween } from "./dates"
import { annualFromMonthly } from "./rates"

/** Net present value of flows at periods 0, 1, 2... */
export function npv(rate: number, flows: number[]): number {
  return flows.reduce((sum, flow, period) => sum + flow / Math.pow(1 + rate, period), 0)
}

/** The rate per period at which `flows` (period 0 first) have zero NPV. */
export function irr(flows: number[]): number {
  return findRoot((rate) => npv(rate, flows), -0.9999, 1e4)
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
