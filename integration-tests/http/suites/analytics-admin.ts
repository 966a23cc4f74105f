import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { rollUpAnalyticsWorkflow } from "../../../src/workflows/analytics-reports"
import {
  D1,
  D2,
  insertAnalyticsFixture,
  P1,
  P2,
  P3,
} from "../../helpers/analytics-fixture"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const RANGE = `from=${D1}&to=${D2}`

// Hand-counted from integration-tests/helpers/analytics-fixture.ts (bots, soft-deleted rows
// and the Nov 1 event excluded). D1 + D2 figures are sums of the two days.
const EXPECTED_OVERVIEW = {
  range: { from: D1, to: D2, days: 2, time_zone: "America/Sao_Paulo" },
  // D1: e1..e7 = 7 events, 5 page views (e1 e3 e5 e6 e7), visitors A1 anon-B A3, sessions s1..s4;
  // D2: f1..f10 = 10 events, 4 page views (f1 f5 f8 f10), visitors A1d2 A7 A8 A9, sessions s6..s8.
  totals: { page_views: 9, unique_visitors: 7, sessions: 7, events: 17 },
  // s1 has two page views; s2 s3 s4 s6 s7 s8 one each, but s6 s7 s8 also have cart or
  // checkout events (interactions): only s2 s3 s4 bounce (rule of issue 16).
  bounce: { sessions_with_page_view: 7, bounced_sessions: 3, bounce_rate: 0.4286 },
  top_pages: [
    { path: "/", page_views: 5 }, // e1 e5 e6 f1 f10
    { path: "/p/painel", page_views: 2 }, // e3 f8
    { path: "/blog", page_views: 1 },
    { path: "/p/inversor", page_views: 1 },
  ],
  // e1 (www. stripped) and f5; e3's referrer is the store itself.
  top_referrers: [
    { referrer: "google.com", page_views: 2 },
    { referrer: "facebook.com", page_views: 1 },
  ],
  utm: {
    source: [
      { value: "google", sessions: 2 }, // s1, s6 (the bot's s5 does not count)
      { value: "facebook", sessions: 1 }, // s2
    ],
    medium: [{ value: "cpc", sessions: 2 }],
    campaign: [{ value: "verao", sessions: 1 }],
  },
  // D1: desktop A1 A3, mobile anon-B; D2: desktop A1d2 A8 A9, mobile A7.
  devices: [
    { device_type: "desktop", visitors: 5 },
    { device_type: "mobile", visitors: 2 },
  ],
  // D1: Chrome A1, Firefox A3, Safari anon-B; D2: Chrome A1d2 A7 A8 A9.
  browsers: [
    { browser: "Chrome", visitors: 5 },
    { browser: "Firefox", visitors: 1 },
    { browser: "Safari", visitors: 1 },
  ],
  events_per_category: { page_view: 9, ecommerce: 8 },
}

// Sessions per step: 7 reach page_view (s1 s2 s3 s4 s6 s7 s8); add_to_cart after it: s1, s6
// (s8's cart came before its page view); checkout: s1, s6 (s7 skipped the cart); purchase: s6.
const EXPECTED_FUNNEL = {
  range: { from: D1, to: D2, days: 2, time_zone: "America/Sao_Paulo" },
  steps: [
    { step: 1, name: "page_view", sessions: 7, conversion_from_previous: 1, conversion_from_start: 1, drop_off: 0 },
    { step: 2, name: "add_to_cart", sessions: 2, conversion_from_previous: 0.2857, conversion_from_start: 0.2857, drop_off: 5 },
    { step: 3, name: "checkout", sessions: 2, conversion_from_previous: 1, conversion_from_start: 0.2857, drop_off: 0 },
    { step: 4, name: "purchase", sessions: 1, conversion_from_previous: 0.5, conversion_from_start: 0.1429, drop_off: 1 },
  ],
  overall_conversion: 0.1429,
  window_minutes: null,
}

const names = { [P1]: "Painel 550W", [P2]: "Inversor 5kW", [P3]: "Bateria 10kWh" }

