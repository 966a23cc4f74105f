import { DomainError } from "../../errors"
import {
  addDays,
  catalogProductIds,
  contiguousRuns,
  dayInTimeZone,
  funnelSteps,
  isCalendarDay,
  isValidTimeZone,
  listDays,
  parseFunnelSteps,
  rate,
  resolveReportRange,
  shapeCatalog,
  shapeOverview,
  startOfDayInTimeZone,
  stepsReached,
  topKeys,
} from "../reports"

const SP = "America/Sao_Paulo"

describe("report ranges", () => {
  it("knows calendar days and time zones", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true)
    expect(isCalendarDay("2026-02-30")).toBe(false)
    expect(isCalendarDay("2026-2-3")).toBe(false)
    expect(isValidTimeZone(SP)).toBe(true)
    expect(isValidTimeZone("Brasilia")).toBe(false)
  })

  it("finds the calendar day of an instant in the zone, not in UTC", () => {
    // 01:30 UTC on Nov 10 is 22:30 on Nov 9 in São Paulo (UTC-3).
    expect(dayInTimeZone(new Date("2026-11-10T01:30:00Z"), SP)).toBe("2026-11-09")
    expect(dayInTimeZone(new Date("2026-11-10T01:30:00Z"), "UTC")).toBe("2026-11-10")
  })

  it("computes the instant a day starts, across a DST change", () => {
    expect(startOfDayInTimeZone("2026-11-10", SP).toISOString()).toBe("2026-11-10T03:00:00.000Z")
    expect(startOfDayInTimeZone("2026-11-10", "UTC").toISOString()).toBe("2026-11-10T00:00:00.000Z")
    // New York: EDT (-4) in July, EST (-5) in January; DST starts 2026-03-08 at 02:00.
    expect(startOfDayInTimeZone("2026-07-01", "America/New_York").toISOString()).toBe(
      "2026-07-01T04:00:00.000Z"
    )
    expect(startOfDayInTimeZone("2026-01-01", "America/New_York").toISOString()).toBe(
      "2026-01-01T05:00:00.000Z"
    )
    expect(startOfDayInTimeZone("2026-03-09", "America/New_York").toISOString()).toBe(
      "2026-03-09T04:00:00.000Z"
    )
  })

  it("walks days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28")
    expect(listDays("2026-02-27", "2026-03-02")).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ])
  })

  it("groups days into runs of consecutive days", () => {
    expect(contiguousRuns(["2026-03-02", "2026-02-28", "2026-03-01", "2026-03-05", "2026-03-05"])).toEqual([
      { from: "2026-02-28", to: "2026-03-02" },
      { from: "2026-03-05", to: "2026-03-05" },
    ])
    expect(contiguousRuns([])).toEqual([])
    expect(contiguousRuns(["2026-01-01", "2026-01-03", "2026-01-05"], 2)).toEqual([
      { from: "2026-01-01", to: "2026-01-05" },
    ])
  })

  const now = new Date("2026-11-10T01:30:00Z") // Nov 9 in São Paulo

  it("defaults to the last 30 days ending today in the zone", () => {
    expect(resolveReportRange({}, { timeZone: SP, now })).toEqual({
      from: "2026-10-11",
      to: "2026-11-09",
      days: 30,
      time_zone: SP,
    })
    expect(resolveReportRange({ to: "2026-03-05" }, { timeZone: SP, now })).toMatchObject({
      from: "2026-02-04",
      to: "2026-03-05",
    })
    expect(resolveReportRange({ from: "2026-11-01" }, { timeZone: SP, now })).toMatchObject({
      from: "2026-11-01",
      to: "2026-11-09",
      days: 9,
    })
  })

  it("accepts one day and exactly the maximum span", () => {
    expect(resolveReportRange({ from: "2026-01-01", to: "2026-01-01" }, { timeZone: SP })).toMatchObject({ days: 1 })
    expect(
      resolveReportRange({ from: "2025-01-01", to: "2026-01-01" }, { timeZone: SP, maxDays: 366 })
    ).toMatchObject({ days: 366 })
  })

  it.each([
    [{ from: "2026-11-05", to: "2026-11-01" }, /is after/],
    [{ from: "2025-01-01", to: "2026-01-02" }, /367 days; at most 366/],
    [{ from: "2026-13-01" }, /"from" must be a calendar day/],
    [{ to: "yesterday" }, /"to" must be a calendar day/],
    [{ from: "2026-11-20" }, /is after/],
  ])("refuses %j", (input, message) => {
    expect(() => resolveReportRange(input, { timeZone: SP, now })).toThrow(message)
    expect(() => resolveReportRange(input, { timeZone: SP, now })).toThrow(DomainError)
  })
})

