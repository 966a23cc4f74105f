import { DomainError } from "../errors"

/**
 * Stable codes for what the ANEEL parsing refuses. The HTTP layer maps the upstream ones
 * (`aneel_bad_response`, `aneel_bad_record`, `aneel_invalid_number`, `aneel_too_many_pages`)
 * to a 502 or a stale cache serve, and the input ones (`aneel_invalid_query`,
 * `aneel_invalid_cnpj`, `aneel_ambiguous_distributor`) to a 400. Never renamed once released.
 */
export const AneelErrorCode = {
  INVALID_NUMBER: "aneel_invalid_number",
  BAD_RESPONSE: "aneel_bad_response",
  BAD_RECORD: "aneel_bad_record",
  TOO_MANY_PAGES: "aneel_too_many_pages",
  INVALID_QUERY: "aneel_invalid_query",
  INVALID_CNPJ: "aneel_invalid_cnpj",
  AMBIGUOUS_DISTRIBUTOR: "aneel_ambiguous_distributor",
} as const

export type AneelErrorCode = (typeof AneelErrorCode)[keyof typeof AneelErrorCode]

export class AneelError extends DomainError {
  declare readonly code: AneelErrorCode

  constructor(code: AneelErrorCode, message: string) {
    super(code, message)
    this.name = "AneelError"
  }
}
