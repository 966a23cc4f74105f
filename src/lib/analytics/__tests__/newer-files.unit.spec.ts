// Survivors in the analytics files added after issue 20's first measurement (channel groups,
// consent, time series, dashboard filters, the tracked-event consent): each test fails with one
// or more of them applied (docs/testing.md, "Mutation testing"; checked by applying each by hand).
import { channelHosts, channelOf, DEFAULT_CHANNEL_HOSTS } from "../channel"
import { applyConsent, isIdentifierKey, scrubIdentifiers } from "../consent"
import { dashboardFilters } from "../dashboard-filters"
import { emptyFigures, fillBuckets, sumFigures } from "../timeseries"
import { trackedEventToItem } from "../tracked-event"

describe("channel hosts", () => {
  it("are the default lists when no extra hosts are given", () => {
    expect(channelHosts()).toEqual(DEFAULT_CHANNEL_HOSTS)
    expect(channelHosts({})).toEqual(DEFAULT_CHANNEL_HOSTS)
  })

  it("trim, lower-case and drop a leading www. from extra hosts, skip empty ones, and keep a www. inside", () => {
    const hosts = channelHosts({ search: [" WWW.Busca.UOL.com.br ", "", "  ", "www.", "search.www.example.org"] })
    expect(hosts.search).toEqual([...DEFAULT_CHANNEL_HOSTS.search, "busca.uol.com.br", "search.www.example.org"])
    expect(hosts.social).toEqual(DEFAULT_CHANNEL_HOSTS.social)
    expect(hosts.email).toEqual(DEFAULT_CHANNEL_HOSTS.email)
  })

  it("read a referrer host trimmed, and remove www. only at its start", () => {
    expect(channelOf({ referrer_host: " www.bing.com " })).toBe("organic_search")
    // "foowww.google.com" is a host under google.com: without the anchor it would read "foogoogle.com".
    expect(channelOf({ referrer_host: "foowww.google.com" })).toBe("organic_search")
  })

  it("read the medium trimmed and lower-cased", () => {
    expect(channelOf({ utm_medium: " Email " })).toBe("email")
    expect(channelOf({ utm_medium: " CPC ", utm_source: "google" })).toBe("paid_search")
  })
})

describe("consent: identifier keys and scrubbing", () => {
  it("reads a run of separators in a key as one underscore", () => {
    // "brand--name" is the allowed "brand_name", not a key with an empty word and "name".
    expect(isIdentifierKey("brand--name")).toBe(false)
    expect(isIdentifierKey("product. id")).toBe(false)
    expect(isIdentifierKey("user--name")).toBe(true)
  })

  it("drops an id-only string even with spaces around it", () => {
    expect(scrubIdentifiers({ ref: "  cus_01HXYZABCD  ", note: "kept" })).toEqual({ ref: null, note: "kept" })
  })

  it("keeps numbers, booleans and null as they are", () => {
    expect(scrubIdentifiers({ count: 3, flag: true, none: null, list: [1, false, null] })).toEqual({
      count: 3,
      flag: true,
      none: null,
      list: [1, false, null],
    })
  })

  it("drops what nests 64 levels deep or more, in arrays and in objects", () => {
    const arrays = (levels: number, inner: unknown): unknown => (levels === 0 ? inner : [arrays(levels - 1, inner)])
    const objects = (levels: number, inner: unknown): unknown => (levels === 0 ? inner : { a: objects(levels - 1, inner) })
    // 64 arrays around a text: the text sits at depth 64 and is kept (only objects are cut there).
    expect(scrubIdentifiers(arrays(64, "x"))).toEqual(arrays(64, "x"))
    // One more level: the array at depth 64 is dropped.
    expect(scrubIdentifiers(arrays(65, "x"))).toEqual(arrays(64, null))
    expect(scrubIdentifiers(objects(65, "x"))).toEqual(objects(64, null))
    expect(scrubIdentifiers(objects(64, { b: 1 }))).toEqual(objects(64, null))
    expect(scrubIdentifiers(objects(63, { b: 1 }))).toEqual(objects(63, { b: 1 }))
  })

  it("adds no JSON field the item did not have, in the cookieless form", () => {
    const out = applyConsent({ message_id: "m1", event_name: "view", consent: { analytics: false } }, { requireConsent: false })
    expect(Object.keys(out).sort()).toEqual(["consent_analytics", "event_name", "message_id"])
  })
})

