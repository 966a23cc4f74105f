import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { channelHosts } from "../../../lib/analytics/channel"
import { FUNNEL_BREAKDOWNS, type FunnelBreakdown, shapeFunnelBreakdown } from "../../../lib/analytics/funnel"
import { listDays, shapeCatalog, shapeOverview, stepsReached } from "../../../lib/analytics/reports"
import { funnelSql } from "../repositories/sql/analytics-reports"
import Solar360ModuleService from "../service"
import { insertGeneratedRows } from "./generated-rows"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"
import { seededRandom } from "../../../lib/__tests__/seeded-random"

jest.setTimeout(120_000)

// Cross-checks of the report SQL on generated data (a fixed seed, so every run is the same):
// the funnel against the reference rule in lib, and the reports against themselves before,
// during and after rollups. The hand-counted figures are in the HTTP spec.

const FIRST_DAY = "2026-10-01"
const DAYS = listDays(FIRST_DAY, "2026-10-06")
const NAMES = ["page_view", "add_to_cart", "checkout", "purchase", "scroll"]

function generateEvents(count: number) {
  const random = seededRandom(42)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  return Array.from({ length: count }, (_, index) => {
    const name = pick(NAMES)
    // Spread over the six days and a little before and after them, in UTC.
    const at = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + (random() * 6.4 - 0.2) * 86_400_000)
    return {
      message_id: `gen-${index}`,
      event_name: name,
      category: name === "page_view" ? "page_view" : name === "scroll" ? "engagement" : "ecommerce",
      occurred_at: at,
      received_at: at,
      session_id: random() < 0.95 ? `s${Math.floor(random() * 40)}` : null,
      ip_hash: random() < 0.8 ? `ip${Math.floor(random() * 25)}` : null,
      anonymous_id: random() < 0.5 ? `anon${Math.floor(random() * 30)}` : null,
      path: pick(["/", "/a", "/b", "/c", null]),
      referrer: pick(["https://google.com/", "https://www.bing.com/x", null, "https://loja.example/"]),
      url: "https://loja.example/",
      utm_source: pick(["google", "meta", null, null]),
      device_type: pick(["desktop", "mobile", null]),
      browser: pick(["Chrome", "Safari", "Firefox"]),
      is_bot: random() < 0.1,
    }
  })
}

