// Report timings on synthetic data: not a test (it asserts nothing and is outside every test
// layer's testMatch). It inserts BENCH_ROWS events (default 1,000,000) over 330 days with one
// INSERT ... SELECT FROM generate_series, then prints how long the overview takes from raw
// rows and from rollups, the funnel, the first rollup (backfill) and an hourly run. Run:
//   BENCH_ROWS=1000000 npm test -- integration:modules --testMatch '**/bench/reports-measure.spec.ts'
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SOLAR360_MODULE } from "../src/modules/solar360"
import * as Models from "../src/modules/solar360/models"
import Solar360ModuleService from "../src/modules/solar360/service"

jest.setTimeout(1_200_000)

moduleIntegrationTestRunner<Solar360ModuleService>({
  moduleName: SOLAR360_MODULE,
  moduleModels: Object.values(Models).filter(
    (value) => typeof value === "object" && value !== null && "schema" in value
  ),
  resolve: "./src/modules/solar360",
  testSuite: ({ service, MikroOrmWrapper }) => {
    it("prints report timings", async () => {
      const N = Number(process.env.BENCH_ROWS ?? 1_000_000)
      const conn = MikroOrmWrapper.forkManager().getConnection()
      let t = Date.now()
      await conn.execute(`
        insert into "event" (created_at, updated_at, id, message_id, event_name, category, occurred_at, received_at, session_id, ip_hash, path, referrer, url, utm_source, device_type, browser, is_bot)
        select timestamptz '2026-01-01' + (g::float / ${N} * 330) * interval '1 day',
          timestamptz '2026-01-01' + (g::float / ${N} * 330) * interval '1 day',
          'evt_' || g, 'm' || g,
          (array['page_view','page_view','page_view','add_to_cart','checkout','purchase','scroll'])[1 + g % 7],
          (array['page_view','page_view','page_view','ecommerce','ecommerce','ecommerce','engagement'])[1 + g % 7],
          timestamptz '2026-01-01' + (g::float / ${N} * 330) * interval '1 day',
          timestamptz '2026-01-01' + (g::float / ${N} * 330) * interval '1 day',
          's' || (g / 5), 'ip' || (g / 9 % 50000), '/p/' || (g % 500), 'https://google.com/', 'https://loja.example/',
          (array['google','meta',null])[1 + g % 3], (array['desktop','mobile'])[1 + g % 2], (array['Chrome','Safari','Firefox'])[1 + g % 3], g % 20 = 0
        from generate_series(1, ${N}) g`)
      await conn.execute(`analyze "event"`)
      console.log(`insert ${N}: ${Date.now() - t} ms`)
      const range = { from: "2026-01-01", to: "2026-11-26" }
      t = Date.now()
      await service.getAnalyticsReportRows("overview", range)
      console.log(`overview raw, 330 days: ${Date.now() - t} ms`)
      t = Date.now()
      await service.countFunnelSessions(["page_view", "add_to_cart", "checkout", "purchase"], range)
      console.log(`funnel raw, 330 days: ${Date.now() - t} ms`)
      t = Date.now()
      await service.rollUpAnalytics(new Date("2026-11-27T15:00:00Z"))
      console.log(`first rollup (backfill): ${Date.now() - t} ms`)
      t = Date.now()
      await service.getAnalyticsReportRows("overview", range)
      console.log(`overview from rollups, 330 days: ${Date.now() - t} ms`)
      t = Date.now()
      await service.getAnalyticsReportRows("overview", { from: "2026-11-20", to: "2026-11-29" })
      console.log(`overview 10 days (3 raw): ${Date.now() - t} ms`)
      // The analytics dashboard (issue 16).
      const days90 = { from: "2026-08-29", to: "2026-11-26" }
      const timed = async (label: string, run: () => Promise<unknown>) => {
        t = Date.now()
        await run()
        console.log(`${label}: ${Date.now() - t} ms`)
      }
      await timed("dashboard time series, 90 days + comparison, from rollups", () =>
        service.getAnalyticsTimeseries({ ranges: [days90, { from: "2026-05-31", to: "2026-08-28" }], interval: "day" }))
      await timed("dashboard time series, 330 days per week, from rollups", () =>
        service.getAnalyticsTimeseries({ ranges: [range], interval: "week" }))
      await timed("dashboard time series, 7 days per hour, raw", () =>
        service.getAnalyticsTimeseries({ ranges: [{ from: "2026-11-20", to: "2026-11-26" }], interval: "hour" }))
      await timed("dashboard breakdowns, 90 days, from rollups", () => service.getAnalyticsBreakdownRows(days90, [], 10))
      await timed("dashboard time series, 90 days, filtered by page (raw)", () =>
        service.getAnalyticsTimeseries({ ranges: [days90], interval: "day", filters: [{ dimension: "page", value: "/p/7" }] }))
      await timed("dashboard breakdowns, 90 days, filtered by page (raw)", () =>
        service.getAnalyticsBreakdownRows(days90, [{ dimension: "page", value: "/p/7" }], 10))
      await timed("attribution by channel, 90 days (raw events and leads)", () =>
        service.getAnalyticsAttribution({ ...days90, group_by: "channel", limit: 10 }))
      await timed("attribution by campaign, 90 days (raw events and leads)", () =>
        service.getAnalyticsAttribution({ ...days90, group_by: "utm_campaign", limit: 10 }))
      await conn.execute(`update analytics_daily_rollup set created_at = now() - interval '1 hour'`)
      t = Date.now()
      const run = await service.rollUpAnalytics(new Date("2026-11-27T16:00:00Z"))
      console.log(`hourly rollup run (${run.days.overview.length} day): ${Date.now() - t} ms`)
    })
  },
})
