import { DomainError } from "../errors"

export type FinanceErrorCode =
  | "finance_invalid_amount"
  | "finance_invalid_rate"
  | "finance_invalid_term"
  | "finance_invalid_dates"
  | "finance_down_payment_too_high"
  | "finance_term_out_of_range"
  | "finance_rate_out_of_range"
  | "finance_no_root_in_bracket"
  | "finance_did_not_converge"

/**
 * A financing input or computation the math refuses, with a stable code: the API answers a
 * 400 with it, and clients switch on the code, so a code is never renamed once released.
 */
export class FinanceError extends DomainError {
  declare readonly code: FinanceErrorCode

  constructor(code: FinanceErrorCode, message: string) {
    super(code, message)
    this.name = "FinanceError"
  }
}
