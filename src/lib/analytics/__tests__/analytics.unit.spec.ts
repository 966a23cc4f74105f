import { correctClockSkew } from "../clock"
import { parseUserAgent } from "../user-agent"

describe("parseUserAgent", () => {
  it("parses a mobile browser", () => {
    const parsed = parseUserAgent(
      "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
    )
    expect(parsed).toMatchObject({
      device_type: "mobile",
      device_brand: "Samsung",
      device_model: "SM-S918B",
      browser: "Chrome",
      browser_version: "124",
      os: "Android",
      os_version: "14",
      is_bot: false,
    })
  })

  it("calls a desktop a desktop", () => {
    const parsed = parseUserAgent(
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"
    )
    expect(parsed).toMatchObject({ device_type: "desktop", browser: "Edge", os: "Windows", is_bot: false })
  })

  it("flags crawlers as bots", () => {
    for (const ua of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "curl/8.5.0",
    ]) {
      const parsed = parseUserAgent(ua)
      expect(parsed.is_bot).toBe(true)
      expect(parsed.device_type).toBe("bot")
    }
  })

  it("answers nulls for a missing user agent", () => {
    expect(parseUserAgent(undefined)).toMatchObject({ browser: null, device_type: null, is_bot: false })
  })
})

describe("correctClockSkew", () => {
  const received_at = new Date("2026-06-01T12:00:00Z")

  it("shifts the event by the client's clock offset", () => {
    // Client clock 5 minutes fast: it sent at 12:05 by its clock, the event was at 12:03.
    const result = correctClockSkew({
      timestamp: new Date("2026-06-01T12:03:00Z"),
      sent_at: new Date("2026-06-01T12:05:00Z"),
      received_at,
    })
    expect(result).toEqual({ ok: true, occurred_at: new Date("2026-06-01T11:58:00Z") })
  })

  it("uses the timestamp alone, or the receive time when there is none", () => {
    const timestamp = new Date("2026-06-01T10:00:00Z")
    expect(correctClockSkew({ timestamp, received_at })).toEqual({ ok: true, occurred_at: timestamp })
    expect(correctClockSkew({ received_at })).toEqual({ ok: true, occurred_at: received_at })
  })

  it("refuses an event more than 23 h in the future, accepts one just inside", () => {
    const tooLate = correctClockSkew({ timestamp: new Date("2026-06-02T11:00:01Z"), received_at })
    expect(tooLate).toMatchObject({ ok: false, code: "timestamp_in_future" })
    const inside = correctClockSkew({ timestamp: new Date("2026-06-02T10:59:59Z"), received_at })
    expect(inside.ok).toBe(true)
    expect(correctClockSkew({ timestamp: new Date("2026-06-02T12:00:00Z"), received_at }, 48).ok).toBe(true)
  })
})
