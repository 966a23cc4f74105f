/** A financing input or computation the math refuses, with a stable code for API errors. */
export class FinanceError extends Error {
  constructor(
    readonly code:
      | "invalid_amount"
      | "invalid_rate"
      | "invalid_term"
      | "invalid_dates"
      | "no_root_in_bracket"
      | "did_not_converge",
    message: string
  ) {
    super(message)
    this.name = "FinanceError"
  }
}
