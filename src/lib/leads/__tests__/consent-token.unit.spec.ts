import {
  consentConfirmationUrl,
  generateConsentTokenSecret,
  signConsentToken,
  verifyConsentToken,
} from "../consent-token"

const secret = "s".repeat(64)
const now = new Date("2026-05-10T12:00:00Z")
const inOneHour = new Date(now.getTime() + 3_600_000)

describe("consent confirmation tokens", () => {
  const token = signConsentToken({ touch_id: "ltouch_01ABC", expires_at: inOneHour }, secret)

  it("round-trips the touch id and the expiry (to the second)", () => {
    expect(verifyConsentToken(token, secret, now)).toEqual({
      ok: true,
      payload: { touch_id: "ltouch_01ABC", expires_at: inOneHour },
    })
  })

  it("refuses it at and after the expiry", () => {
    expect(verifyConsentToken(token, secret, inOneHour)).toEqual({ ok: false, reason: "expired" })
    expect(verifyConsentToken(token, secret, new Date(inOneHour.getTime() + 1))).toEqual({ ok: false, reason: "expired" })
  })

  it("refuses a token signed with another secret", () => {
    expect(verifyConsentToken(token, "t".repeat(64), now)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it("refuses a token whose touch or expiry was changed (the signature no longer matches)", () => {
    const [version, touch, expires, mac] = token.split(".")
    const otherTouch = [version, "ltouch_01ABD", expires, mac].join(".")
    const extended = [version, touch, String(Number(expires) + 86_400), mac].join(".")
    expect(verifyConsentToken(otherTouch, secret, now)).toEqual({ ok: false, reason: "bad_signature" })
    expect(verifyConsentToken(extended, secret, now)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it("reports a forged expired token as forged, not as expired", () => {
    const [version, touch, , mac] = token.split(".")
    const past = String(Math.floor(now.getTime() / 1000) - 10)
    expect(verifyConsentToken([version, touch, past, mac].join("."), secret, now)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it.each([
    ["empty", ""],
    ["garbage", "not-a-token"],
    ["too few parts", "v1.ltouch_01ABC.123"],
    ["another version", token.replace(/^v1/, "v2")],
    ["a non-numeric expiry", token.replace(/\.\d+\./, ".soon.")],
    ["an id with a dot-free but odd character", token.replace("ltouch_01ABC", "ltouch-01ABC")],
  ])("refuses a malformed token (%s)", (_label, bad) => {
    expect(verifyConsentToken(bad, secret, now)).toEqual({ ok: false, reason: "malformed" })
  })

  it("refuses a truncated signature", () => {
    expect(verifyConsentToken(token.slice(0, -4), secret, now)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it("never signs without a secret", () => {
    expect(() => signConsentToken({ touch_id: "ltouch_1", expires_at: inOneHour }, "")).toThrow(/secret/)
  })

  it("makes 256-bit random secrets", () => {
    const a = generateConsentTokenSecret()
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(generateConsentTokenSecret()).not.toBe(a)
  })
})

describe("consentConfirmationUrl", () => {
  it("adds the token as a query parameter, keeping the page's own", () => {
    expect(consentConfirmationUrl("https://loja.example.com/confirmar?lang=pt", "v1.a.1.b")).toBe(
      "https://loja.example.com/confirmar?lang=pt&token=v1.a.1.b"
    )
  })

  it("is null without a configured page", () => {
    expect(consentConfirmationUrl(undefined, "v1.a.1.b")).toBeNull()
  })
})

describe("consent tokens: form and refusals", () => {
  it("is v1, the touch id, the expiry in unix seconds and the MAC", () => {
    const token = signConsentToken({ touch_id: "ltch_1", expires_at: new Date("2026-05-10T12:00:00.900Z") }, secret)
    expect(token).toMatch(/^v1\.ltch_1\.1778414400\.[A-Za-z0-9_-]{43}$/)
  })

  it("refuses to sign a touch id with other characters, anywhere in it, or an invalid expiry", () => {
    for (const touch_id of ["-ltch_1", "ltch_1.", "a.b"]) {
      expect(() => signConsentToken({ touch_id, expires_at: inOneHour }, secret)).toThrow(
        expect.objectContaining({ code: "INVALID_TOKEN_PAYLOAD", message: "a consent token needs a touch id and an expiry" })
      )
    }
    expect(() => signConsentToken({ touch_id: "ltch_1", expires_at: new Date("x") }, secret)).toThrow(
      expect.objectContaining({ code: "INVALID_TOKEN_PAYLOAD" })
    )
  })

  it("refuses an empty or missing secret by name", () => {
    expect(() => signConsentToken({ touch_id: "ltch_1", expires_at: inOneHour }, "")).toThrow(
      "a consent token needs a non-empty secret"
    )
    expect(() => signConsentToken({ touch_id: "ltch_1", expires_at: inOneHour }, undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: "EMPTY_SECRET" })
    )
  })

  it("reads as malformed a token that is not a string or whose expiry is not 1 to 12 digits", () => {
    expect(verifyConsentToken(undefined as unknown as string, secret, now)).toEqual({ ok: false, reason: "malformed" })
    const mac = signConsentToken({ touch_id: "ltch_1", expires_at: inOneHour }, secret).split(".")[3]
    for (const expiry of ["a1778418000", "1778418000a", "1234567890123"]) {
      expect(verifyConsentToken(`v1.ltch_1.${expiry}.${mac}`, secret, now)).toEqual({ ok: false, reason: "malformed" })
    }
  })
})