const EXPECTED_CATALOG = {
  range: { from: D1, to: D2, days: 2, time_zone: "America/Sao_Paulo" },
  // Views: P1 c1 c3 c4 d1, P2 c2 d2 d6, P3 c5 d8; searches c6 c7 d3 d4 d5, failed c7 d4 d5.
  totals: { product_views: 9, searches: 5, failed_searches: 3 },
  most_viewed: [
    { product_id: P1, product_name: names[P1], views: 4 },
    { product_id: P2, product_name: names[P2], views: 3 },
    { product_id: P3, product_name: names[P3], views: 2 },
  ],
  best_conversion: [
    // P1: carts c1 d1, purchases c3 d1, converted views c1 c3 d1.
    { product_id: P1, product_name: names[P1], views: 4, carts: 2, purchases: 2, conversions: 3, conversion_rate: 0.75, cart_rate: 0.5, purchase_rate: 0.5 },
    // P2: d6 led to a cart (the deleted log and the add_to_cart row d7 are not views).
    { product_id: P2, product_name: names[P2], views: 3, carts: 1, purchases: 0, conversions: 1, conversion_rate: 0.3333, cart_rate: 0.3333, purchase_rate: 0 },
    { product_id: P3, product_name: names[P3], views: 2, carts: 0, purchases: 0, conversions: 0, conversion_rate: 0, cart_rate: 0, purchase_rate: 0 },
  ],
  searches: {
    popular: [
      { term: "microinversor", searches: 2 }, // c7, d4 (case folded)
      { term: "painel solar", searches: 2 }, // c6 (trimmed), d3
      { term: "cabo", searches: 1 },
    ],
    failed: [
      { term: "microinversor", searches: 2 },
      { term: "cabo", searches: 1 },
    ],
  },
  // s1 (D1) and s6 (D2) viewed P1 and P2; s2 viewed P1 and P3.
  co_viewed: [
    { product_ids: [P1, P2], product_names: [names[P1], names[P2]], sessions: 2 },
    { product_ids: [P1, P3], product_names: [names[P1], names[P3]], sessions: 1 },
  ],
  recommendations: [
    { source: "trending", views: 2, carts: 1, purchases: 1, cart_rate: 0.5, purchase_rate: 0.5 }, // c1 c3
    { source: "personalized", views: 1, carts: 0, purchases: 0, cart_rate: 0, purchase_rate: 0 }, // c4
    { source: "similar", views: 1, carts: 1, purchases: 1, cart_rate: 1, purchase_rate: 1 }, // d1
  ],
}

