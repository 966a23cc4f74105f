import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// Revenue and conversions by campaign and channel (issue 16) against a hand-counted fixture, in
// the default report time zone America/Sao_Paulo (UTC-3). Range 2026-10-01..10.
//
// Visits (a session within a day, or a cookieless page view), attributed to their first event:
//   s1 Oct 1  google/cpc "verao" -> paid_search; purchase o1 R$ 1000 sent twice (one order)
//   s2 Oct 1  referrer facebook.com -> social; purchases o2 R$ 200.50 and o3 R$ 99.50
//   s3 Oct 1  nothing -> direct; no purchase
//   s4 Oct 2  google/cpc "verao" first, then a page with "inverno" -> paid_search, "verao"
//   s5 Oct 2  no UTM first, then newsletter/email "blackfriday" -> direct, no campaign;
//             purchase o4 R$ 50
//   cookieless page view Oct 3 instagram/social "verao" -> social, "verao"
//   purchase o5 R$ 300 without a session, no UTM/referrer -> unattributed (channel null)
//   cookieless purchase R$ 20 (no session, no order id) instagram/social "verao" -> its own row
//   out: a bot session with a purchase (Oct 1), s7 with a purchase on Sep 30, a deleted purchase
// Leads (first touch, else the flat columns):
//   L1 created Oct 1 google/cpc "verao", converted Oct 3 R$ 5000 -> paid_search
//   L2 created Oct 2, first touch facebook/social "verao", last touch google/cpc "inverno" -> social
//   L3 created Sep 20 (before), referrer bing.com, converted Oct 5 R$ 1200.50 -> organic_search
//   L4 created Oct 4, nothing -> direct
//   L5 created Oct 5 newsletter, converted Nov 1 (after) -> email, captured only
//   L6 created Oct 5 google/cpc, soft-deleted -> not counted
const STORE = "https://loja.example"

function event(id: string, at: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const name = (fields.event_name as string) ?? "page_view"
  return {
    message_id: id,
    event_name: name,
    category: name === "page_view" ? "page_view" : "ecommerce",
    occurred_at: new Date(at),
    received_at: new Date(at),
    url: `${STORE}${(fields.path as string) ?? "/"}`,
    ...fields,
  }
}

const purchase = (id: string, at: string, order_id: string | null, value: number, fields: Record<string, unknown> = {}) =>
  event(id, at, { event_name: "purchase", order_id, value, ...fields })

const CPC_VERAO = { utm_source: "google", utm_medium: "cpc", utm_campaign: "verao" }

const EVENTS = [
  event("e1", "2026-10-01T12:00:00Z", { session_id: "s1", path: "/a", ...CPC_VERAO }),
  event("e2", "2026-10-01T12:01:00Z", { session_id: "s1", path: "/b" }),
  purchase("e3", "2026-10-01T12:02:00Z", "o1", 1000, { session_id: "s1" }),
  purchase("e4", "2026-10-01T12:03:00Z", "o1", 1000, { session_id: "s1" }),
  event("e5", "2026-10-01T13:00:00Z", { session_id: "s2", path: "/a", referrer: "https://www.facebook.com/" }),
  purchase("e6", "2026-10-01T13:01:00Z", "o2", 200.5, { session_id: "s2" }),
  purchase("e7", "2026-10-01T13:02:00Z", "o3", 99.5, { session_id: "s2" }),
  event("e8", "2026-10-01T14:00:00Z", { session_id: "s3", path: "/a" }),
  event("e9", "2026-10-02T12:00:00Z", { session_id: "s4", path: "/a", ...CPC_VERAO }),
  event("e10", "2026-10-02T12:01:00Z", { session_id: "s4", path: "/b", utm_campaign: "inverno" }),
  event("e11", "2026-10-02T13:00:00Z", { session_id: "s5", path: "/a" }),
  event("e12", "2026-10-02T13:01:00Z", {
    session_id: "s5", path: "/b", utm_source: "newsletter", utm_medium: "email", utm_campaign: "blackfriday",
  }),
  purchase("e13", "2026-10-02T13:02:00Z", "o4", 50, { session_id: "s5" }),
  event("e14", "2026-10-03T12:00:00Z", {
    path: "/a", consent_analytics: false, utm_source: "instagram", utm_medium: "social", utm_campaign: "verao",
  }),
  purchase("e15", "2026-10-04T12:00:00Z", "o5", 300),
  purchase("e21", "2026-10-04T13:00:00Z", null, 20, {
    consent_analytics: false, utm_source: "instagram", utm_medium: "social", utm_campaign: "verao",
  }),
  event("e16", "2026-10-01T15:00:00Z", { session_id: "bot", path: "/a", is_bot: true, ...CPC_VERAO }),
  purchase("e17", "2026-10-01T15:01:00Z", "o6", 9999, { session_id: "bot", is_bot: true }),
  event("e18", "2026-09-30T12:00:00Z", { session_id: "s7", path: "/a", ...CPC_VERAO }),
  purchase("e19", "2026-09-30T12:01:00Z", "o7", 10, { session_id: "s7" }),
]

