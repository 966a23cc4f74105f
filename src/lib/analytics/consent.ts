// Consent of a tracked item (event or catalog access log) and the cookieless form an item takes
// when the visitor refused analytics: nothing left in it links it to a person or to the
// visitor's other items, so it can still be counted (page views, events, campaigns) without an
// identifier. The route and the module's own ingestion path (Analytics Module provider) both
// call `applyConsent`, so every way into the tables strips the same fields.
import { redactPii } from "../privacy/pii"

/** What the visitor accepted, as the storefront sends it on each item. */
export type ItemConsent = {
  /** Analytics (measurement) consent: `false` stores the item in the cookieless form. */
  analytics: boolean
  /** Advertising attribution: `false` drops the ad click ids (`gclid`, `fbclid`). */
  marketing?: boolean | null
}

export type ConsentPolicy = {
  /** An item without `consent` counts as refused (option `analytics.requireConsent`). */
  requireConsent: boolean
}

/** Fields that identify a visitor, a browsing session, a cart or order, or chain items together. */
export const COOKIELESS_DROPPED_FIELDS = [
  "session_id",
  "anonymous_id",
  "cart_id",
  "order_id",
  "quote_id",
  // A product page's neighbours chain one visitor's views into a path.
  "previous_product_id",
  "next_product_id",
  // A rare screen size is a fingerprint; device type and browser family are kept by the server.
  "screen_resolution",
] as const

/** Per-click ad identifiers: they identify the click, hence the person, at the ad platform. */
export const CLICK_ID_FIELDS = ["gclid", "fbclid"] as const

/** URL fields: the query string and fragment go (they carry tokens, e-mails, click ids). */
export const COOKIELESS_URL_FIELDS = ["url", "path", "referrer", "page_url", "referrer_url"] as const

/** Free-text fields: e-mails, phones, CPF/CNPJ and card numbers are redacted. */
export const COOKIELESS_TEXT_FIELDS = ["label", "title", "search_term"] as const

/** JSON fields: identifier keys are removed at any depth, strings redacted as free text. */
export const COOKIELESS_JSON_FIELDS = ["properties", "product_data", "order_data", "applied_filters"] as const

/** Item times are coarsened to the start of their hour (UTC): the order of a visit is gone. */
export const COOKIELESS_TIME_PRECISION_MS = 60 * 60 * 1000

// Keys that name a person, a device, a session or a secret. A key is compared in snake_case
// ("customerId" -> "customer_id"), word by word, so "user_email" and "shippingPhone" match.
const IDENTIFIER_WORDS = new Set([
  "id",
  "ids",
  "uuid",
  "guid",
  "email",
  "mail",
  "phone",
  "telephone",
  "mobile",
  "whatsapp",
  "cpf",
  "cnpj",
  "ip",
  "token",
  "cookie",
  "user",
  "username",
  "customer",
  "session",
  "anonymous",
  "visitor",
  "device",
  "fingerprint",
  "gclid",
  "fbclid",
  "msclkid",
  "address",
  "name",
  "password",
  "secret",
])

// Product-level keys that happen to end in `_id`: they describe what was seen, not who saw it.
const ALLOWED_KEYS = new Set([
  "product_id",
  "product_ids",
  "variant_id",
  "variant_ids",
  "category_id",
  "collection_id",
  "product_name",
  "category_name",
  "brand_name",
])

