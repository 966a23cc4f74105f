import { FinanceError, irr, npv } from "../finance"
import { SolarCalculationError, SolarCalculationErrorCode } from "./errors"

// NPV and IRR of the yearly solar cash flows, on the finance library's bracketed root finder,
// with the solar library's error codes.

/** NPV of yearly flows, flows[0] at t = 0 (undiscounted). */
export function netPresentValue(cashFlows: readonly number[], rate: number): number {
  if (!Number.isFinite(rate) || rate <= -1) {
    throw new SolarCalculationError(
      SolarCalculationErrorCode.NON_FINITE_VALUE,
      `The discount rate must be a finite number > -1, got ${rate}`
    )
  }
  return npv(rate, cashFlows)
}

/** Yearly IRR as a fraction (0.25 = 25 %); the lowest root for unusual flows. */
export function internalRateOfReturn(cashFlows: readonly number[]): number {
  const hasPositive = cashFlows.some((v) => v > 0)
  const hasNegative = cashFlows.some((v) => v < 0)
  if (!hasPositive || !hasNegative || cashFlows.some((v) => !Number.isFinite(v))) {
    throw new SolarCalculationError(
      SolarCalculationErrorCode.IRR_UNDEFINED,
      "IRR needs finite cash flows with at least one positive and one negative value"
    )
  }
  try {
    return irr(cashFlows)
  } catch (error) {
    if (error instanceof FinanceError) {
      throw new SolarCalculationError(SolarCalculationErrorCode.IRR_UNDEFINED, error.message)
    }
    throw error
  }
}
