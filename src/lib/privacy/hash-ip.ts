import { createHmac, randomBytes } from "crypto"

import { DomainError } from "../errors"

const IPV4_MAPPED_PREFIX = "::ffff:"
const IPV4_PATTERN = /^\d{1,3}(?:\.\d{1,3}){3}$/

/**
 * Dual-stack servers report IPv4 clients as "::ffff:a.b.c.d"; without folding that
 * form the same visitor would hash differently depending on the socket family.
 */
export function normalizeIp(ip: string): string {
  const value = (ip ?? "").trim().toLowerCase()
  if (value.startsWith(IPV4_MAPPED_PREFIX)) {
    const rest = value.slice(IPV4_MAPPED_PREFIX.length)
    if (IPV4_PATTERN.test(rest)) {
      return rest
    }
  }
  return value
}

/**
 * A plain SHA-256 of an IPv4 address is reversible by enumerating 2^32 inputs, so
 * the hash is keyed with a secret, rotating salt: once the salt is deleted the hash
 * can no longer be linked back to the address (LGPD anonymisation, not pseudonymisation).
 * The user agent is mixed in so visitors behind one NAT remain distinguishable.
 */
export function hashIp(ip: string, userAgent: string, salt: string): string {
  if (typeof salt !== "string" || salt.length === 0) {
    throw new DomainError("EMPTY_SALT", "hashIp requires a non-empty salt")
  }
  return createHmac("sha256", salt)
    .update(`${normalizeIp(ip)}\n${userAgent ?? ""}`)
    .digest("hex")
}

/** 256 bits so the salt cannot be brute-forced alongside the 32-bit IPv4 space. */
export function generateDailySalt(): string {
  return randomBytes(32).toString("hex")
}

/**
 * Salts rotate at UTC midnight so every server agrees on the current key regardless
 * of its local time zone.
 */
export function saltDayKey(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new DomainError("INVALID_DATE", "saltDayKey requires a valid Date")
  }
  const year = String(date.getUTCFullYear()).padStart(4, "0")
  const month = String(date.getUTCMonth() + 1).padStart(2, "0")
  const day = String(date.getUTCDate()).padStart(2, "0")
  return `${year}-${month}-${day}`
}
