import { FinanceError } from "./errors"
import { roundCents } from "./rates"

/** Tabela Price installment: PV * i * (1+i)^n / ((1+i)^n - 1); PV / n at zero interest. */
export function pricePayment(principal: number, monthlyRate: number, months: number): number {
  assertLoan(principal, monthlyRate, months)
  if (monthlyRate === 0) {
    return principal / months
  }
  const growth = Math.pow(1 + monthlyRate, months)
  return (principal * monthlyRate * growth) / (growth - 1)
}

export type Installment = {
  number: number
  payment: number
  interest: number
  principal: number
  balance: number
}

/**
 * The amortisation schedule in cents: each month's interest is rounded on the balance, the
 * installment is the rounded PMT, and the last one absorbs the rounding residue so the
 * principal sums exactly to the amount financed and the balance ends at zero.
 */
export function priceSchedule(principal: number, monthlyRate: number, months: number): Installment[] {
  const payment = roundCents(pricePayment(principal, monthlyRate, months))
  const schedule: Installment[] = []
  let balance = roundCents(principal)
  for (let number = 1; number <= months; number++) {
    const interest = roundCents(balance * monthlyRate)
    const last = number === months
    const amortised = last ? balance : roundCents(payment - interest)
    balance = roundCents(balance - amortised)
    schedule.push({
      number,
      payment: last ? roundCents(amortised + interest) : payment,
      interest,
      principal: amortised,
      balance,
    })
  }
  return schedule
}

export function assertLoan(principal: number, monthlyRate: number, months: number) {
  if (!Number.isFinite(principal) || principal <= 0) {
    throw new FinanceError("finance_invalid_amount", `the amount financed must be positive (got ${principal})`)
  }
  if (!Number.isFinite(monthlyRate) || monthlyRate < 0) {
    throw new FinanceError("finance_invalid_rate", `the rate must be zero or positive (got ${monthlyRate})`)
  }
  if (!Number.isInteger(months) || months < 1) {
    throw new FinanceError("finance_invalid_term", `the term must be a whole number of months (got ${months})`)
  }
}