describe("funnel", () => {
  it("parses and validates steps", () => {
    expect(parseFunnelSteps("page_view, add_to_cart,checkout")).toEqual([
      "page_view",
      "add_to_cart",
      "checkout",
    ])
    expect(parseFunnelSteps(["page_view", "purchase"])).toEqual(["page_view", "purchase"])
    for (const bad of ["page_view", "a,,b", "a,b,a", Array.from({ length: 11 }, (_, i) => `s${i}`).join(",")]) {
      expect(() => parseFunnelSteps(bad)).toThrow(DomainError)
    }
  })

  it("counts a step only when reached at or after the previous one", () => {
    const steps = ["page_view", "add_to_cart", "checkout"]
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 9, 12, minute))
    expect(
      stepsReached(steps, [
        { event_name: "checkout", occurred_at: at(0) },
        { event_name: "page_view", occurred_at: at(1) },
        { event_name: "add_to_cart", occurred_at: at(2) },
      ])
    ).toBe(2) // the checkout came before the cart
    expect(
      stepsReached(steps, [
        { event_name: "add_to_cart", occurred_at: at(0) },
        { event_name: "page_view", occurred_at: at(5) },
        { event_name: "add_to_cart", occurred_at: at(6) },
        { event_name: "checkout", occurred_at: at(6) },
      ])
    ).toBe(3) // a later cart counts; a tie counts as "after"
    expect(stepsReached(steps, [{ event_name: "add_to_cart", occurred_at: at(0) }])).toBe(0)
  })

  it("computes conversion between steps", () => {
    expect(funnelSteps(["a", "b", "c"], [4, 3, 0])).toEqual([
      { step: 1, name: "a", sessions: 4, conversion_from_previous: 1, conversion_from_start: 1, drop_off: 0 },
      { step: 2, name: "b", sessions: 3, conversion_from_previous: 0.75, conversion_from_start: 0.75, drop_off: 1 },
      { step: 3, name: "c", sessions: 0, conversion_from_previous: 0, conversion_from_start: 0, drop_off: 3 },
    ])
    expect(funnelSteps(["a", "b"], [0, 0])[0].conversion_from_previous).toBe(0)
  })

  it("rounds rates and never divides by zero", () => {
    expect(rate(1, 3)).toBe(0.3333)
    expect(rate(2, 3)).toBe(0.6667)
    expect(rate(5, 0)).toBe(0)
  })
})

describe("shaping rows", () => {
  it("takes the top keys of a dimension, ties by key", () => {
    const rows = [
      { dimension: "path", key: "/b", value: 2 },
      { dimension: "path", key: "/a", value: 2 },
      { dimension: "path", key: "/c", value: 5 },
      { dimension: "browser", key: "Chrome", value: 9 },
    ]
    expect(topKeys(rows, "path", 2)).toEqual([
      { key: "/c", value: 5 },
      { key: "/a", value: 2 },
    ])
  })
})

describe("report shapes", () => {
  it("derives the bounce rate and keeps empty reports at zero", () => {
    const empty = shapeOverview([], 10)
    expect(empty.totals).toEqual({ page_views: 0, unique_visitors: 0, sessions: 0, events: 0 })
    expect(empty.bounce.bounce_rate).toBe(0)
    const shaped = shapeOverview(
      [
        { dimension: "total", key: "sessions_with_page_view", value: 4 },
        { dimension: "total", key: "bounced_sessions", value: 1 },
        { dimension: "utm_source", key: "google", value: 3 },
      ],
      10
    )
    expect(shaped.bounce).toEqual({ sessions_with_page_view: 4, bounced_sessions: 1, bounce_rate: 0.25 })
    expect(shaped.utm.source).toEqual([{ value: "google", sessions: 3 }])
  })

  it("ranks conversion among products with enough views, then by views", () => {
    const rows = [
      { dimension: "product_views", key: "a", value: 1 },
      { dimension: "product_conversions", key: "a", value: 1 },
      { dimension: "product_views", key: "b", value: 10 },
      { dimension: "product_conversions", key: "b", value: 5 },
      { dimension: "product_views", key: "c", value: 4 },
      { dimension: "product_conversions", key: "c", value: 2 },
      { dimension: "co_view", key: JSON.stringify(["a", "b"]), value: 2 },
    ]
    const all = shapeCatalog(rows, { b: "Painel" }, 10, 1)
    expect(all.best_conversion.map((p) => [p.product_id, p.conversion_rate])).toEqual([
      ["a", 1],
      ["b", 0.5],
      ["c", 0.5],
    ])
    expect(shapeCatalog(rows, {}, 10, 2).best_conversion.map((p) => p.product_id)).toEqual(["b", "c"])
    expect(all.co_viewed).toEqual([{ product_ids: ["a", "b"], product_names: [null, "Painel"], sessions: 2 }])
    expect(all.most_viewed[0]).toEqual({ product_id: "b", product_name: "Painel", views: 10 })
  })
})

