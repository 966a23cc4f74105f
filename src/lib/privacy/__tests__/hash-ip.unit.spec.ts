import { createHash, createHmac } from "crypto"

import { DomainError } from "../../errors"
import { generateDailySalt, hashIp, normalizeIp, saltDayKey } from "../hash-ip"

const UA = "Mozilla/5.0 (X11; Linux x86_64)"
const SALT = "3f1c0d6a9b2e4f58a7c6d5e4f3a2b1c0"

describe("hashIp", () => {
  it("is a 64-char hex HMAC-SHA256 of the normalised ip and user agent", () => {
    const expected = createHmac("sha256", SALT).update(`203.0.113.7\n${UA}`).digest("hex")
    expect(hashIp("203.0.113.7", UA, SALT)).toBe(expected)
    expect(expected).toMatch(/^[0-9a-f]{64}$/)
  })

  it("is deterministic for the same inputs", () => {
    expect(hashIp("203.0.113.7", UA, SALT)).toBe(hashIp("203.0.113.7", UA, SALT))
  })

  it("changes when the salt changes, so rotated salts unlink old hashes", () => {
    expect(hashIp("203.0.113.7", UA, SALT)).not.toBe(hashIp("203.0.113.7", UA, `${SALT}x`))
  })

  it("changes when the user agent changes", () => {
    expect(hashIp("203.0.113.7", UA, SALT)).not.toBe(hashIp("203.0.113.7", `${UA} Firefox`, SALT))
  })

  it("changes when the ip changes", () => {
    expect(hashIp("203.0.113.7", UA, SALT)).not.toBe(hashIp("203.0.113.8", UA, SALT))
  })

  it("is not the plain (brute-forceable) SHA-256 of the ip", () => {
    const hashed = hashIp("203.0.113.7", UA, SALT)
    expect(hashed).not.toBe(createHash("sha256").update("203.0.113.7").digest("hex"))
    expect(hashed).not.toBe(createHash("sha256").update(`203.0.113.7\n${UA}`).digest("hex"))
  })

  it("treats an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(hashIp("::ffff:203.0.113.7", UA, SALT)).toBe(hashIp("203.0.113.7", UA, SALT))
    expect(hashIp("  ::FFFF:203.0.113.7 ", UA, SALT)).toBe(hashIp("203.0.113.7", UA, SALT))
  })

  it("ignores case and surrounding whitespace in IPv6 addresses", () => {
    expect(hashIp(" 2001:DB8::1 ", UA, SALT)).toBe(hashIp("2001:db8::1", UA, SALT))
  })

  it("throws a DomainError with code EMPTY_SALT for an empty salt", () => {
    expect(() => hashIp("203.0.113.7", UA, "")).toThrow(DomainError)
    expect(() => hashIp("203.0.113.7", UA, "")).toThrow(
      expect.objectContaining({ code: "EMPTY_SALT", name: "DomainError" })
    )
  })
})

describe("normalizeIp", () => {
  it("strips the IPv4-mapped prefix only in front of an IPv4 address", () => {
    expect(normalizeIp("::ffff:10.0.0.1")).toBe("10.0.0.1")
    expect(normalizeIp("::ffff:a00:1")).toBe("::ffff:a00:1")
    expect(normalizeIp("::1")).toBe("::1")
  })
})

describe("generateDailySalt", () => {
  it("returns 32 random bytes as hex", () => {
    const salt = generateDailySalt()
    expect(salt).toMatch(/^[0-9a-f]{64}$/)
    expect(generateDailySalt()).not.toBe(salt)
  })
})

describe("saltDayKey", () => {
  it("uses the UTC calendar day", () => {
    expect(saltDayKey(new Date("2025-01-13T12:00:00Z"))).toBe("2025-01-13")
    // 23:30 in São Paulo (UTC-3) is already the next day in UTC.
    expect(saltDayKey(new Date("2025-01-13T23:30:00-03:00"))).toBe("2025-01-14")
    expect(saltDayKey(new Date("2025-01-14T00:00:00Z"))).toBe("2025-01-14")
    expect(saltDayKey(new Date("2025-01-13T23:59:59.999Z"))).toBe("2025-01-13")
  })

  it("pads month and day", () => {
    expect(saltDayKey(new Date(Date.UTC(2026, 2, 5)))).toBe("2026-03-05")
  })

  it("throws a DomainError for an invalid date", () => {
    expect(() => saltDayKey(new Date("nope"))).toThrow(
      expect.objectContaining({ code: "INVALID_DATE" })
    )
  })
})

describe("hashIp and normalizeIp edges", () => {
  it("says why an empty or missing salt is refused", () => {
    expect(() => hashIp("203.0.113.7", UA, "")).toThrow("hashIp requires a non-empty salt")
    expect(() => hashIp("203.0.113.7", UA, undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: "EMPTY_SALT" })
    )
  })

  it("hashes a missing ip or user agent as empty", () => {
    expect(normalizeIp(undefined as unknown as string)).toBe("")
    expect(hashIp("203.0.113.7", undefined as unknown as string, "salt")).toBe(hashIp("203.0.113.7", "", "salt"))
  })

  it("folds only the mapped prefix: another 7-character IPv6 head before an IPv4 stays", () => {
    expect(normalizeIp("::fffe:1.2.3.4")).toBe("::fffe:1.2.3.4")
  })

  it("pads a year before 1000 to four digits and says why a date is refused", () => {
    expect(saltDayKey(new Date(Date.UTC(999, 0, 2)))).toBe("0999-01-02")
    expect(() => saltDayKey(new Date("nope"))).toThrow("saltDayKey requires a valid Date")
  })
})
