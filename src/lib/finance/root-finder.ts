import { FinanceError } from "./errors"

export type RootOptions = {
  /** Stop when the bracket is narrower than this (in the unknown's units). */
  tolerance?: number
  maxIterations?: number
}

/**
 * A root of `f` inside [low, high], where f(low) and f(high) have opposite signs: Newton-like
 * secant steps while they stay inside the bracket, bisection otherwise, so it always
 * converges (or throws a FinanceError) and never loops or returns NaN. Used for CET and IRR.
 */
export function findRoot(
  f: (x: number) => number,
  low: number,
  high: number,
  { tolerance = 1e-12, maxIterations = 500 }: RootOptions = {}
): number {
  let [a, b] = [low, high]
  let [fa, fb] = [f(a), f(b)]
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || fa * fb > 0) {
    throw new FinanceError(
      "finance_no_root_in_bracket",
      `no rate between ${low} and ${high} balances the cash flows (f=${fa}, ${fb})`
    )
  }
  if (fa === 0) return a
  if (fb === 0) return b
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Secant step between the bracket ends; fall back to the midpoint when it leaves it.
    let x = b - (fb * (b - a)) / (fb - fa)
    if (!(x > Math.min(a, b) && x < Math.max(a, b))) {
      x = (a + b) / 2
    }
    const fx = f(x)
    if (!Number.isFinite(fx)) {
      throw new FinanceError("finance_did_not_converge", `the cash flows are not finite at rate ${x}`)
    }
    if (fx === 0) return x
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, fx is finite and not zero here
    if (fa * fx < 0) {
      ;[b, fb] = [x, fx]
    } else {
      ;[a, fa] = [x, fx]
    }
    // Secant steps can crawl from one side; a midpoint every few steps keeps the bracket shrinking.
    if (iteration % 4 === 3) {
      const mid = (a + b) / 2
      const fm = f(mid)
      if (!Number.isFinite(fm)) {
        throw new FinanceError("finance_did_not_converge", `the cash flows are not finite at rate ${mid}`)
      }
      if (fm === 0) return mid
      // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, fm is finite and not zero here
      if (fa * fm < 0) {
        ;[b, fb] = [mid, fm]
      } else {
        ;[a, fa] = [mid, fm]
      }
    }
    if (Math.abs(b - a) < tolerance) {
      return (a + b) / 2
    }
  }
  throw new FinanceError("finance_did_not_converge", `no convergence in ${maxIterations} iterations`)
}
