// Brazilian credit quotes rates monthly and annually; they convert by compounding, never by
// dividing by 12 (domain reference §1).

/** i_m = (1 + i_a)^(1/12) - 1 */
export function monthlyFromAnnual(annualRate: number): number {
  return Math.pow(1 + annualRate, 1 / 12) - 1
}

/** i_a = (1 + i_m)^12 - 1 */
export function annualFromMonthly(monthlyRate: number): number {
  return Math.pow(1 + monthlyRate, 12) - 1
}

/** Money to cents, half away from zero (as a bank statement shows it). */
export function roundCents(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) * 100 + Number.EPSILON) / 100
}
