// The analytics survivors issue 20 left open (docs/testing.md, "Mutation testing"): each test
// here fails with one or more of those mutants applied (checked by applying each by hand).
import { classifyBatch, type ItemSchema } from "../classify-batch"
import { readGeoHeaders } from "../geo"
import {
  catalogProductIds,
  contiguousRuns,
  dayInTimeZone,
  resolveReportRange,
  shapeCatalog,
  startOfDayInTimeZone,
  stepsReached,
  valueOf,
} from "../reports"

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] }
type Widget = { message_id: string; name: string; timestamp?: Date | null }

/** A schema that refuses every item with the given issues (the type is structural on purpose). */
const refusing = (issues: Issue[]): ItemSchema<Widget> => ({
  safeParse: () => ({ success: false, error: { issues } }),
})
/** A schema that accepts every item as it is. */
const accepting: ItemSchema<Widget> = {
  safeParse: (raw) => ({ success: true, data: raw as Widget }),
}
const received_at = new Date("2026-06-01T12:00:00.000Z")
const clock = { received_at, futureToleranceHours: 23 }
const messageOf = (issues: Issue[]) =>
  classifyBatch([{}], refusing(issues), clock, { maxItemBytes: 1_000, noun: "widget" }).rejected[0].message

describe("classifyBatch: the refusal message names every issue", () => {
  it("lists unknown fields separated by a comma and a space", () => {
    expect(messageOf([{ code: "unrecognized_keys", path: [], message: "x", keys: ["colour", "size"] }])).toBe(
      "unknown field(s) colour, size"
    )
  })

  it("lists no field when the issue carries no keys", () => {
    expect(messageOf([{ code: "unrecognized_keys", path: [], message: "x" }])).toBe("unknown field(s) ")
  })

  it("joins a nested path with dots, names the noun for the item itself, and separates issues with '; '", () => {
    expect(
      messageOf([
        { code: "invalid_type", path: ["meta", 0, "n"], message: "Expected number" },
        { code: "invalid_type", path: [], message: "Expected object" },
        { code: "unrecognized_keys", path: [], message: "x", keys: ["colour"] },
      ])
    ).toBe("meta.0.n: Expected number; widget: Expected object; unknown field(s) colour")
  })
})

describe("classifyBatch: the size limit", () => {
  const id = "5a0c3a43-1f7e-4a5b-9a57-3f0a6f8d2b01"
  // The item as stored: its fields and the corrected time; "São" is 4 bytes in UTF-8, 3 characters.
  const stored = `{"message_id":"${id}","name":"São","occurred_at":"2026-06-01T12:00:00.000Z"}`
  const bytes = Buffer.byteLength(stored)
  const classify = (maxItemBytes: number) =>
    classifyBatch([{ message_id: id, name: "São" }], accepting, clock, { maxItemBytes, noun: "widget" })

  it("keeps an item exactly at the limit, counted in bytes", () => {
    expect(bytes).toBe(stored.length + 1)
    const result = classify(bytes)
    expect(result.rejected).toEqual([])
    expect(result.valid_json).toBe(`[${stored}]`)
  })

  it("refuses an item a byte over the limit and says by how much", () => {
    const result = classify(bytes - 1)
    expect(result.valid).toEqual([])
    expect(result.valid_json).toBe("[]")
    expect(result.rejected).toEqual([
      { index: 0, code: "widget_too_large", message: `widget is ${bytes} bytes; the limit is ${bytes - 1}` },
    ])
  })
})

describe("readGeoHeaders: trimming and the length bound", () => {
  const names = { country: "cf-ipcountry", region: "x-geo-region", city: "x-geo-city", timezone: "x-tz" }

  it("trims the values before checking them", () => {
    expect(
      readGeoHeaders(
        { "cf-ipcountry": " br ", "x-geo-region": "  SP ", "x-geo-city": "%20S%C3%A3o%20Paulo%20", "x-tz": " UTC " },
        names
      )
    ).toEqual({ country: "BR", region: "SP", city: "São Paulo", timezone: "UTC" })
  })

  it("drops a value of spaces only", () => {
    expect(readGeoHeaders({ "x-geo-region": "   ", "x-tz": " \t " }, names)).toMatchObject({
      region: null,
      timezone: null,
    })
  })

  it("keeps a value of exactly 100 characters once trimmed, drops one of 101", () => {
    const hundred = "r".repeat(100)
    expect(readGeoHeaders({ "x-geo-region": ` ${hundred} ` }, names).region).toBe(hundred)
    expect(readGeoHeaders({ "x-geo-region": `${hundred}r` }, names).region).toBeNull()
  })
})

