import { DomainError } from "../errors"

/**
 * Stable codes for input the solar math refuses. The API layer maps these to 400s; clients
 * switch on the code, so a code is never renamed once released.
 */
export const SolarInputErrorCode = {
  INVALID_CONSUMPTION: "solar_invalid_consumption",
  INVALID_BILL: "solar_invalid_bill",
  INVALID_TARIFF: "solar_invalid_tariff",
  TARIFF_REQUIRED: "solar_tariff_required",
  CONSUMPTION_REQUIRED: "solar_consumption_required",
  CONSUMPTION_BELOW_MINIMUM_BILL: "solar_consumption_below_minimum_bill",
  UNKNOWN_STATE: "solar_unknown_state",
  INVALID_CONNECTION_TYPE: "solar_invalid_connection_type",
  INVALID_PANEL_WATTAGE: "solar_invalid_panel_wattage",
  INVALID_ROOF_AREA: "solar_invalid_roof_area",
  INVALID_HSP: "solar_invalid_hsp",
  INVALID_START_YEAR: "solar_invalid_start_year",
  INVALID_INVESTMENT: "solar_invalid_investment",
  INVALID_SYSTEM_SIZE: "solar_invalid_system_size",
  INVALID_SCORE: "solar_invalid_score",
  INVALID_ASSUMPTION: "solar_invalid_assumption",
  INVALID_RELEASE_DATE: "solar_invalid_release_date",
  INVALID_CONNECTION_DATE: "solar_invalid_connection_date",
} as const

export type SolarInputErrorCode = (typeof SolarInputErrorCode)[keyof typeof SolarInputErrorCode]

/** Bad input to the solar math (a 400 at the API boundary, never a 500). */
export class SolarInputError extends DomainError {
  declare readonly code: SolarInputErrorCode

  constructor(code: SolarInputErrorCode, message: string) {
    super(code, message)
    this.name = "SolarInputError"
  }
}

export const SolarCalculationErrorCode = {
  ROOT_NOT_BRACKETED: "solar_root_not_bracketed",
  ROOT_NOT_CONVERGED: "solar_root_not_converged",
  NON_FINITE_VALUE: "solar_non_finite_value",
  IRR_UNDEFINED: "solar_irr_undefined",
} as const

export type SolarCalculationErrorCode =
  (typeof SolarCalculationErrorCode)[keyof typeof SolarCalculationErrorCode]

/**
 * The numbers were valid but a computation has no answer (e.g. cash flows that never change
 * sign have no IRR). Thrown instead of returning NaN, which would be stored silently.
 */
export class SolarCalculationError extends DomainError {
  declare readonly code: SolarCalculationErrorCode

  constructor(code: SolarCalculationErrorCode, message: string) {
    super(code, message)
    this.name = "SolarCalculationError"
  }
}
