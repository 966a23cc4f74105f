import { FinanceError } from "./errors"
import { DAY_MS } from "../time"

/** Whole calendar days from `from` to `to` (UTC dates; times of day ignored). */
export function daysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate())
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate())
  return Math.round((end - start) / DAY_MS)
}

/**
 * The same day `months` later, clamped to the month's last day (a loan released on Jan 31
 * falls due on Feb 28/29), as banks schedule monthly installments.
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)))
}

/** Due dates of `count` monthly installments, the first `firstAfterMonths` after release. */
export function monthlyDueDates(release: Date, count: number, firstAfterMonths = 1): Date[] {
  if (Number.isNaN(release.getTime())) {
    throw new FinanceError("finance_invalid_dates", "the release date is not a valid date")
  }
  return Array.from({ length: count }, (_, k) => addMonths(release, firstAfterMonths + k))
}
