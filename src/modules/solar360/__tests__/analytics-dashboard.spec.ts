import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { channelOf, type ChannelInput } from "../../../lib/analytics/channel"
import { emptyFigures } from "../../../lib/analytics/timeseries"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The analytics dashboard's reports (issue 16) against a hand-counted fixture, in the default
// report time zone America/Sao_Paulo (UTC-3, no daylight saving): local midnight is 03:00Z.
//
// Sessions (local days):
//   Oct 1  s1 /a then /b (organic: google.com.br), mobile  -> 2 page views, not bounced
//          s2 /a (google cpc), mobile                       -> bounced
//          s3 /a + add_to_cart (referrer facebook.com)      -> not bounced: an interaction
//          s4 /c + a performance event                      -> bounced: not an interaction
//          s5 /a + purchase R$ 1500.25 at 23:30/23:40 local (02:30Z/02:40Z on Oct 2 UTC)
//   Oct 2  s6 /a + purchase R$ 99.90 at 00:30 local (03:30Z)
//   Oct 3..5 nothing; Oct 6 s8 /a (bounced) and a bot; Sep 30 s7 /a (before the range)
const STORE = "https://loja.example"

function event(
  id: string,
  at: string,
  fields: Record<string, unknown> = {}
): Record<string, unknown> {
  const name = (fields.event_name as string) ?? "page_view"
  return {
    message_id: id,
    event_name: name,
    category: name === "page_view" ? "page_view" : "ecommerce",
    occurred_at: new Date(at),
    received_at: new Date(at),
    url: `${STORE}${(fields.path as string) ?? "/"}`,
    device_type: "desktop",
    browser: "Chrome",
    os: "Linux",
    ...fields,
  }
}

const FIXTURE = [
  event("e1", "2026-10-01T12:00:00Z", { session_id: "s1", ip_hash: "A", path: "/a", referrer: "https://www.google.com.br/search?q=x", device_type: "mobile" }),
  event("e2", "2026-10-01T12:05:00Z", { session_id: "s1", ip_hash: "A", path: "/b", referrer: `${STORE}/a`, device_type: "mobile" }),
  event("e3", "2026-10-01T13:00:00Z", { session_id: "s2", ip_hash: "B", path: "/a", utm_source: "google", utm_medium: "cpc", device_type: "mobile" }),
  event("e4", "2026-10-01T14:00:00Z", { session_id: "s3", ip_hash: "C", path: "/a", referrer: "https://facebook.com/" }),
  event("e5", "2026-10-01T14:01:00Z", { session_id: "s3", ip_hash: "C", event_name: "add_to_cart", value: 100 }),
  event("e6", "2026-10-01T15:00:00Z", { session_id: "s4", ip_hash: "D", path: "/c" }),
  event("e7", "2026-10-01T15:00:30Z", { session_id: "s4", ip_hash: "D", event_name: "web_vitals", category: "performance" }),
  event("e8", "2026-10-02T02:30:00Z", { session_id: "s5", ip_hash: "E", path: "/a" }),
  event("e9", "2026-10-02T02:40:00Z", { session_id: "s5", ip_hash: "E", event_name: "purchase", value: 1500.25 }),
  event("e10", "2026-10-02T03:30:00Z", { session_id: "s6", ip_hash: "F", path: "/a" }),
  event("e11", "2026-10-02T03:35:00Z", { session_id: "s6", ip_hash: "F", event_name: "purchase", value: 99.9 }),
  event("e12", "2026-10-06T12:00:00Z", { session_id: "s8", ip_hash: "A", path: "/a" }),
  event("e13", "2026-10-06T12:00:00Z", { session_id: "bot", ip_hash: "Z", path: "/a", is_bot: true }),
  event("e14", "2026-09-30T12:00:00Z", { session_id: "s7", ip_hash: "G", path: "/a" }),
]

const figures = (values: Partial<ReturnType<typeof emptyFigures>>) => ({ ...emptyFigures(), ...values })