describe("report shapes, every field", () => {
  const R = (dimension: string, key: string, value: number) => ({ dimension, key, value })

  it("shapes the overview: totals, bounce, each top list under its own labels, events per category", () => {
    const rows = [
      R("total", "page_views", 40), R("total", "visitors", 12), R("total", "sessions", 15), R("total", "events", 90),
      R("total", "sessions_with_page_view", 10), R("total", "bounced_sessions", 4),
      R("path", "/a", 30), R("path", "/b", 10), R("referrer", "google.com", 7),
      R("utm_source", "meta", 5), R("utm_medium", "cpc", 6), R("utm_campaign", "verao", 2),
      R("device_type", "mobile", 9), R("browser", "Safari", 3), R("category", "lead", 8), R("category", "view", 80),
    ]
    expect(shapeOverview(rows, 10)).toEqual({
      totals: { page_views: 40, unique_visitors: 12, sessions: 15, events: 90 },
      bounce: { sessions_with_page_view: 10, bounced_sessions: 4, bounce_rate: 0.4 },
      top_pages: [{ path: "/a", page_views: 30 }, { path: "/b", page_views: 10 }],
      top_referrers: [{ referrer: "google.com", page_views: 7 }],
      utm: {
        source: [{ value: "meta", sessions: 5 }],
        medium: [{ value: "cpc", sessions: 6 }],
        campaign: [{ value: "verao", sessions: 2 }],
      },
      devices: [{ device_type: "mobile", visitors: 9 }],
      browsers: [{ browser: "Safari", visitors: 3 }],
      events_per_category: { lead: 8, view: 80 },
    })
  })

  const catalog = [
    R("total", "product_views", 21), R("total", "searches", 6), R("total", "failed_searches", 2),
    R("product_views", "p1", 10), R("product_carts", "p1", 4), R("product_purchases", "p1", 2), R("product_conversions", "p1", 2),
    R("product_views", "p2", 5), R("product_carts", "p2", 1), R("product_conversions", "p2", 1), R("product_views", "p3", 6),
    R("search_term", "painel", 4), R("failed_search_term", "bateria", 2), R("co_view", JSON.stringify(["p1", "p3"]), 3),
    R("recommendation_views", "home", 8), R("recommendation_carts", "home", 2), R("recommendation_purchases", "home", 1),
    R("recommendation_views", "pdp", 8),
  ]

  it("shapes the catalog: rates per product (ties by views), searches, co-views, recommendations (ties by source)", () => {
    expect(shapeCatalog(catalog, { p1: "Painel 550 W" }, 10, 1)).toEqual({
      totals: { product_views: 21, searches: 6, failed_searches: 2 },
      most_viewed: [
        { product_id: "p1", product_name: "Painel 550 W", views: 10 },
        { product_id: "p3", product_name: null, views: 6 },
        { product_id: "p2", product_name: null, views: 5 },
      ],
      best_conversion: [
        { product_id: "p1", product_name: "Painel 550 W", views: 10, carts: 4, purchases: 2, conversions: 2, conversion_rate: 0.2, cart_rate: 0.4, purchase_rate: 0.2 },
        { product_id: "p2", product_name: null, views: 5, carts: 1, purchases: 0, conversions: 1, conversion_rate: 0.2, cart_rate: 0.2, purchase_rate: 0 },
        { product_id: "p3", product_name: null, views: 6, carts: 0, purchases: 0, conversions: 0, conversion_rate: 0, cart_rate: 0, purchase_rate: 0 },
      ],
      searches: { popular: [{ term: "painel", searches: 4 }], failed: [{ term: "bateria", searches: 2 }] },
      co_viewed: [{ product_ids: ["p1", "p3"], product_names: ["Painel 550 W", null], sessions: 3 }],
      recommendations: [
        { source: "home", views: 8, carts: 2, purchases: 1, cart_rate: 0.25, purchase_rate: 0.125 },
        { source: "pdp", views: 8, carts: 0, purchases: 0, cart_rate: 0, purchase_rate: 0 },
      ],
    })
    // The limit cuts every list; ties in conversion go to the product with more views, then the id.
    const cut = shapeCatalog(catalog, {}, 1, 1)
    expect(cut.most_viewed.map((p) => p.product_id)).toEqual(["p1"])
    expect(cut.best_conversion.map((p) => p.product_id)).toEqual(["p1"])
    const sameViews = [R("product_views", "b", 4), R("product_views", "a", 4)]
    expect(shapeCatalog(sameViews, {}, 10, 1).best_conversion.map((p) => p.product_id)).toEqual(["a", "b"])
  })

  it("lists the products a catalog report shows, once each", () => {
    expect(catalogProductIds(catalog, 10, 1)).toEqual(["p1", "p3", "p2"])
    expect(catalogProductIds([R("co_view", JSON.stringify(["x", "y"]), 1)], 10, 1)).toEqual(["x", "y"])
  })
})