export function analyticsAdminSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService
  let ids: Awaited<ReturnType<typeof insertAnalyticsFixture>>

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
    ids = await insertAnalyticsFixture(solar360)
  })

  const get = async (url: string) => (await api.get(url, admin)).data
  const status = async (url: string, headers = admin) => (await responseOf(api.get(url, headers))).status
  const expect400 = async (url: string) => {
    const response = await responseOf(api.get(url, admin))
    expect({ url, status: response.status, type: response.data.type }).toEqual({
      url,
      status: 400,
      type: "invalid_data",
    })
  }

  describe("GET /admin/solar360/events", () => {
    it("pages, orders and filters", async () => {
      const firstDay = await get(`/admin/solar360/events?from=${D1}&to=${D1}&is_bot=false&limit=3`)
      expect(firstDay).toMatchObject({ count: 7, offset: 0, limit: 3 })
      // Newest first: e5 (22:30 in São Paulo), e7, e6.
      expect(firstDay.events.map((e: any) => e.id)).toEqual([ids.eventIds.e5, ids.eventIds.e7, ids.eventIds.e6])
      expect(firstDay.events[0]).not.toHaveProperty("ip_hash")
      // A field outside the allowed list is dropped, never served.
      const asked = await get(`/admin/solar360/events?fields=id,ip_hash&session_id=s1`)
      expect(asked.events).toHaveLength(4)
      expect(asked.events.every((e: any) => e.id && !("ip_hash" in e))).toBe(true)

      const idsOf = async (query: string) =>
        (await get(`/admin/solar360/events?limit=100&${query}`)).events.map((e: any) => e.id).sort()
      const expectIds = (...labels: string[]) => labels.map((l) => ids.eventIds[l]).sort()

      expect(await idsOf(`from=${D1}&to=${D1}`)).toEqual(expectIds("e1", "e2", "e3", "e4", "e5", "e6", "e7", "bot"))
      expect(await idsOf("is_bot=true")).toEqual(expectIds("bot"))
      expect(await idsOf("session_id=s1")).toEqual(expectIds("e1", "e2", "e3", "e4"))
      expect(await idsOf(`category=ecommerce&from=${D1}&to=${D1}`)).toEqual(expectIds("e2", "e4"))
      expect(await idsOf("event_name=purchase")).toEqual(expectIds("f4"))
      expect(await idsOf("event_name[]=purchase&event_name[]=checkout&session_id=s6")).toEqual(expectIds("f3", "f4"))
      expect(await idsOf("utm_source=google&is_bot=false")).toEqual(expectIds("e1", "f1"))
      expect(await idsOf("utm_medium=cpc&utm_campaign=verao")).toEqual(expectIds("e1"))
      expect(await idsOf("anonymous_id=anon-B")).toEqual(expectIds("e5"))
      expect(await idsOf("customer_id=cus_fixture")).toEqual(expectIds("e1"))
      // Instants are used as given.
      expect(await idsOf("from=2026-11-03T01:00:00Z&to=2026-11-03T02:00:00Z")).toEqual(expectIds("e5"))

      const page = await get("/admin/solar360/events?order=occurred_at&limit=2&offset=1")
      expect(page.events.map((e: any) => e.id)).toEqual([ids.eventIds.e1, ids.eventIds.e3])
      expect(page).toMatchObject({ count: 19, offset: 1, limit: 2 })
    })

    it("lists the consent mark and filters on it", async () => {
      await solar360.ingestEvents({
        events: [{ message_id: "cookieless-1", event_name: "page_view", category: "page_view", session_id: "s-x", consent: { analytics: false } }] as any,
        received_at: new Date(),
      })
      const refused = await get("/admin/solar360/events?consent_analytics=false")
      expect(refused.events).toEqual([expect.objectContaining({ message_id: "cookieless-1", consent_analytics: false, session_id: null })])
      const granted = await get("/admin/solar360/events?consent_analytics=true&limit=100")
      expect(granted.count).toBe(19)
      expect(granted.events.every((e: any) => e.consent_analytics === true)).toBe(true)
      await expect400("/admin/solar360/events?consent_analytics=maybe")
    })

    it("answers 400 for bad filters", async () => {
      for (const query of [
        "category=pageview",
        "from=2026-13-01",
        "from=yesterday",
        "colour=red",
        "is_bot=maybe",
        `from=${D2}&to=${D1}`,
        "order=ip_hash",
      ]) {
        await expect400(`/admin/solar360/events?${query}`)
      }
    })

    it("answers 401 without an admin session", async () => {
      expect(await status("/admin/solar360/events", {} as any)).toBe(401)
      expect(await status(`/admin/solar360/events/${ids.eventIds.e1}`, {} as any)).toBe(401)
    })
  })

  describe("GET /admin/solar360/events/:id", () => {
    it("answers one event, soft-deleted ones not found", async () => {
      const { event } = await get(`/admin/solar360/events/${ids.eventIds.e1}`)
      expect(event).toMatchObject({ id: ids.eventIds.e1, session_id: "s1", url: "https://loja.example/", utm_campaign: "verao" })
      expect(event).not.toHaveProperty("ip_hash")

      const missing = await responseOf(api.get("/admin/solar360/events/evt_missing", admin))
      expect(missing.status).toBe(404)
      expect(missing.data).toMatchObject({ type: "not_found", message: 'Event with id "evt_missing" was not found' })
      expect(await status(`/admin/solar360/events/${ids.eventIds.deleted}`)).toBe(404)
      await expect400(`/admin/solar360/events/${ids.eventIds.e1}?limit=3`)
    })
  })

  describe("GET /admin/solar360/catalog-access-logs", () => {
    it("pages and filters", async () => {
      const idsOf = async (query: string) =>
        (await get(`/admin/solar360/catalog-access-logs?limit=100&${query}`)).catalog_access_logs
          .map((l: any) => l.id)
          .sort()
      const expectIds = (...labels: string[]) => labels.map((l) => ids.logIds[l]).sort()

      const all = await get("/admin/solar360/catalog-access-logs?limit=2")
      expect(all).toMatchObject({ count: 16, offset: 0, limit: 2 })
      expect(all.catalog_access_logs.map((l: any) => l.id)).toEqual([ids.logIds.d8, ids.logIds.d7])

      expect(await idsOf("action_type=search")).toEqual(expectIds("c6", "c7", "d3", "d4", "d5"))
      expect(await idsOf(`action_type=product_view&product_id=${P3}&is_bot=false`)).toEqual(expectIds("c5", "d8"))
      expect(await idsOf("led_to_purchase=true")).toEqual(expectIds("c3", "d1"))
      expect(await idsOf("led_to_cart=true&session_id=s7")).toEqual(expectIds("d6"))
      expect(await idsOf("recommendation_source=trending")).toEqual(expectIds("c1", "c3"))
      expect(await idsOf("view_context=recommendation")).toEqual(expectIds("c1"))
      expect(await idsOf("search_term=cabo")).toEqual(expectIds("d5"))
      expect(await idsOf("customer_id=cus_fixture")).toEqual(expectIds("c4"))
      expect(await idsOf(`from=${D2}`)).toEqual(expectIds("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"))
    })

    it("answers 400 for bad filters and 401 without a session", async () => {
      for (const query of [
        "action_type=view",
        "recommendation_source=magic",
        "view_context=home",
        "led_to_cart=sometimes",
        "to=2026-02-30",
        "limit=ten",
        "colour=red",
      ]) {
        await expect400(`/admin/solar360/catalog-access-logs?${query}`)
      }
      expect(await status("/admin/solar360/catalog-access-logs", {} as any)).toBe(401)
      expect(await status(`/admin/solar360/catalog-access-logs/${ids.logIds.c1}`, {} as any)).toBe(401)
    })
  })

  describe("GET /admin/solar360/catalog-access-logs/:id", () => {
    it("answers one log, 404 when missing", async () => {
      const { catalog_access_log } = await get(`/admin/solar360/catalog-access-logs/${ids.logIds.c1}`)
      expect(catalog_access_log).toMatchObject({ id: ids.logIds.c1, product_id: P1, product_name: "Painel 550W", led_to_cart: true })
      const missing = await responseOf(api.get("/admin/solar360/catalog-access-logs/cal_missing", admin))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toBe('Catalog access log with id "cal_missing" was not found')
      expect(await status(`/admin/solar360/catalog-access-logs/${ids.logIds.deleted}`)).toBe(404)
    })
  })

  describe("reports", () => {
    const reports = async () => ({
      overview: await get(`/admin/solar360/analytics/overview?${RANGE}`),
      funnel: await get(`/admin/solar360/analytics/funnel?${RANGE}&steps=page_view,add_to_cart,checkout,purchase`),
      catalog: await get(`/admin/solar360/catalog-analytics?${RANGE}`),
    })

    it("match the hand-counted fixture, identically before and after the rollup", async () => {
      const raw = await reports()
      expect(raw.overview).toEqual(EXPECTED_OVERVIEW)
      expect(raw.funnel).toEqual(EXPECTED_FUNNEL)
      expect(raw.catalog).toEqual(EXPECTED_CATALOG)

      // As of Nov 10 in São Paulo. The first run stores every day from the first with data
      // (Nov 1) to yesterday, empty ones included.
      const at = "2026-11-10T15:00:00Z"
      const { result } = await rollUpAnalyticsWorkflow(getContainer()).run({ input: { at } })
      const stored = ["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((d) => `2026-11-${d}`)
      expect(result.days.overview).toEqual(stored)
      expect(result.days.catalog).toEqual(stored)
      const rolledUp = await reports()
      expect(rolledUp).toEqual(raw)

      // The reports now read D1 from the rollup: a row deleted after it is not seen until
      // the next run, which recomputes the days with changed rows.
      await solar360.softDeleteEvents([ids.eventIds.e6])
      expect((await get(`/admin/solar360/analytics/overview?${RANGE}`)).totals).toEqual(EXPECTED_OVERVIEW.totals)
      const second = await rollUpAnalyticsWorkflow(getContainer()).run({ input: { at } })
      expect(second.result.days.overview).toContain(D1)
      const after = await get(`/admin/solar360/analytics/overview?${RANGE}`)
      // e6 was s3's only page view and A3's only event.
      expect(after.totals).toEqual({ page_views: 8, unique_visitors: 6, sessions: 6, events: 16 })
      expect(after.bounce).toEqual({ sessions_with_page_view: 6, bounced_sessions: 2, bounce_rate: 0.3333 })
      expect(after.browsers).toEqual([{ browser: "Chrome", visitors: 5 }, { browser: "Safari", visitors: 1 }])
    })

    it("mix rolled-up and raw days in one range", async () => {
      // Roll up as of Nov 3 (São Paulo): Nov 1 and 2 are stored, Nov 3 and 4 stay raw.
      const { result } = await rollUpAnalyticsWorkflow(getContainer()).run({
        input: { at: "2026-11-03T15:00:00Z" },
      })
      expect(result.days.overview).toEqual(["2026-11-01", D1])
      expect(await reports()).toEqual({
        overview: EXPECTED_OVERVIEW,
        funnel: EXPECTED_FUNNEL,
        catalog: EXPECTED_CATALOG,
      })
      const single = await get(`/admin/solar360/analytics/overview?from=${D2}&to=${D2}`)
      expect(single.totals).toEqual({ page_views: 4, unique_visitors: 4, sessions: 3, events: 10 })
      const first = await get(`/admin/solar360/analytics/overview?from=${D1}&to=${D1}&limit=1`)
      expect(first.totals).toEqual({ page_views: 5, unique_visitors: 3, sessions: 4, events: 7 })
      expect(first.top_pages).toEqual([{ path: "/", page_views: 3 }])
    })

    it("default to the last 30 days and honour report parameters", async () => {
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Sao_Paulo" }).format(new Date())
      const { range } = await get("/admin/solar360/analytics/overview")
      expect(range).toMatchObject({ to: today, days: 30 })

      const funnel = await get(`/admin/solar360/analytics/funnel?${RANGE}&steps=add_to_cart,checkout`)
      // add_to_cart: s1 s6 s8; checkout at or after it: s1 s6 s8.
      expect(funnel.steps.map((s: any) => s.sessions)).toEqual([3, 3])

      const catalog = await get(`/admin/solar360/catalog-analytics?${RANGE}&min_views=3&limit=1`)
      expect(catalog.best_conversion.map((p: any) => p.product_id)).toEqual([P1])
      expect(catalog.most_viewed).toEqual([{ product_id: P1, product_name: names[P1], views: 4 }])
    })

    it("apply a conversion window and break the funnel down (issue 16)", async () => {
      const sessionsOf = (body: any) => body.steps.map((step: any) => step.sessions)
      const FUNNEL = `/admin/solar360/analytics/funnel?${RANGE}&steps=page_view,add_to_cart,checkout,purchase`
      // s1: view 13:00, cart +5 min, checkout +10; s6: view 12:00, cart +5, checkout +6, purchase +7.
      // A step exactly at the window counts.
      const five = await get(`${FUNNEL}&window=5m`)
      expect(five.window_minutes).toBe(5)
      expect(sessionsOf(five)).toEqual([7, 2, 0, 0])
      expect(sessionsOf(await get(`${FUNNEL}&window_minutes=6`))).toEqual([7, 2, 1, 0])
      expect(sessionsOf(await get(`${FUNNEL}&window=10m`))).toEqual([7, 2, 2, 1])
      expect(sessionsOf(await get(`${FUNNEL}&window=1d`))).toEqual([7, 2, 2, 1])

      // Device of each session's first event: desktop s1 s3 s4 s6 s8 (s8's first event is its
      // cart; s3's deleted view does not count), mobile s2 s7.
      const byDevice = await get(`${FUNNEL}&breakdown=device`)
      expect(byDevice).toEqual({
        ...EXPECTED_FUNNEL,
        breakdown_by: "device",
        breakdown: [
          {
            key: "desktop",
            other: false,
            steps: [
              { step: 1, name: "page_view", sessions: 5, conversion_from_previous: 1, conversion_from_start: 1, drop_off: 0 },
              { step: 2, name: "add_to_cart", sessions: 2, conversion_from_previous: 0.4, conversion_from_start: 0.4, drop_off: 3 },
              { step: 3, name: "checkout", sessions: 2, conversion_from_previous: 1, conversion_from_start: 0.4, drop_off: 0 },
              { step: 4, name: "purchase", sessions: 1, conversion_from_previous: 0.5, conversion_from_start: 0.2, drop_off: 1 },
            ],
            overall_conversion: 0.2,
          },
          {
            key: "mobile",
            other: false,
            steps: [
              { step: 1, name: "page_view", sessions: 2, conversion_from_previous: 1, conversion_from_start: 1, drop_off: 0 },
              { step: 2, name: "add_to_cart", sessions: 0, conversion_from_previous: 0, conversion_from_start: 0, drop_off: 2 },
              { step: 3, name: "checkout", sessions: 0, conversion_from_previous: 0, conversion_from_start: 0, drop_off: 0 },
              { step: 4, name: "purchase", sessions: 0, conversion_from_previous: 0, conversion_from_start: 0, drop_off: 0 },
            ],
            overall_conversion: 0,
          },
        ],
      })
      // UTM source: google s1 s6, facebook s2, none s3 s4 s7 s8; with a window of 5 minutes.
      const bySource = await get(`${FUNNEL}&breakdown=utm_source&window=5m`)
      expect(sessionsOf(bySource)).toEqual([7, 2, 0, 0])
      expect(bySource.breakdown.map((row: any) => [row.key, row.other, sessionsOf(row)])).toEqual([
        ["google", false, [2, 2, 0, 0]],
        ["facebook", false, [1, 0, 0, 0]],
        [null, false, [4, 0, 0, 0]],
      ])
      // A window of 10 minutes or more with a breakdown (read like the stored days: paths and
      // timed paths): s1's checkout at exactly 10 minutes counts.
      const bySourceTen = await get(`${FUNNEL}&breakdown=utm_source&window=10m`)
      expect(bySourceTen.breakdown.map((row: any) => [row.key, row.other, sessionsOf(row)])).toEqual([
        ["google", false, [2, 2, 2, 1]],
        ["facebook", false, [1, 0, 0, 0]],
        [null, false, [4, 0, 0, 0]],
      ])
      const top1 = await get(`${FUNNEL}&breakdown=utm_source&breakdown_limit=1`)
      expect(top1.breakdown.map((row: any) => [row.key, row.other, sessionsOf(row)])).toEqual([
        ["google", false, [2, 2, 2, 1]],
        [null, false, [4, 0, 0, 0]],
        [null, true, [1, 0, 0, 0]], // facebook
      ])
    })

    it("answer 400 for bad ranges and steps", async () => {
      for (const url of [
        `/admin/solar360/analytics/overview?from=${D2}&to=${D1}`,
        "/admin/solar360/analytics/overview?from=2025-01-01&to=2026-01-02",
        "/admin/solar360/analytics/overview?from=2026-11-02T00:00:00Z",
        "/admin/solar360/analytics/overview?limit=0",
        "/admin/solar360/analytics/overview?colour=red",
        "/admin/solar360/analytics/funnel?steps=page_view",
        "/admin/solar360/analytics/funnel?steps=page_view,,purchase",
        "/admin/solar360/analytics/funnel?steps=page_view,purchase,page_view",
        `/admin/solar360/analytics/funnel?steps=${Array.from({ length: 11 }, (_, i) => `s${i}`).join(",")}`,
        `/admin/solar360/analytics/funnel?from=${D2}&to=${D1}`,
        "/admin/solar360/analytics/funnel?window=soon",
        "/admin/solar360/analytics/funnel?window=0m",
        "/admin/solar360/analytics/funnel?window=91d",
        "/admin/solar360/analytics/funnel?window=2w",
        "/admin/solar360/analytics/funnel?window_minutes=0",
        "/admin/solar360/analytics/funnel?window_minutes=129601",
        "/admin/solar360/analytics/funnel?window=1d&window_minutes=60",
        "/admin/solar360/analytics/funnel?breakdown=colour",
        "/admin/solar360/analytics/funnel?breakdown=device&breakdown_limit=0",
        "/admin/solar360/analytics/funnel?breakdown=device&breakdown_limit=51",
        `/admin/solar360/catalog-analytics?from=${D2}&to=${D1}`,
        "/admin/solar360/catalog-analytics?min_views=0",
        "/admin/solar360/catalog-analytics?to=2026-11-31",
      ]) {
        await expect400(url)
      }
      const tooLong = await responseOf(api.get("/admin/solar360/analytics/overview?from=2025-01-01&to=2026-01-02", admin))
      expect(tooLong.data).toMatchObject({ code: "solar360_invalid_range" })
      const badWindow = await responseOf(api.get("/admin/solar360/analytics/funnel?window=91d", admin))
      expect(badWindow.data.message).toMatch(/1 minute to 90 days/)
      // A window under 10 minutes is read from raw events: at most 90 days, as the filtered dashboards.
      const longRaw = await responseOf(api.get("/admin/solar360/analytics/funnel?window=9m&from=2026-01-01&to=2026-04-01", admin))
      expect(longRaw.status).toBe(400)
      expect(longRaw.data).toMatchObject({ code: "solar360_invalid_range" })
      expect(longRaw.data.message).toMatch(/91 days.*at most 90.*conversion window under 10 minutes is read from raw events/)
      expect((await responseOf(api.get("/admin/solar360/analytics/funnel?window=9m&from=2026-01-01&to=2026-03-31", admin))).status).toBe(200)
      expect((await responseOf(api.get("/admin/solar360/analytics/funnel?window=10m&from=2026-01-01&to=2026-11-30", admin))).status).toBe(200)
    })

    it("answer 401 without an admin session", async () => {
      for (const url of ["/admin/solar360/analytics/overview", "/admin/solar360/analytics/funnel", "/admin/solar360/catalog-analytics"]) {
        expect(await status(url, {} as any)).toBe(401)
      }
    })
  })
}