describe("time series: hours, week edges and stray rows", () => {
  it("fills the hours of a day, each labelled with its day, rows on the last day included", () => {
    const hours = fillBuckets({ from: "2026-12-01", to: "2026-12-01" }, "hour", [
      { bucket: "2026-12-01T13:00", key: "visitors", value: 2 },
      { bucket: "2026-12-01T23:00", key: "page_views", value: 5 },
    ])
    expect(hours).toHaveLength(24)
    expect(hours[13]).toEqual({ ...emptyFigures(), bucket: "2026-12-01T13:00", from: "2026-12-01", to: "2026-12-01", visitors: 2 })
    expect(hours[23]).toMatchObject({ bucket: "2026-12-01T23:00", from: "2026-12-01", to: "2026-12-01", page_views: 5 })
    expect(hours.every((hour) => hour.from === "2026-12-01" && hour.to === "2026-12-01")).toBe(true)
  })

  it("leaves out the days of a week that are before or after the range", () => {
    // The range is Wednesday 2 and Thursday 3 December 2026; its week's bucket is Monday the 30th.
    const weeks = fillBuckets({ from: "2026-12-02", to: "2026-12-03" }, "week", [
      { bucket: "2026-11-30", key: "page_views", value: 100 },
      { bucket: "2026-12-02", key: "page_views", value: 3 },
      { bucket: "2026-12-04", key: "page_views", value: 200 },
    ])
    expect(weeks).toEqual([{ ...emptyFigures(), bucket: "2026-11-30", from: "2026-12-02", to: "2026-12-03", page_views: 3 }])
  })

  it("ignores a row that names no bucket of the range, and a key that is no metric", () => {
    const days = fillBuckets({ from: "2026-12-01", to: "2026-12-01" }, "day", [
      { bucket: "2026-12-01T13:00", key: "page_views", value: 7 },
      { bucket: "2026-12-01", key: "unknown", value: 7 },
    ])
    expect(days).toEqual([{ ...emptyFigures(), bucket: "2026-12-01", from: "2026-12-01", to: "2026-12-01" }])
    expect(sumFigures([{ bucket: "2026-12-01", key: "unknown", value: 7 }])).toEqual(emptyFigures())
  })
})

describe("dashboard filters", () => {
  it("keeps the non-empty text values of known dimensions, in the dimensions' order", () => {
    expect(
      dashboardFilters({ os: "Android", browser: "", country: "BR", device: 5, page: "/simulador", unknown: "x", region: ["SP"] })
    ).toEqual([
      { dimension: "page", value: "/simulador" },
      { dimension: "country", value: "BR" },
      { dimension: "os", value: "Android" },
    ])
    expect(dashboardFilters({})).toEqual([])
  })
})

describe("trackedEventToItem: the consent in properties", () => {
  const options = { categories: ["engagement"], defaultCategory: "engagement" }
  const consentOf = (consent: unknown) =>
    (trackedEventToItem({ event: "view", properties: { consent } }, options).item as { consent?: unknown }).consent

  it("keeps a granted marketing consent, and reads a missing or null one as null", () => {
    expect(consentOf({ analytics: true, marketing: true })).toEqual({ analytics: true, marketing: true })
    expect(consentOf({ analytics: false })).toEqual({ analytics: false, marketing: null })
    expect(consentOf({ analytics: false, marketing: null })).toEqual({ analytics: false, marketing: null })
  })

  it("ignores a null consent or one whose marketing is not a boolean", () => {
    expect(consentOf(null)).toBeUndefined()
    expect(consentOf({ analytics: true, marketing: "yes" })).toBeUndefined()
  })
})
