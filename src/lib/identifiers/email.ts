// Deliberately pragmatic: full RFC 5322 accepts addresses no mail provider issues,
// and rejecting obvious typos matters more here than accepting exotic quoting.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/
const MAX_EMAIL_LENGTH = 254

/** Used as a matching key (dedup, LGPD subject lookup), so case and padding must not matter. */
export function normalizeEmail(value: string): string {
  if (typeof value !== "string") {
    return ""
  }
  return value.trim().toLowerCase()
}

export function isValidEmail(value: string): boolean {
  if (typeof value !== "string") {
    return false
  }
  const email = value.trim()
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) {
    return false
  }
  if (!EMAIL_PATTERN.test(email)) {
    return false
  }
  const local = email.slice(0, email.indexOf("@"))
  // Providers reject these even though the loose pattern above lets them through.
  return !local.startsWith(".") && !local.endsWith(".") && !local.includes("..")
}
