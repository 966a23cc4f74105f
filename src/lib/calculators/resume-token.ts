import { createHash, createHmac, randomBytes, timingSafeEqual } from "crypto"

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
 * With an Idempotency-Key the token is derived from the key (HMAC-SHA256), so a retried
 * request gets the same token back although only hashes are stored. The key is as secret as
 * the token: it must be random (a UUID v4 or longer), which the API checks by length.
 */
export function resumeTokenForIdempotencyKey(idempotencyKey: string): ResumeToken {
  const token =
    TOKEN_PREFIX + createHmac("sha256", idempotencyKey).update("solar360-resume-token").digest("base64url")
  return { token, hash: hashResumeToken(token) }
}

export function hashIdempotencyKey(idempotencyKey: string): string {
  return createHash("sha256").update(`solar360-idempotency:${idempotencyKey}`, "utf8").digest("hex")
}