// Strings that are an id on their own (a Medusa id of a person or their records, a UUID).
const ID_VALUE = /^(?:(?:cus|cart|order|sess|anon|pay|payses|addr|cuaddr|auth|apk|user|lead|s360rt)_[0-9A-Za-z]{6,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

const MAX_DEPTH = 64

function snakeCase(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toLowerCase()
}

/** Whether a JSON key names an identifier of a person, device or session (see IDENTIFIER_WORDS). */
export function isIdentifierKey(key: string): boolean {
  const snake = snakeCase(key)
  if (ALLOWED_KEYS.has(snake)) {
    return false
  }
  return snake.split("_").some((word) => IDENTIFIER_WORDS.has(word))
}

function redactText(value: string): string | null {
  if (ID_VALUE.test(value.trim())) {
    return null
  }
  return redactPii(value).text
}

/** Removes identifier keys at any depth and redacts identifiers found in string values. */
export function scrubIdentifiers(value: unknown, depth = 0): unknown {
  if (typeof value === "string") {
    return redactText(value)
  }
  if (value === null || typeof value !== "object") {
    return value
  }
  if (depth >= MAX_DEPTH) {
    // Validation caps depth far below this; anything deeper is dropped rather than kept unread.
    return null
  }
  if (Array.isArray(value)) {
    return value.map((entry) => scrubIdentifiers(entry, depth + 1))
  }
  const out: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value)) {
    if (!isIdentifierKey(key)) {
      out[key] = scrubIdentifiers(entry, depth + 1)
    }
  }
  return out
}

/**
 * A URL or path without its query string and fragment. A value that is not a URL keeps only
 * what precedes `?` / `#` too, so nothing after them survives whatever its shape.
 */
export function stripQueryString(value: string): string {
  const cut = value.search(/[?#]/)
  return cut === -1 ? value : value.slice(0, cut)
}

/** The start of the UTC hour of `date`. */
export function coarsenTime(date: Date): Date {
  return new Date(Math.floor(date.getTime() / COOKIELESS_TIME_PRECISION_MS) * COOKIELESS_TIME_PRECISION_MS)
}

/** The consent that applies to an item: its own, else granted (or refused under `requireConsent`). */
export function resolveConsent(
  consent: ItemConsent | null | undefined,
  policy: ConsentPolicy
): { analytics: boolean; marketing: boolean | null } {
  if (!consent) {
    return { analytics: !policy.requireConsent, marketing: null }
  }
  return { analytics: consent.analytics, marketing: consent.marketing ?? null }
}

export type ConsentedItem<T> = Omit<T, "consent"> & { consent_analytics: boolean }

/**
 * The item as it may be stored under its consent. It loses its `consent` object and gains
 * `consent_analytics` (the row's mark). Refused analytics: the cookieless form (module
 * comment above; fields listed in the constants). Marketing refused: the click ids go.
 * `message_id` is always kept: it is random per item, links nothing, and is what makes a
 * retried batch store each item once. Returns a new object; the input is not changed.
 */
export function applyConsent<T extends Record<string, any>>(item: T, policy: ConsentPolicy): ConsentedItem<T> {
  const { consent, ...rest } = item
  const resolved = resolveConsent(consent as ItemConsent | null | undefined, policy)
  const out: Record<string, any> = { ...rest, consent_analytics: resolved.analytics }
  if (!resolved.analytics || resolved.marketing === false) {
    for (const field of CLICK_ID_FIELDS) {
      if (field in out) out[field] = null
    }
  }
  if (resolved.analytics) {
    return out as ConsentedItem<T>
  }
  for (const field of COOKIELESS_DROPPED_FIELDS) {
    if (field in out) out[field] = null
  }
  for (const field of COOKIELESS_URL_FIELDS) {
    if (typeof out[field] === "string") out[field] = stripQueryString(out[field]) || null
  }
  for (const field of COOKIELESS_TEXT_FIELDS) {
    if (typeof out[field] === "string") out[field] = redactText(out[field])
  }
  for (const field of COOKIELESS_JSON_FIELDS) {
    if (out[field] != null) out[field] = scrubIdentifiers(out[field])
  }
  for (const field of ["timestamp", "occurred_at"]) {
    const value = out[field]
    if (value != null) {
      const date = value instanceof Date ? value : new Date(value)
      out[field] = Number.isNaN(date.getTime()) ? null : coarsenTime(date)
    }
  }
  return out as ConsentedItem<T>
}
