// Double opt-in tokens: a capture's consent statement is applied only when someone who
// receives messages at the lead's own e-mail or phone follows the link carrying this token.
// The token names the touch that holds the statement and when it expires, signed with
// HMAC-SHA256 under a server-side secret, so it can be neither forged nor extended. It is
// not single-use by itself: the module marks the touch confirmed, and a second use finds that.
import { createHmac, randomBytes, timingSafeEqual } from "crypto"
import { DomainError } from "../errors"

/** Bumped if the payload ever changes, so an old token can never be read as a new one. */
const TOKEN_VERSION = "v1"
// Domain separation: this secret's MACs mean "confirm this consent", nothing else.
const MAC_CONTEXT = "solar360.lead-consent-confirmation"

export type ConsentTokenPayload = {
  /** The lead touch whose statement the token confirms. */
  touch_id: string
  expires_at: Date
}

export type ConsentTokenCheck =
  | { ok: true; payload: ConsentTokenPayload }
  | { ok: false; reason: "malformed" | "bad_signature" | "expired" }

/** 256 random bits: the key of the confirmation MACs, kept server-side. */
export function generateConsentTokenSecret(): string {
  return randomBytes(32).toString("hex")
}

function mac(secret: string, body: string): Buffer {
  if (typeof secret !== "string" || secret.length === 0) {
    throw new DomainError("EMPTY_SECRET", "a consent token needs a non-empty secret")
  }
  return createHmac("sha256", secret).update(`${MAC_CONTEXT}.${body}`).digest()
}

/** `v1.<touch id>.<expiry, unix seconds>.<MAC, base64url>`: short enough for an SMS link. */
export function signConsentToken(payload: ConsentTokenPayload, secret: string): string {
  const expires = Math.floor(payload.expires_at.getTime() / 1000)
  if (!/^[A-Za-z0-9_]+$/.test(payload.touch_id) || !Number.isFinite(expires)) {
    throw new DomainError("INVALID_TOKEN_PAYLOAD", "a consent token needs a touch id and an expiry")
  }
  const body = `${TOKEN_VERSION}.${payload.touch_id}.${expires}`
  return `${body}.${mac(secret, body).toString("base64url")}`
}

/**
 * Checks a token's form, signature (in constant time) and expiry at `now`. The signature is
 * checked before the expiry so a forged token is never reported as merely expired.
 */
export function verifyConsentToken(token: string, secret: string, now: Date = new Date()): ConsentTokenCheck {
  const parts = typeof token === "string" ? token.split(".") : []
  if (parts.length !== 4 || parts[0] !== TOKEN_VERSION || !/^[A-Za-z0-9_]+$/.test(parts[1]) || !/^\d{1,12}$/.test(parts[2])) {
    return { ok: false, reason: "malformed" }
  }
  const body = parts.slice(0, 3).join(".")
  const given = Buffer.from(parts[3], "base64url")
  const expected = mac(secret, body)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "bad_signature" }
  }
  const expiresAt = new Date(Number(parts[2]) * 1000)
  if (expiresAt.getTime() <= now.getTime()) {
    return { ok: false, reason: "expired" }
  }
  return { ok: true, payload: { touch_id: parts[1], expires_at: expiresAt } }
}

/** The link a notification provider sends: the store's page with the token as `token`. */
export function consentConfirmationUrl(baseUrl: string | null | undefined, token: string): string | null {
  if (!baseUrl) {
    return null
  }
  const url = new URL(baseUrl)
  url.searchParams.set("token", token)
  return url.toString()
}