const lead = (email: string, created_at: string, fields: Record<string, unknown> = {}) => ({
  email,
  interest_type: "solar",
  created_at: new Date(created_at),
  ...fields,
})

const LEADS = [
  lead("l1@example.com", "2026-10-01T12:05:00Z", { ...CPC_VERAO, converted_at: new Date("2026-10-03T12:00:00Z"), conversion_value: 5000 }),
  lead("l2@example.com", "2026-10-02T12:00:00Z", {
    utm_source: "google", utm_medium: "cpc", utm_campaign: "inverno",
    first_touch: { utm_source: "facebook", utm_medium: "social", utm_campaign: "verao", at: "2026-10-02T12:00:00Z" },
  }),
  lead("l3@example.com", "2026-09-20T12:00:00Z", {
    referrer: "https://www.bing.com/search?q=solar", landing_page: `${STORE}/kits`,
    converted_at: new Date("2026-10-05T12:00:00Z"), conversion_value: 1200.5,
  }),
  lead("l4@example.com", "2026-10-04T12:00:00Z"),
  lead("l5@example.com", "2026-10-05T12:00:00Z", { utm_source: "newsletter", converted_at: new Date("2026-11-01T12:00:00Z"), conversion_value: 10 }),
]

const RANGE = { from: "2026-10-01", to: "2026-10-10" }

function row(key: string | null, figures: Record<string, number>) {
  return {
    key,
    sessions: 0,
    converted_sessions: 0,
    orders: 0,
    revenue: 0,
    leads_captured: 0,
    leads_converted: 0,
    lead_conversion_value: 0,
    conversion_rate: 0,
    revenue_per_session: 0,
    ...figures,
  }
}

