import { createHash, randomBytes } from "crypto"

/**
 * Ingestion keys: the credential the AI assistant logs with, like an observability SDK key.
 * 32 random bytes behind a recognisable prefix (secret scanners and people can tell what a
 * leaked string is); only the SHA-256 is stored. A plain hash is enough: the input is random
 * (256 bits), not a password, so there is nothing to brute-force.
 */
export const INGESTION_KEY_PREFIX = "s360ik_"
const KEY_BYTES = 32
const KEY_PATTERN = /^s360ik_[A-Za-z0-9_-]{43}$/

export type GeneratedIngestionKey = { token: string; hash: string; redacted: string }

export function hashIngestionKey(token: string): string {
  // A string is hashed as UTF-8 (Node's default; an explicit "utf8" was an equivalent mutant).
  return createHash("sha256").update(token).digest("hex")
}

export function generateIngestionKey(): GeneratedIngestionKey {
  const token = INGESTION_KEY_PREFIX + randomBytes(KEY_BYTES).toString("base64url")
  return { token, hash: hashIngestionKey(token), redacted: redactIngestionKey(token) }
}

/** What the admin shows of a key: its prefix and last four characters. */
export function redactIngestionKey(token: string): string {
  return `${INGESTION_KEY_PREFIX}…${token.slice(-4)}`
}

/** Whether a presented string has an ingestion key's shape (checked before any lookup). */
export function isIngestionKeyShaped(value: string | null | undefined): value is string {
  return typeof value === "string" && KEY_PATTERN.test(value)
}
