import { createHash, createHmac, randomBytes, timingSafeEqual } from "crypto"
import { DomainError } from "../errors"

/**
 * Resume tokens let a guest come back to a saved simulation or analysis. The token is
 * 32 random bytes (256 bits, unguessable) handed out once; only its SHA-256 is stored, so a
 * database leak does not leak access. SHA-256 without a salt is enough here: the input is
 * random, not a password, so there is nothing to brute-force.
 */
const TOKEN_PREFIX = "s360rt_"
const TOKEN_BYTES = 32

export type ResumeToken = { token: string; hash: string }

export function hashResumeToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

export function generateResumeToken(): ResumeToken {
  const token = TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString("base64url")
  return { token, hash: hashResumeToken(token) }
}

/** Constant-time comparison of a presented token with a stored hash. */
export function resumeTokenMatches(token: string | null | undefined, storedHash: string | null | undefined): boolean {
  if (!token || !storedHash || !/^[0-9a-f]{64}$/.test(storedHash)) {
    return false
  }
  const presented = Buffer.from(hashResumeToken(token), "hex")
  return timingSafeEqual(presented, Buffer.from(storedHash, "hex"))
}

/** Who is asking: the logged-in customer (if any) and the token they presented (if any). */
export type CalculatorViewer = { customer_id?: string | null; resume_token?: string | null }

/**
 * A saved calculation is visible to its owning customer or to whoever holds its resume token;
 * everyone else is treated as if it did not exist (the API answers 404, not 403).
 */
export function canViewCalculation(
  record: { customer_id?: string | null; resume_token_hash?: string | null },
  viewer: CalculatorViewer
): boolean {
  if (record.customer_id && viewer.customer_id && record.customer_id === viewer.customer_id) {
    return true
  }
  return resumeTokenMatches(viewer.resume_token, record.resume_token_hash)
}

/**
 * Who sent an idempotent request: `customer:<id>`, `anonymous:<ip hash>:<user agent hash>` or
 * an admin actor. A retry finds the first record only when it comes from the same caller;
 * anyone else sending the same key makes a fresh, unrelated record.
 */
export type IdempotencyScope = {
  key: string
  caller: string
  /** The store's server-side secret (kept like the privacy keys). */
  secret: string
}

/**
 * With an Idempotency-Key the token is derived (HMAC-SHA256) from the key, the caller and a
 * server-side secret, so a retry by the same caller gets the same token back although only
 * hashes are stored, while the key alone (it travels in a header, and may be logged by a
 * proxy) neither yields the token nor reaches the record from another caller.
 */
export function resumeTokenForIdempotencyKey(scope: IdempotencyScope): ResumeToken {
  const token = TOKEN_PREFIX + keyed(scope, "solar360-resume-token").digest("base64url")
  return { token, hash: hashResumeToken(token) }
}

/** What is stored to find a retry: unique per (caller, key), useless without the secret. */
export function hashIdempotencyKey(scope: IdempotencyScope): string {
  return keyed(scope, "solar360-idempotency").digest("hex")
}

function keyed(scope: IdempotencyScope, purpose: string) {
  if (!scope.secret) {
    throw new DomainError("MISSING_SECRET", "an idempotency scope needs the server-side secret")
  }
  // Newline-separated: neither a caller nor a key (visible ASCII) can contain one.
  return createHmac("sha256", scope.secret).update(`${purpose}\n${scope.caller}\n${scope.key}`, "utf8")
}