const TOTALS = (({ key: _key, ...rest }) => rest)(
  row(null, {
    sessions: 6, converted_sessions: 3, orders: 6, revenue: 1670, leads_captured: 4, leads_converted: 2,
    lead_conversion_value: 6200.5, conversion_rate: 0.5, revenue_per_session: 278.33,
  })
)

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    beforeEach(async () => {
      await service.createEvents(EVENTS as any)
      const deletedEvent = (await service.createEvents([
        purchase("e20", "2026-10-02T13:03:00Z", "o8", 777, { session_id: "s5" }),
      ] as any)) as unknown as Array<{ id: string }>
      await service.softDeleteEvents([deletedEvent[0].id])
      await service.createLeads(LEADS as any)
      const deletedLead = (await service.createLeads([
        lead("l6@example.com", "2026-10-05T12:00:00Z", CPC_VERAO),
      ] as any)) as unknown as Array<{ id: string }>
      await service.softDeleteLeads([deletedLead[0].id])
    })

    it("attributes visits, orders (once per order id) and leads to channel groups", async () => {
      const report = await service.getAnalyticsAttribution({ ...RANGE, group_by: "channel", limit: 10 })
      expect(report.group_by).toBe("channel")
      expect(report.rows).toEqual([
        row("paid_search", {
          sessions: 2, converted_sessions: 1, orders: 1, revenue: 1000, leads_captured: 1, leads_converted: 1,
          lead_conversion_value: 5000, conversion_rate: 0.5, revenue_per_session: 500,
        }),
        row("social", {
          sessions: 2, converted_sessions: 1, orders: 3, revenue: 320, leads_captured: 1,
          conversion_rate: 0.5, revenue_per_session: 160,
        }),
        // o5: no session and nothing on its row to attribute it by.
        row(null, { orders: 1, revenue: 300 }),
        row("direct", {
          sessions: 2, converted_sessions: 1, orders: 1, revenue: 50, leads_captured: 1,
          conversion_rate: 0.5, revenue_per_session: 25,
        }),
        // Revenue, orders and visits tie at 0: more leads captured first.
        row("email", { leads_captured: 1 }),
        row("organic_search", { leads_converted: 1, lead_conversion_value: 1200.5 }),
      ])
      expect(report.totals).toEqual(TOTALS)
    })

    it("counts a channel's visits as the breakdowns' channel rows do (same visit rule)", async () => {
      const report = await service.getAnalyticsAttribution({ ...RANGE, group_by: "channel", limit: 10 })
      const breakdown = (await service.getAnalyticsBreakdownRows(RANGE, [], 10)).filter((r) => r.dimension === "channel")
      expect(Object.fromEntries(report.rows.filter((r) => r.sessions > 0).map((r) => [r.key, r.sessions]))).toEqual(
        Object.fromEntries(breakdown.map((r) => [r.key, r.value]))
      )
    })

    it("groups by campaign with the first event's value; no campaign is a null key", async () => {
      const report = await service.getAnalyticsAttribution({ ...RANGE, group_by: "utm_campaign", limit: 10 })
      expect(report.rows).toEqual([
        row("verao", {
          sessions: 3, converted_sessions: 1, orders: 2, revenue: 1020, leads_captured: 2, leads_converted: 1,
          lead_conversion_value: 5000, conversion_rate: 0.3333, revenue_per_session: 340,
        }),
        row(null, {
          sessions: 3, converted_sessions: 2, orders: 4, revenue: 650, leads_captured: 2, leads_converted: 1,
          lead_conversion_value: 1200.5, conversion_rate: 0.6667, revenue_per_session: 216.67,
        }),
      ])
      expect(report.totals).toEqual(TOTALS)
    })

    it("groups by source and medium", async () => {
      const sources = await service.getAnalyticsAttribution({ ...RANGE, group_by: "utm_source", limit: 10 })
      // Revenue, orders, visits, leads captured, then the key.
      expect(sources.rows.map((r) => [r.key, r.sessions, r.orders, r.revenue, r.leads_captured, r.leads_converted])).toEqual([
        ["google", 2, 1, 1000, 1, 1],
        [null, 3, 4, 650, 1, 1],
        ["instagram", 1, 1, 20, 0, 0],
        ["facebook", 0, 0, 0, 1, 0],
        ["newsletter", 0, 0, 0, 1, 0],
      ])
      const mediums = await service.getAnalyticsAttribution({ ...RANGE, group_by: "utm_medium", limit: 10 })
      expect(mediums.rows.map((r) => r.key)).toEqual(["cpc", null, "social"])
    })

    it("keeps the top `limit` rows and totals every group", async () => {
      const report = await service.getAnalyticsAttribution({ ...RANGE, group_by: "channel", limit: 2 })
      expect(report.rows.map((r) => r.key)).toEqual(["paid_search", "social"])
      expect(report.totals).toEqual(TOTALS)
    })

    it("gives the same answer from the daily rollup, partly and fully stored, as from raw events", async () => {
      // o2 sent again two days later, without a session: an order counts once, on its first day,
      // even when the days are computed one by one.
      await service.createEvents([purchase("e22", "2026-10-03T12:30:00Z", "o2", 200.5)] as any)
      const all = () =>
        Promise.all(
          (["channel", "utm_campaign", "utm_source", "utm_medium"] as const).map((group_by) =>
            service.getAnalyticsAttribution({ ...RANGE, group_by, limit: 10 })
          )
        )
      const raw = await all()
      expect(raw[0].totals).toEqual(TOTALS)
      const storedDays = async () =>
        (await service.listAnalyticsDailyRollups({ report: "attribution", dimension: "_complete" } as any, { take: 100 }))
          .map((marker: any) => marker.day)
          .sort()
      expect(await storedDays()).toEqual([])

      // As of Oct 3 noon in São Paulo: Sep 30 to Oct 2 are stored, the rest is read raw.
      await service.rollUpAnalytics(new Date("2026-10-03T15:00:00Z"))
      expect(await storedDays()).toEqual(["2026-09-30", "2026-10-01", "2026-10-02"])
      expect(await all()).toEqual(raw)
      // Then every day with data (the days without any are read raw, and have nothing).
      await service.rollUpAnalytics(new Date("2026-10-20T15:00:00Z"))
      expect((await storedDays()).filter((day: string) => day >= RANGE.from && day <= RANGE.to)).toEqual([
        "2026-10-01",
        "2026-10-02",
        "2026-10-03",
        "2026-10-04",
      ])
      expect(await all()).toEqual(raw)
    })

    it("answers zeros for a range without data", async () => {
      const report = await service.getAnalyticsAttribution({ from: "2026-12-01", to: "2026-12-02", group_by: "channel", limit: 10 })
      expect(report.rows).toEqual([])
      expect(report.totals).toEqual((({ key: _key, ...rest }) => rest)(row(null, {})))
    })
  },
})