function generateLogs(count: number) {
  const random = seededRandom(7)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  return Array.from({ length: count }, (_, index) => {
    const search = random() < 0.3
    const at = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + (random() * 6.4 - 0.2) * 86_400_000)
    return {
      message_id: `genlog-${index}`,
      action_type: search ? "search" : pick(["product_view", "product_view", "add_to_cart"]),
      occurred_at: at,
      session_id: random() < 0.9 ? `s${Math.floor(random() * 30)}` : null,
      product_id: search ? null : pick(["p1", "p2", "p3", "p4", "p5"]),
      search_term: search ? pick(["Painel", "painel ", "cabo", "inversor"]) : null,
      search_results_count: search ? pick([0, 3, 10]) : null,
      recommendation_source: pick(["trending", "similar", null, null]),
      led_to_cart: random() < 0.3,
      led_to_purchase: random() < 0.15,
      is_bot: random() < 0.1,
    }
  })
}

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service, MikroOrmWrapper }) => {
    const insertEvents = (rows: Array<Record<string, unknown>>) => insertGeneratedRows(MikroOrmWrapper.forkManager(), "event", "evt", rows)
    const insertLogs = (rows: Array<Record<string, unknown>>) =>
      insertGeneratedRows(MikroOrmWrapper.forkManager(), "catalog_access_log", "cal", rows)
    const range = { from: DAYS[0], to: DAYS[DAYS.length - 1] }
    const sorted = (rows: Array<{ dimension: string; key: string; value: number }>) =>
      [...rows].sort((a, b) =>
        `${a.dimension}\u0000${a.key}` < `${b.dimension}\u0000${b.key}` ? -1 : 1
      )

    it("counts funnel sessions per session and report day exactly as the reference rule does, from raw events and from the rollup", async () => {
      const events = generateEvents(1500)
      await insertEvents(events)
      const steps = ["page_view", "add_to_cart", "checkout", "purchase"]
      const start = Date.parse(`${range.from}T03:00:00Z`) // midnight in São Paulo
      const end = Date.parse(`${range.to}T03:00:00Z`) + 86_400_000
      // São Paulo has no daylight saving time since 2019: its day is the UTC-3 date.
      const reportDay = (time: number) => new Date(time - 3 * 3_600_000).toISOString().slice(0, 10)
      const bySessionDay = new Map<string, typeof events>()
      for (const event of events) {
        const time = event.occurred_at.getTime()
        if (!event.session_id || event.is_bot || time < start || time >= end) {
          continue
        }
        const key = `${event.session_id} ${reportDay(time)}`
        bySessionDay.set(key, [...(bySessionDay.get(key) ?? []), event])
      }
      const reference = (windowMinutes?: number) =>
        steps.map(
          (_, index) =>
            [...bySessionDay.values()].filter(
              (list) => stepsReached(steps, list, windowMinutes === undefined ? undefined : windowMinutes * 60_000) > index
            ).length
        )
      const expected = reference()
      expect(expected[0]).toBeGreaterThan(expected[3]) // the data does exercise the rule
      expect(expected[3]).toBeGreaterThan(0)
      // Paths read from raw events (nothing stored yet); a window of a whole day cuts nothing in
      // São Paulo (no daylight saving time) and reads the paths too; windows of 10 minutes or
      // more read the paths and the longer session-days' timed paths; shorter ones read events.
      const WINDOWS = [5, 20, 90, 240, 1439]
      const check = async () => {
        expect(await service.countFunnelSessions(steps, range)).toEqual(expected)
        expect(await service.countFunnelSessions(steps, range, { windowMinutes: 1440 })).toEqual(expected)
        for (const minutes of WINDOWS) {
          expect({ minutes, sessions: await service.countFunnelSessions(steps, range, { windowMinutes: minutes }) }).toEqual({
            minutes,
            sessions: reference(minutes),
          })
        }
      }
      expect(reference(240)[3]).toBeLessThan(expected[3]) // the windows do cut sessions
      expect(reference(20)[1]).toBeLessThan(reference(240)[1])
      await check()

      // Some days stored, then all: the same figures.
      await service.rollUpAnalytics(new Date("2026-10-04T15:00:00Z"))
      await check()
      await service.rollUpAnalytics(new Date("2026-10-20T15:00:00Z"))
      await check()

      // Stored days are read from the rollup, not the events: with the events gone, the
      // rollup's funnel is unchanged and the raw-event funnel is empty.
      const connection = MikroOrmWrapper.forkManager().getConnection()
      const [{ count }] = await connection.execute(
        `select count(*)::int as count from analytics_daily_rollup where report = 'funnel' and dimension = 'path'`
      )
      expect(count).toBeGreaterThan(0)
      const [{ timed }] = await connection.execute(
        `select count(*)::int as timed from analytics_daily_rollup where report = 'funnel' and dimension = 'timed'`
      )
      expect(timed).toBeGreaterThan(0) // the data has session-days longer than 10 minutes
      await connection.execute(`delete from "event"`)
      expect(await service.countFunnelSessions(steps, range)).toEqual(expected)
      expect(await service.countFunnelSessions(steps, range, { windowMinutes: 90 })).toEqual(reference(90))
      expect(await service.countFunnelSessions(steps, range, { windowMinutes: 5 })).toEqual([0, 0, 0, 0])
    })

    it("breaks the funnel down alike from the rollup's paths and from raw events, for every breakdown", async () => {
      // Each event moved into 06:00-18:00 of its day in São Paulo, so no session-day spans 12
      // hours and a 12-hour window (read from raw events) cuts nothing: both ways must agree.
      const events = generateEvents(1500).map((event) => {
        const time = event.occurred_at.getTime()
        const day = Math.floor(time / 86_400_000) * 86_400_000
        const at = new Date(day + 9 * 3_600_000 + (time - day) / 2)
        return { ...event, occurred_at: at, received_at: at }
      })
      await insertEvents(events)
      const steps = ["page_view", "add_to_cart", "checkout"]
      const compare = async () => {
        for (const breakdown of FUNNEL_BREAKDOWNS) {
          const fromPaths = await service.countFunnelSessionsByKey(steps, range, { breakdown, breakdownLimit: 2 })
          const fromEvents = await service.countFunnelSessionsByKey(steps, range, {
            breakdown,
            breakdownLimit: 2,
            windowMinutes: 720,
          })
          expect({ breakdown, rows: shapeFunnelBreakdown(steps, fromPaths) }).toEqual({
            breakdown,
            rows: shapeFunnelBreakdown(steps, fromEvents),
          })
        }
        // The data splits sessions: three device values and the sessions without one.
        const byDevice = await service.countFunnelSessionsByKey(steps, range, { breakdown: "device", breakdownLimit: 10 })
        expect(byDevice.map((row) => row.key).sort()).toEqual(["desktop", "mobile", null])
      }
      await compare()
      await service.rollUpAnalytics(new Date("2026-10-04T15:00:00Z"))
      await compare()
      await service.rollUpAnalytics(new Date("2026-10-20T15:00:00Z"))
      await compare()
    })

    it("breaks a windowed funnel down alike from the rollup's timed paths and from raw events, for every breakdown", async () => {
      await insertEvents(generateEvents(1500))
      const steps = ["page_view", "add_to_cart", "checkout"]
      // The reference: the raw-event funnel SQL run as it is (what windows under 10 minutes read).
      const connection = MikroOrmWrapper.forkManager().getConnection()
      const fromEvents = async (breakdown: FunnelBreakdown, windowMinutes: number) => {
        const statement = funnelSql(steps, { ...range, timeZone: "America/Sao_Paulo" }, {
          breakdown,
          breakdownLimit: 2,
          windowMinutes,
          channelHosts: channelHosts(),
        })
        const rows: Array<Record<string, unknown>> = await connection.execute(statement.text, [...statement.bindings])
        return rows.map((row) => ({
          key: row.key === null ? null : String(row.key),
          other: row.other === true,
          sessions: steps.map((_, index) => Number(row[`step_${index + 1}`])),
        }))
      }
      const compare = async () => {
        for (const breakdown of FUNNEL_BREAKDOWNS) {
          for (const windowMinutes of [20, 240]) {
            const fromPaths = await service.countFunnelSessionsByKey(steps, range, { breakdown, breakdownLimit: 2, windowMinutes })
            expect({ breakdown, windowMinutes, rows: shapeFunnelBreakdown(steps, fromPaths) }).toEqual({
              breakdown,
              windowMinutes,
              rows: shapeFunnelBreakdown(steps, await fromEvents(breakdown, windowMinutes)),
            })
          }
        }
      }
      // The windows do cut sessions of the data, per device value too.
      const unwindowed = await service.countFunnelSessionsByKey(steps, range, { breakdown: "device", breakdownLimit: 10 })
      const windowed = await fromEvents("device", 20)
      expect(windowed.reduce((sum, row) => sum + row.sessions[2], 0)).toBeLessThan(
        unwindowed.reduce((sum, row) => sum + row.sessions[2], 0)
      )
      await compare()
      await service.rollUpAnalytics(new Date("2026-10-04T15:00:00Z"))
      await compare()
      await service.rollUpAnalytics(new Date("2026-10-20T15:00:00Z"))
      await compare()
      // Stored days are read from the rollup: with the events gone, the figures stay.
      const before = await service.countFunnelSessionsByKey(steps, range, { breakdown: "device", breakdownLimit: 10, windowMinutes: 240 })
      expect(before.reduce((sum, row) => sum + row.sessions[1], 0)).toBeGreaterThan(0)
      const [{ timed }] = await connection.execute(
        `select count(*)::int as timed from analytics_daily_rollup where report = 'funnel' and dimension = 'timed:device'`
      )
      expect(timed).toBeGreaterThan(0)
      await connection.execute(`delete from "event"`)
      expect(await service.countFunnelSessionsByKey(steps, range, { breakdown: "device", breakdownLimit: 10, windowMinutes: 240 })).toEqual(before)
    })

    it("gives the same figures from raw rows, partial rollups and full rollups", async () => {
      await insertEvents(generateEvents(400))
      await insertLogs(generateLogs(300))
      const raw = {
        overview: sorted(await service.getAnalyticsReportRows("overview", range)),
        catalog: sorted(await service.getAnalyticsReportRows("catalog", range)),
      }
      expect(raw.overview.length).toBeGreaterThan(20)
      expect(raw.catalog.length).toBeGreaterThan(20)

      // As of Oct 4 noon in São Paulo: Oct 3 and earlier get stored; then everything.
      for (const at of ["2026-10-04T15:00:00Z", "2026-10-20T15:00:00Z"]) {
        await service.rollUpAnalytics(new Date(at))
        expect(sorted(await service.getAnalyticsReportRows("overview", range))).toEqual(raw.overview)
        expect(sorted(await service.getAnalyticsReportRows("catalog", range))).toEqual(raw.catalog)
      }
      // Holes in the stored days: the raw rows of each are read through its own window.
      await MikroOrmWrapper.forkManager()
        .getConnection()
        .execute(`delete from analytics_daily_rollup where day in ('2026-10-02', '2026-10-04')`)
      expect(sorted(await service.getAnalyticsReportRows("overview", range))).toEqual(raw.overview)
      expect(sorted(await service.getAnalyticsReportRows("catalog", range))).toEqual(raw.catalog)

      // Running again (rows written within the safety margin are recomputed) changes nothing.
      const again = await service.rollUpAnalytics(new Date("2026-10-20T16:00:00Z"))
      expect(again.days.overview).toEqual([...listDays("2026-09-30", "2026-10-07"), "2026-10-19"])
      expect(sorted(await service.getAnalyticsReportRows("overview", range))).toEqual(raw.overview)
    })

    it("recomputes only the days that changed since the last run, and days asked for", async () => {
      const event = (message_id: string, at: string) => ({
        message_id,
        event_name: "page_view",
        category: "page_view",
        occurred_at: new Date(at),
        received_at: new Date(at),
        session_id: message_id,
        ip_hash: message_id,
      })
      const [, oct3, aug1] = (await service.createEvents([
        event("a", "2026-10-02T12:00:00Z"),
        event("b", "2026-10-03T12:00:00Z"),
        event("c", "2026-08-01T12:00:00Z"),
      ] as any)) as unknown as Array<{ id: string }>
      const at = new Date("2026-10-20T15:00:00Z")
      // The first run stores every day from the first with data to yesterday.
      expect((await service.rollUpAnalytics(at)).days.overview).toEqual(
        listDays("2026-08-01", "2026-10-19")
      )
      // Pretend the rows and that run are two hours old.
      const connection = MikroOrmWrapper.forkManager().getConnection()
      await connection.execute(
        `update "event" set created_at = now() - interval '3 hours', updated_at = now() - interval '3 hours'`
      )
      await connection.execute(
        `update analytics_daily_rollup set created_at = now() - interval '2 hours'`
      )
      const pageViews = async (day: string) =>
        (await service.getAnalyticsReportRows("overview", { from: day, to: day })).find(
          (row) => row.dimension === "total" && row.key === "page_views"
        )?.value ?? 0

      // A late event for Oct 2, a change to Oct 3 (within the recheck window) and to Aug 1
      // (older than it): the run takes Oct 2 and 3 and yesterday, not Aug 1.
      await service.createEvents([event("late", "2026-10-02T13:00:00Z")] as any)
      await service.softDeleteEvents([oct3.id, aug1.id])
      expect((await service.rollUpAnalytics(at)).days.overview).toEqual([
        "2026-10-02",
        "2026-10-03",
        "2026-10-19",
      ])
      expect(await pageViews("2026-10-02")).toBe(2)
      expect(await pageViews("2026-10-03")).toBe(0)
      expect(await pageViews("2026-08-01")).toBe(1) // the stored day, until asked for
      await service.rollUpAnalytics(at, { days: ["2026-08-01"] })
      expect(await pageViews("2026-08-01")).toBe(0)
    })

    describe("bounded co-views and top N in SQL", () => {
      const CAP = 50 // the default coViewMaxProductsPerSession
      const coViews = (rows: Array<{ dimension: string; key: string; value: number }>) =>
        rows.filter((row) => row.dimension === "co_view")

      it("a session with 3,000 products adds at most cap*(cap-1)/2 pairs, from its most recent products", async () => {
        // 3,000 rows through the ORM take a minute here: one set-based insert instead.
        await MikroOrmWrapper.forkManager()
          .getConnection()
          .execute(
            `insert into catalog_access_log (id, message_id, action_type, occurred_at, session_id, product_id, is_bot)
             select 'cal_forged_' || n, 'forged-' || n, 'product_view',
               timestamptz '2026-10-02T12:00:00Z' + n * interval '1 second', 'forged',
               'prod_' || lpad(n::text, 5, '0'), false
             from generate_series(0, 2999) as n`
          )
        const all = await service.getAnalyticsReportRows("catalog", range)
        const pairs = coViews(all)
        expect(pairs).toHaveLength((CAP * (CAP - 1)) / 2)
        const products = new Set(pairs.flatMap((row) => JSON.parse(row.key) as string[]))
        expect(products).toEqual(new Set(Array.from({ length: CAP }, (_, i) => `prod_${String(2999 - i).padStart(5, "0")}`)))

        // The rollup stores the same bounded set.
        await service.rollUpAnalytics(new Date("2026-10-20T15:00:00Z"))
        const stored = await MikroOrmWrapper.forkManager()
          .getConnection()
          .execute(`select count(*)::int as n from analytics_daily_rollup where report = 'catalog' and dimension = 'co_view'`)
        expect(stored[0].n).toBe((CAP * (CAP - 1)) / 2)

        // The report reads its top N only: 10 pairs, 10 most viewed, not 3,000 product rows.
        const top = await service.getAnalyticsReportRows("catalog", range, { limit: 10, minViews: 1 })
        expect(coViews(top)).toHaveLength(10)
        expect(top.filter((row) => row.dimension === "product_views").length).toBeLessThanOrEqual(20)
        expect(top.length).toBeLessThan(100)
      })

      it("gives the same reports from the top-N rows as from all rows on ordinary data", async () => {
        await insertEvents(generateEvents(400))
        await insertLogs(generateLogs(300))
        for (const [limit, minViews] of [[10, 1], [2, 1], [1, 5], [3, 20]]) {
          const all = {
            overview: await service.getAnalyticsReportRows("overview", range),
            catalog: await service.getAnalyticsReportRows("catalog", range),
          }
          const top = {
            overview: await service.getAnalyticsReportRows("overview", range, { limit }),
            catalog: await service.getAnalyticsReportRows("catalog", range, { limit, minViews }),
          }
          if (limit <= 2) {
            expect(top.overview.length).toBeLessThan(all.overview.length)
          }
          expect(shapeOverview(top.overview, limit)).toEqual(shapeOverview(all.overview, limit))
          expect(shapeCatalog(top.catalog, {}, limit, minViews)).toEqual(shapeCatalog(all.catalog, {}, limit, minViews))
        }
      })
    })
  },
})