describe("startOfDayInTimeZone across a clock change at midnight", () => {
  // Chile moves its clocks at midnight: on 5 April 2026 from 00:00 (-03) back to 23:00 (-04) of
  // the 4th, and on 6 September 2026 from 00:00 (-04) on to 01:00 (-03). Either way the day
  // starts at 04:00 UTC: the repeated hour belongs to the 4th, and on the 6th of September
  // midnight does not exist, so the day starts at the jump, 01:00 local.
  const CL = "America/Santiago"

  it("starts the day after the repeated hour when the clocks go back at midnight", () => {
    const start = startOfDayInTimeZone("2026-04-05", CL)
    expect(start.toISOString()).toBe("2026-04-05T04:00:00.000Z")
    expect(dayInTimeZone(start, CL)).toBe("2026-04-05")
    expect(dayInTimeZone(new Date(start.getTime() - 1), CL)).toBe("2026-04-04")
  })

  it("starts the day at the jump when the clocks skip midnight", () => {
    const start = startOfDayInTimeZone("2026-09-06", CL)
    expect(start.toISOString()).toBe("2026-09-06T04:00:00.000Z")
    expect(dayInTimeZone(start, CL)).toBe("2026-09-06")
    expect(dayInTimeZone(new Date(start.getTime() - 1), CL)).toBe("2026-09-05")
  })

  it("starts a day east of UTC whose midnight is skipped at the jump too (Beirut, 29 March 2026)", () => {
    // 00:00 (+02) becomes 01:00 (+03), at 22:00 UTC of the 28th.
    expect(startOfDayInTimeZone("2026-03-29", "Asia/Beirut").toISOString()).toBe("2026-03-28T22:00:00.000Z")
  })
})

describe("contiguousRuns: the maxRuns bound", () => {
  it("keeps exactly maxRuns runs apart and merges one more", () => {
    const days = ["2026-01-01", "2026-01-02", "2026-01-05"]
    expect(contiguousRuns(days, 2)).toEqual([
      { from: "2026-01-01", to: "2026-01-02" },
      { from: "2026-01-05", to: "2026-01-05" },
    ])
    expect(contiguousRuns(days, 1)).toEqual([{ from: "2026-01-01", to: "2026-01-05" }])
  })
})

describe("resolveReportRange with a bound present but undefined", () => {
  it("treats it as missing, as a query object with an absent parameter has it", () => {
    expect(
      resolveReportRange({ from: undefined, to: "2026-03-05" }, { timeZone: "America/Sao_Paulo", defaultDays: 7 })
    ).toEqual({ from: "2026-02-27", to: "2026-03-05", days: 7, time_zone: "America/Sao_Paulo" })
  })
})

describe("stepsReached orders the session's events by time", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 4, 10, 12, minute))

  it("reaches a step from the earliest event of the step before it, whatever the input order", () => {
    // The late view_product comes first in the input: the funnel starts at 12:01, so the
    // add_to_cart at 12:03 counts, although it is before the view at 12:05.
    expect(
      stepsReached(
        ["view_product", "add_to_cart"],
        [
          { event_name: "view_product", occurred_at: at(5) },
          { event_name: "add_to_cart", occurred_at: at(3) },
          { event_name: "view_product", occurred_at: at(1) },
        ]
      )
    ).toBe(2)
  })

  it("takes each step at its earliest event after the step before, with times as text", () => {
    // In input order the first checkout (12:09) would be taken and the purchase at 12:08 missed.
    expect(
      stepsReached(
        ["view_product", "checkout", "purchase"],
        [
          { event_name: "purchase", occurred_at: at(8).toISOString() },
          { event_name: "checkout", occurred_at: at(9).toISOString() },
          { event_name: "view_product", occurred_at: at(2).toISOString() },
          { event_name: "checkout", occurred_at: at(4).toISOString() },
        ]
      )
    ).toBe(3)
  })
})

describe("catalog ties and lookups", () => {
  const row = (dimension: string, key: string, value: number) => ({ dimension, key, value })

  it("breaks a tie in conversion rate and views by product id, whatever the row order", () => {
    for (const order of [
      ["prod_a", "prod_b", "prod_c"],
      ["prod_c", "prod_b", "prod_a"],
      ["prod_b", "prod_a", "prod_c"],
    ]) {
      const rows = order.flatMap((id) => [row("product_views", id, 4), row("product_conversions", id, 2)])
      expect(shapeCatalog(rows, {}, 10, 1).best_conversion.map((p) => p.product_id)).toEqual([
        "prod_a",
        "prod_b",
        "prod_c",
      ])
    }
  })

  it("lists a best-converting product that is not among the most viewed", () => {
    const rows = [
      row("product_views", "popular", 10),
      row("product_views", "converts", 5),
      row("product_conversions", "converts", 5),
    ]
    expect(catalogProductIds(rows, 1, 1)).toEqual(["popular", "converts"])
  })

  it("reads a value from its own dimension only", () => {
    const rows = [row("path", "page_views", 9), row("total", "page_views", 3)]
    expect(valueOf(rows, "total", "page_views")).toBe(3)
    expect(valueOf(rows, "total", "sessions")).toBe(0)
  })
})