describe("report ordering and funnels, from scrambled input", () => {
  const R = (dimension: string, key: string, value: number) => ({ dimension, key, value })

  it("orders top keys by value, then key, whatever the input order", () => {
    const rows = [R("path", "/c", 2), R("path", "/a", 2), R("path", "/b", 2), R("path", "/z", 3)]
    expect(topKeys(rows, "path", 10).map((row) => row.key)).toEqual(["/z", "/a", "/b", "/c"])
  })

  it("orders products by conversion, views, id and recommendations by views, source", () => {
    const rows = [
      R("product_views", "p3", 6), R("product_views", "p2", 5), R("product_conversions", "p2", 1),
      R("product_views", "p1", 10), R("product_conversions", "p1", 2), R("product_views", "p0", 5), R("product_conversions", "p0", 1),
      R("recommendation_views", "pdp", 8), R("recommendation_views", "home", 8), R("recommendation_views", "cart", 12),
    ]
    const shaped = shapeCatalog(rows, {}, 10, 1)
    expect(shaped.best_conversion.map((p) => p.product_id)).toEqual(["p1", "p0", "p2", "p3"])
    expect(shaped.recommendations.map((r) => r.source)).toEqual(["cart", "home", "pdp"])
  })

  it("shapes funnel steps: the first converts from itself, later ones from the step before", () => {
    expect(funnelSteps(["view", "cart", "buy"], [10, 4, 1])).toEqual([
      { step: 1, name: "view", sessions: 10, conversion_from_previous: 1, conversion_from_start: 1, drop_off: 0 },
      { step: 2, name: "cart", sessions: 4, conversion_from_previous: 0.4, conversion_from_start: 0.4, drop_off: 6 },
      { step: 3, name: "buy", sessions: 1, conversion_from_previous: 0.25, conversion_from_start: 0.1, drop_off: 3 },
    ])
    expect(funnelSteps(["view", "cart"], [0, 0])[0].conversion_from_previous).toBe(0)
  })

  it("follows a session's events in time order, whatever order they come in", () => {
    const events = [
      { event_name: "buy", occurred_at: "2026-05-10T12:03:00Z" },
      { event_name: "view", occurred_at: "2026-05-10T12:01:00Z" },
      { event_name: "cart", occurred_at: "2026-05-10T12:02:00Z" },
      { event_name: "view", occurred_at: "2026-05-10T12:04:00Z" },
    ]
    expect(stepsReached(["view", "cart", "buy"], events)).toBe(3)
    expect(stepsReached(["cart", "view", "buy"], events)).toBe(2)
  })

  it.each([
    [["a", " "], "Funnel steps must be non-empty event names"],
    [["a"], "A funnel has 2 to 10 steps"],
    [Array.from({ length: 11 }, (_, k) => `s${k}`), "A funnel has 2 to 10 steps"],
    [["a", "b".repeat(201)], "A funnel step is at most 200 characters"],
    [["a", "a"], "A funnel step may appear only once"],
  ])("refuses the funnel %#", (steps, message) => {
    expect(() => parseFunnelSteps(steps)).toThrow(message)
  })

  it("accepts 10 steps and a 200-character step", () => {
    expect(parseFunnelSteps(Array.from({ length: 10 }, (_, k) => `s${k}`))).toHaveLength(10)
    expect(parseFunnelSteps(["a", "b".repeat(200)])).toEqual(["a", "b".repeat(200)])
  })
})
