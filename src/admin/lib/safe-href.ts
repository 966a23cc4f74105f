// Every link the dashboard renders goes through here: a value that came from the storefront
// (a bank URL, a referrer, a landing page) or from configuration must never become a
// `javascript:` or `data:` link that runs in the admin's session when clicked.

const ALLOWED_PROTOCOLS = new Set(["http:", "https:"])

/**
 * The URL when it is http(s) (absolute, protocol-relative or a path on the dashboard's origin),
 * otherwise undefined: render plain text instead of a link. `new URL` applies the browser's
 * own parsing (it drops tabs and newlines, so "java\tscript:" is caught as "javascript:").
 */
export function safeHref(value: unknown, base = "http://localhost/"): string | undefined {
  if (typeof value !== "string" || !value.trim()) {
    return undefined
  }
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value.trim(), base).protocol) ? value.trim() : undefined
  } catch {
    return undefined
  }
}
