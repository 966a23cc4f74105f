/** Luhn mod-10 over the digits of `value`; separators are ignored, anything else fails. */
export function passesLuhn(value: string): boolean {
  if (typeof value !== "string") {
    return false
  }
  const digits = value.replace(/[\s-]/g, "")
  if (!/^\d+$/.test(digits) || digits.length < 2) {
    return false
  }
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      // Stryker disable next-line EqualityOperator: equivalent, a doubled digit is even so never 9.
      if (d > 9) {
        d -= 9
      }
    }
    // Stryker disable next-line AssignmentOperator: equivalent, -sum % 10 is 0 exactly when sum % 10 is.
    sum += d
    double = !double
  }
  return sum % 10 === 0
}