const OCT_1 = figures({
  events: 9,
  page_views: 6,
  visitors: 5,
  sessions: 5,
  sessions_with_page_view: 5,
  bounced_sessions: 2,
  conversions: 1,
  revenue: 1500.25,
})
const OCT_2 = figures({ events: 2, page_views: 1, visitors: 1, sessions: 1, sessions_with_page_view: 1, conversions: 1, revenue: 99.9 })
const OCT_6 = figures({ events: 1, page_views: 1, visitors: 1, sessions: 1, sessions_with_page_view: 1, bounced_sessions: 1 })
const SEP_30 = OCT_6
const RANGE = { from: "2026-10-01", to: "2026-10-10" }

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service, MikroOrmWrapper }) => {
    beforeEach(async () => {
      await service.createEvents(FIXTURE as any)
    })

    const days = async () => {
      const [series] = await service.getAnalyticsTimeseries({ ranges: [RANGE], interval: "day" })
      return series
    }

    it("fills every day of the range, zero on days without data, on local calendar days", async () => {
      const series = await days()
      expect(series.buckets.map((bucket) => bucket.bucket)).toEqual([
        "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05",
        "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-10",
      ])
      const strip = ({ bucket: _b, from: _f, to: _t, ...rest }: (typeof series.buckets)[number]) => rest
      expect(strip(series.buckets[0])).toEqual(OCT_1)
      expect(strip(series.buckets[1])).toEqual(OCT_2)
      expect(strip(series.buckets[2])).toEqual(emptyFigures())
      expect(strip(series.buckets[5])).toEqual(OCT_6)
      expect(series.totals).toEqual({
        ...figures({
          events: 12, page_views: 8, visitors: 7, sessions: 7, sessions_with_page_view: 7,
          bounced_sessions: 3, conversions: 2, revenue: 1600.15,
        }),
        bounce_rate: 0.4286,
      })
    })

    it("gives the same series from raw rows and from the daily rollups", async () => {
      const raw = await days()
      const run = await service.rollUpAnalytics(new Date("2026-10-20T15:00:00Z"))
      expect(run.days.overview).toEqual(expect.arrayContaining(["2026-10-01", "2026-10-06"]))
      expect(await days()).toEqual(raw)
    })

    it("recomputes days stored under an older rollup definition, and reads them raw meanwhile", async () => {
      const raw = await days()
      await service.rollUpAnalytics(new Date("2026-10-20T15:00:00Z"))
      const connection = MikroOrmWrapper.forkManager().getConnection()
      // As the rollup before issue 16 stored them: version 1 markers, no conversion rows.
      await connection.execute(
        `delete from analytics_daily_rollup where report = 'overview' and key in ('conversions', 'revenue_reais', 'revenue_cents')`
      )
      await connection.execute(
        `update analytics_daily_rollup set value = 1 where report = 'overview' and dimension = '_complete'`
      )
      expect(await days()).toEqual(raw)
      const run = await service.rollUpAnalytics(new Date("2026-10-20T16:00:00Z"))
      expect(run.days.overview).toEqual(expect.arrayContaining(["2026-09-30", "2026-10-01", "2026-10-02", "2026-10-10"]))
      const [{ count }] = await connection.execute(
        `select count(*)::int as count from analytics_daily_rollup where report = 'overview' and dimension = '_complete' and value <> 2`
      )
      expect(count).toBe(0)
      expect(await days()).toEqual(raw)
    })

    it("sums a week's days inside the range only (the first week starts before the range)", async () => {
      const [series] = await service.getAnalyticsTimeseries({ ranges: [RANGE], interval: "week" })
      expect(series.buckets).toEqual([
        {
          bucket: "2026-09-28",
          from: "2026-10-01",
          to: "2026-10-04",
          ...figures({
            events: 11, page_views: 7, visitors: 6, sessions: 6, sessions_with_page_view: 6,
            bounced_sessions: 2, conversions: 2, revenue: 1600.15,
          }),
        },
        { bucket: "2026-10-05", from: "2026-10-05", to: "2026-10-10", ...OCT_6 },
      ])
    })

    it("buckets hours on the report time zone's clock", async () => {
      const [series] = await service.getAnalyticsTimeseries({
        ranges: [{ from: "2026-10-01", to: "2026-10-02" }],
        interval: "hour",
      })
      expect(series.buckets).toHaveLength(48)
      const at = (label: string) => series.buckets.find((bucket) => bucket.bucket === label)
      expect(at("2026-10-01T09:00")).toMatchObject({ events: 2, page_views: 2, visitors: 1, sessions: 1 })
      expect(at("2026-10-01T23:00")).toMatchObject({ events: 2, conversions: 1, revenue: 1500.25 })
      expect(at("2026-10-02T00:00")).toMatchObject({ events: 2, conversions: 1, revenue: 99.9 })
      expect(series.buckets.reduce((sum, bucket) => sum + bucket.events, 0)).toBe(11)
      // Totals are per day (a visitor is counted once per day, not once per hour).
      expect(series.totals.visitors).toBe(6)
    })

    it("reads the comparison range beside the range, aligned by position", async () => {
      const [current, previous] = await service.getAnalyticsTimeseries({
        ranges: [RANGE, { from: "2026-09-21", to: "2026-09-30" }],
        interval: "day",
      })
      expect(previous.buckets).toHaveLength(current.buckets.length)
      expect(previous.buckets[9]).toMatchObject({ bucket: "2026-09-30", ...SEP_30 })
      expect(previous.totals.page_views).toBe(1)
    })

    it("counts a session with one page view and an interaction event as not bounced (overview too)", async () => {
      const rows = await service.getAnalyticsReportRows("overview", { from: "2026-10-01", to: "2026-10-01" })
      const total = (key: string) => rows.find((row) => row.dimension === "total" && row.key === key)?.value
      // s2 and s4 bounce; s3 (add to cart) and s1 (two page views) and s5 (purchase) do not.
      expect(total("bounced_sessions")).toBe(2)
      expect(total("sessions_with_page_view")).toBe(5)
    })

    it("breaks the range down by entry and exit page, channel and OS", async () => {
      const rows = await service.getAnalyticsBreakdownRows(RANGE, [], 10)
      const dimension = (name: string) =>
        Object.fromEntries(rows.filter((row) => row.dimension === name).map((row) => [row.key, row.value]))
      expect(dimension("entry_page")).toEqual({ "/a": 6, "/c": 1 })
      expect(dimension("exit_page")).toEqual({ "/a": 5, "/b": 1, "/c": 1 })
      expect(dimension("channel")).toEqual({ organic_search: 1, paid_search: 1, social: 1, direct: 4 })
      expect(dimension("os")).toEqual({ Linux: 7 })
      expect(dimension("device_type")).toEqual({ mobile: 2, desktop: 5 })
      // The same from the rollups.
      await service.rollUpAnalytics(new Date("2026-10-20T15:00:00Z"))
      expect(await service.getAnalyticsBreakdownRows(RANGE, [], 10)).toEqual(expect.arrayContaining(rows))
    })

    it("groups channels in SQL exactly as channelOf does", async () => {
      const visits: ChannelInput[] = [
        {},
        { utm_medium: "Email", utm_source: "google" },
        { utm_source: "newsletter " },
        { referrer_host: "mail.google.com" },
        { utm_medium: "cpc", utm_source: "google" },
        { utm_medium: "CPC", utm_source: "Facebook" },
        { utm_medium: "paid", referrer_host: "l.instagram.com" },
        { utm_medium: "social-media" },
        { utm_source: "whatsapp" },
        { referrer_host: "t.co" },
        { referrer_host: "reddit.co" },
        { referrer_host: "www.google.com.br" },
        { referrer_host: "googleapis.example" },
        { utm_source: "bing" },
        { utm_medium: "organic", utm_source: "forum" },
        { referrer_host: "blog.example.com" },
        { utm_source: "parceiro" },
      ]
      await service.createEvents(
        visits.map((visit, index) =>
          event(`ch${index}`, "2026-10-20T12:00:00Z", {
            session_id: `ch${index}`,
            ip_hash: `ch${index}`,
            path: "/",
            utm_medium: visit.utm_medium,
            utm_source: visit.utm_source,
            referrer: visit.referrer_host ? `https://${visit.referrer_host}/x` : null,
          })
        ) as any
      )
      const expected: Record<string, number> = {}
      for (const visit of visits) {
        const channel = channelOf(visit)
        expected[channel] = (expected[channel] ?? 0) + 1
      }
      expect(Object.keys(expected).length).toBe(6) // every group is exercised
      const rows = await service.getAnalyticsBreakdownRows({ from: "2026-10-20", to: "2026-10-20" }, [], 20)
      const channels = Object.fromEntries(rows.filter((row) => row.dimension === "channel").map((row) => [row.key, row.value]))
      expect(channels).toEqual(expected)
    })

    it("filters whole visits: every event of a session with a matching event", async () => {
      const [byPage] = await service.getAnalyticsTimeseries({
        ranges: [RANGE],
        interval: "day",
        filters: [{ dimension: "page", value: "/b" }],
      })
      expect(byPage.totals).toMatchObject({ events: 2, page_views: 2, visitors: 1, sessions: 1, bounced_sessions: 0 })

      const [byEntry] = await service.getAnalyticsTimeseries({
        ranges: [RANGE],
        interval: "day",
        filters: [{ dimension: "entry_page", value: "/c" }],
      })
      expect(byEntry.totals).toMatchObject({ events: 2, page_views: 1, sessions: 1, bounced_sessions: 1 })

      const [byChannel] = await service.getAnalyticsTimeseries({
        ranges: [RANGE],
        interval: "day",
        filters: [{ dimension: "channel", value: "direct" }],
      })
      expect(byChannel.totals).toMatchObject({ sessions: 4, conversions: 2, revenue: 1600.15 })

      const [both] = await service.getAnalyticsTimeseries({
        ranges: [RANGE],
        interval: "day",
        filters: [
          { dimension: "device", value: "mobile" },
          { dimension: "page", value: "/a" },
        ],
      })
      expect(both.totals).toMatchObject({ sessions: 2, visitors: 2, page_views: 3 })

      const rows = await service.getAnalyticsBreakdownRows(RANGE, [{ dimension: "device", value: "mobile" }], 10)
      const paths = Object.fromEntries(rows.filter((row) => row.dimension === "path").map((row) => [row.key, row.value]))
      expect(paths).toEqual({ "/a": 2, "/b": 1 })
    })
  },
})
