// IOF on credit operations (Decreto 6.306/2007 art. 7; PJ flat rate per Decreto 12.466/2025):
// a daily rate on the principal amortised by each installment, for the days from release to
// that installment's due date (capped), plus a flat rate on the whole amount. The rates change
// by decree, so they are options (`iofRates`) with these defaults.
import { daysBetween } from "./dates"
import { FinanceError } from "./errors"
import { priceSchedule } from "./price"
import { roundCents } from "./rates"

export type PersonType = "individual" | "company"

export type IofRates = { dailyRate: number; flatRate: number; maxDays: number }

export const DEFAULT_IOF_RATES: Record<PersonType, IofRates> = {
  individual: { dailyRate: 0.000082, flatRate: 0.0038, maxDays: 365 },
  company: { dailyRate: 0.000082, flatRate: 0.0095, maxDays: 365 },
}

export type Iof = { daily: number; flat: number; total: number }

/** IOF of a loan of `amount` whose installments amortise `principal` on `dueDate`. */
export function iofOnInstallments(
  amount: number,
  installments: Array<{ principal: number; dueDate: Date }>,
  releaseDate: Date,
  rates: IofRates
): Iof {
  let daily = 0
  for (const { principal, dueDate } of installments) {
    const days = Math.min(Math.max(daysBetween(releaseDate, dueDate), 0), rates.maxDays)
    daily += principal * rates.dailyRate * days
  }
  const flat = amount * rates.flatRate
  return { daily: roundCents(daily), flat: roundCents(flat), total: roundCents(daily + flat) }
}

/**
 * When the IOF is financed the principal includes the IOF, and the IOF depends on the
 * principal: iterate principal = base + IOF(principal) until it moves by less than a cent.
 */
export function solveFinancedIof(
  base: number,
  monthlyRate: number,
  dueDates: Date[],
  releaseDate: Date,
  rates: IofRates
): { principal: number; iof: Iof } {
  let principal = base
  for (let iteration = 0; iteration < 100; iteration++) {
    const schedule = priceSchedule(principal, monthlyRate, dueDates.length)
    const iof = iofOnInstallments(
      principal,
      schedule.map((installment, k) => ({ principal: installment.principal, dueDate: dueDates[k] })),
      releaseDate,
      rates
    )
    const next = roundCents(base + iof.total)
    if (Math.abs(next - principal) < 0.01) {
      return { principal: next, iof }
    }
    principal = next
  }
  throw new FinanceError("finance_did_not_converge", "the financed IOF did not settle within 100 iterations")
}
