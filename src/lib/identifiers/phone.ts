// The "max" metadata validates exact number ranges per area code; the default "min"
// bundle only checks lengths and would accept numbers that cannot exist (e.g. DDD 52).
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import type { CountryCode } from "libphonenumber-js/max"

export type { CountryCode }

/** E.164 gives one canonical key per phone, whatever way the customer typed it. */
export function normalizePhone(
  value: string,
  defaultCountry: CountryCode = "BR"
): string | null {
  if (typeof value !== "string") {
    return null
  }
  // Stryker disable next-line all: equivalent, the check only skips the parser, which answers undefined for blank input too.
  if (value.trim().length === 0) {
    return null
  }
  const parsed = parsePhoneNumberFromString(value, defaultCountry)
  if (!parsed || !parsed.isValid()) {
    return null
  }
  return parsed.number
}
