import { correctClockSkew, isPlausibleClientTime } from "../clock"
import { readGeoHeaders } from "../geo"
import { exceedsJsonDepth } from "../json-depth"

const received_at = new Date("2026-06-01T12:00:00Z")

describe("correctClockSkew: bounds", () => {
  it("rejects a raw timestamp no clock can read (year 0, past 9999)", () => {
    for (const timestamp of [new Date("0000-01-01T00:00:00Z"), new Date(8.64e15), new Date(NaN)]) {
      expect(correctClockSkew({ timestamp, received_at })).toMatchObject({ ok: false, code: "invalid_timestamp" })
    }
  })

  it("rejects a corrected time older than the past tolerance", () => {
    const timestamp = new Date("2026-04-01T12:00:00Z")
    expect(correctClockSkew({ timestamp, received_at }, 23, 30)).toMatchObject({ ok: false, code: "timestamp_too_old" })
    expect(correctClockSkew({ timestamp, received_at }, 23, 90).ok).toBe(true)
  })

  it("a far-future sent_at dates events out of range instead of into PostgreSQL's error", () => {
    const result = correctClockSkew({ timestamp: received_at, sent_at: new Date("9999-12-31T00:00:00Z"), received_at })
    expect(result).toMatchObject({ ok: false, code: "timestamp_too_old" })
  })

  it("catches a correction beyond the range of a Date (NaN)", () => {
    const result = correctClockSkew({
      timestamp: new Date("1970-01-01T00:00:00Z"),
      sent_at: new Date(8.64e15),
      received_at: new Date(-8.64e15 + 10),
    })
    expect(result.ok).toBe(false)
  })

  it("isPlausibleClientTime accepts 1970..9999", () => {
    expect(isPlausibleClientTime(new Date("1970-01-01T00:00:00Z"))).toBe(true)
    expect(isPlausibleClientTime(new Date("9999-12-31T23:59:59.999Z"))).toBe(true)
    expect(isPlausibleClientTime(new Date("1969-12-31T23:59:59.999Z"))).toBe(false)
    expect(isPlausibleClientTime(new Date("+010000-01-01T00:00:00Z"))).toBe(false)
  })
})

describe("readGeoHeaders", () => {
  const names = { country: "cf-ipcountry", region: "x-geo-region", city: "x-geo-city", timezone: "x-tz" }

  it("reads, decodes and upper-cases well-formed values", () => {
    expect(
      readGeoHeaders(
        { "cf-ipcountry": "br", "x-geo-region": "SP", "x-geo-city": "S%C3%A3o%20Paulo", "x-tz": "America/Sao_Paulo" },
        names
      )
    ).toEqual({ country: "BR", region: "SP", city: "São Paulo", timezone: "America/Sao_Paulo" })
  })

  it("drops malformed values instead of throwing", () => {
    expect(
      readGeoHeaders(
        { "cf-ipcountry": "BRAZIL", "x-geo-region": "x".repeat(101), "x-geo-city": "S%E3o%", "x-tz": "a\u0000b" },
        names
      )
    ).toEqual({ country: null, region: null, city: null, timezone: null })
  })

  it("reads nothing when no header names are configured", () => {
    expect(readGeoHeaders({ "cf-ipcountry": "BR" }, {})).toEqual({ country: null, region: null, city: null, timezone: null })
  })
})

describe("exceedsJsonDepth", () => {
  const nested = (depth: number) => {
    let value: unknown = 1
    for (let i = 0; i < depth; i++) {
      value = i % 2 ? { a: value } : [value]
    }
    return value
  }

  it("counts objects and arrays as levels", () => {
    expect(exceedsJsonDepth(nested(32), 32)).toBe(false)
    expect(exceedsJsonDepth(nested(33), 32)).toBe(true)
    expect(exceedsJsonDepth({ a: 1, b: "x" }, 1)).toBe(false)
  })

  it("handles 100,000 levels without recursion", () => {
    expect(exceedsJsonDepth(nested(100_000))).toBe(true)
  })
})
