import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The data-health report against real PostgreSQL, on a hand-made fixture. The report time zone
// is the default America/Sao_Paulo (UTC-3): "now" is 2026-10-20 12:00 there, so the last full
// day is 2026-10-19 and the baseline the seven days 2026-10-12 to 2026-10-18.
const NOW = new Date("2026-10-20T15:00:00Z")
const at = (iso: string) => new Date(iso)

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  moduleOptions: { dataHealth: { helioDailyBudgetUsd: 1, maxRowsPerDay: { lead: 3, "*": null } } },
  testSuite: ({ service, MikroOrmWrapper }) => {
    const lead = (email: string, created_at: Date) => ({ email, interest_type: "solar", created_at })

    it("counts rows per local day, finds the oldest row and raises growth, rows-per-day and budget alerts", async () => {
      const baseline = ["12", "13", "14", "15", "16", "17", "18"].map((d, i) => lead(`base${i}@example.com`, at(`2026-10-${d}T15:00:00Z`)))
      await service.createLeads([
        ...baseline,
        // 2026-10-11 23:00 in São Paulo: before the window, but the oldest row.
        lead("early@example.com", at("2026-10-12T02:00:00Z")),
        lead("d1@example.com", at("2026-10-19T03:00:00Z")),
        lead("d2@example.com", at("2026-10-19T12:00:00Z")),
        lead("d3@example.com", at("2026-10-19T20:00:00Z")),
        // 2026-10-19 23:30 in São Paulo: still the 19th there.
        lead("d4@example.com", at("2026-10-20T02:30:00Z")),
        // Today (the 20th there): counted apart.
        lead("today@example.com", at("2026-10-20T13:00:00Z")),
      ] as any)
      const [deleted] = (await service.createLeads([lead("gone@example.com", at("2026-10-15T15:00:00Z"))] as any)) as unknown as Array<{ id: string }>
      await service.softDeleteLeads([deleted.id])
      await service.createRagQueries([
        { conversation_id: "hconv_a", estimated_cost_usd: 0.75, created_at: at("2026-10-19T14:00:00Z") },
        { conversation_id: "hconv_a", estimated_cost_usd: 0.5, created_at: at("2026-10-20T01:00:00Z") },
        // The 18th and the 20th: not the day's cost.
        { conversation_id: "hconv_a", estimated_cost_usd: 5, created_at: at("2026-10-18T12:00:00Z") },
        { conversation_id: "hconv_a", estimated_cost_usd: 5, created_at: at("2026-10-20T12:00:00Z") },
      ] as any)

      // An event past the 400-day retention (by occurred_at), written on the 16th.
      await service.createEvents([
        {
          message_id: "old-visit",
          event_name: "page_view",
          category: "page_view",
          occurred_at: at("2025-09-01T12:00:00Z"),
          received_at: at("2025-09-01T12:00:00Z"),
          created_at: at("2026-10-16T12:00:00Z"),
        },
      ] as any)

      // ANEEL failed 6 of 25 calls on the 19th (24% > 20%); pvlib 5 of 19 (too few calls to judge).
      await service.createUpstreamCacheDailyStats([
        { cache_table: "aneel_cache", kind: "tariffs", day: "2026-10-19", upstream_calls: 15, upstream_errors: 5, hits: 400 },
        { cache_table: "aneel_cache", kind: "distributors", day: "2026-10-19", upstream_calls: 4, upstream_errors: 1 },
        { cache_table: "aneel_cache", kind: "tariffs", day: "2026-10-18", upstream_calls: 0, upstream_errors: 30 },
        { cache_table: "pvlib_cache", kind: "yield", day: "2026-10-19", upstream_calls: 14, upstream_errors: 5 },
      ] as any)

      const report = await service.getDataHealth({ now: NOW })
      expect(report.day).toBe("2026-10-19")
      expect(report.days).toEqual(["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16", "2026-10-17", "2026-10-18", "2026-10-19"])
      const leads = report.tables.find((table) => table.table === "lead")!
      expect(leads).toMatchObject({
        rows: 13,
        rows_estimated: false,
        // Rows written per day (the soft-deleted one was written on the 15th).
        rows_per_day: [1, 1, 1, 2, 1, 1, 1, 4],
        rows_today: 1,
        oldest_created_at: "2026-10-12T02:00:00.000Z",
        // Closed leads go 730 days after closing: none here.
        retention_due: 0,
      })
      expect(leads.bytes).toBeGreaterThan(0)
      const events = report.tables.find((table) => table.table === "event")!
      expect(events).toMatchObject({
        rows: 1,
        rows_per_day: [0, 0, 0, 0, 1, 0, 0, 0],
        oldest_created_at: "2026-10-16T12:00:00.000Z",
        retention_due: 1,
      })
      expect(report.tables.find((table) => table.table === "pvlib_cache")).toMatchObject({ rows: 0, oldest_created_at: null })
      // Notes follow their lead: no rule of their own.
      expect(report.tables.find((table) => table.table === "lead_note")!.retention_due).toBeNull()
      expect(report.total_bytes).toBe(report.tables.reduce((sum, table) => sum + table.bytes, 0))
      expect(report.helio_cost_usd).toBeCloseTo(1.25, 6)

      // Baseline of the seven days before: 8 rows / 7 days; 4 > 3 x 8/7 = 3.43.
      expect(report.alerts.map((alert) => [alert.key, alert.value, alert.limit])).toEqual([
        ["table_rows_per_day:lead:2026-10-19", 4, 3],
        ["table_growth:lead:2026-10-19", 3.5, 3],
        // One query on the 18th, two on the 19th: 2 against 1/7 a day.
        ["table_growth:rag_query:2026-10-19", 14, 3],
        ["helio_budget:2026-10-19", 1.25, 1],
        ["upstream_errors:aneel:2026-10-19", 0.24, 0.2],
      ])
    })
  
    it("finds the oldest row among those written before the retention cutoff + a week when there are some", async () => {
      // Retention cutoff for events: NOW - 400 days = 2025-09-15T15:00Z; searched first: before 2025-09-22T15:00Z.
      const event = (message_id: string, created_at: Date) => ({
        message_id,
        event_name: "page_view",
        category: "page_view",
        occurred_at: created_at,
        received_at: created_at,
        created_at,
      })
      const [gone] = (await service.createEvents([event("gone", at("2025-09-01T12:00:00Z"))] as any)) as unknown as Array<{ id: string }>
      await service.softDeleteEvents([gone.id])
      await service.createEvents([
        event("past-cutoff", at("2025-09-10T12:00:00Z")),
        event("in-the-week", at("2025-09-20T12:00:00Z")),
        event("recent", at("2026-10-16T12:00:00Z")),
      ] as any)

      const report = await service.getDataHealth({ now: NOW })
      // The soft-deleted row is older but not live; the oldest live one is before the cutoff.
      expect(report.tables.find((table) => table.table === "event")).toMatchObject({
        rows: 3,
        oldest_created_at: "2025-09-10T12:00:00.000Z",
        retention_due: 2,
      })
      // With the planner's statistics (their histogram bounds include the soft-deleted row), the same.
      await MikroOrmWrapper.forkManager().getConnection().execute(`analyze "event"`)
      const analyzed = await service.getDataHealth({ now: NOW })
      expect(analyzed.tables.find((table) => table.table === "event")!.oldest_created_at).toBe("2025-09-10T12:00:00.000Z")
    })

    it("stores the rows written per ended day as the hourly job, equal to the raw counts, and reads them back", async () => {
      const conn = MikroOrmWrapper.forkManager().getConnection()
      // Written (created_at) on the day named; occurred a day earlier, which must not matter.
      const event = (message_id: string, created_at: string) => ({
        message_id,
        event_name: "page_view",
        category: "page_view",
        occurred_at: new Date(Date.parse(created_at) - 86_400_000),
        received_at: at(created_at),
        created_at: at(created_at),
      })
      await service.createEvents([
        // 2026-10-11 23:59:59.999 in São Paulo: the day before the window.
        event("before", "2026-10-12T02:59:59.999Z"),
        // 2026-10-12 00:00 there: the window's first day.
        event("boundary", "2026-10-12T03:00:00.000Z"),
        event("d15a", "2026-10-15T15:00:00Z"),
        event("d15b", "2026-10-15T16:00:00Z"),
        event("d19a", "2026-10-19T20:00:00Z"),
        // 2026-10-19 23:30 there.
        event("d19b", "2026-10-20T02:30:00Z"),
        event("today", "2026-10-20T13:00:00Z"),
      ] as any)
      const [gone] = (await service.createEvents([event("d15-deleted", "2026-10-15T17:00:00Z")] as any)) as unknown as Array<{ id: string }>
      await service.softDeleteEvents([gone.id])
      await service.createLeads([lead("l13@example.com", at("2026-10-13T15:00:00Z")), lead("l19@example.com", at("2026-10-19T15:00:00Z"))] as any)

      const perDay = (report: { tables: Array<{ table: string; rows_per_day: number[]; rows_today: number }> }) =>
        Object.fromEntries(report.tables.map((table) => [table.table, [...table.rows_per_day, table.rows_today]]))
      // Days 2026-10-12 to 2026-10-19, then today; the soft-deleted row counts (it was written).
      const raw = perDay(await service.getDataHealth({ now: NOW }))
      expect(raw.event).toEqual([1, 0, 0, 3, 0, 0, 0, 2, 1])
      expect(raw.lead).toEqual([0, 1, 0, 0, 0, 0, 0, 1, 0])

      const stored = () =>
        conn.execute(
          `select day, dimension, key, value, id from analytics_daily_rollup where report = 'data_health' order by day, dimension`
        ) as Promise<Array<{ day: string; dimension: string; key: string; value: number; id: string }>>
      const run = await service.rollUpRowsPerDay(NOW)
      // The first run stores the page's window: every ended day of it, never today.
      expect(run.days).toEqual(["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16", "2026-10-17", "2026-10-18", "2026-10-19"])
      const first = await stored()
      // One marker per day, keyed by the time zone the day was counted in.
      expect(first.filter((row) => row.dimension === "_complete").map((row) => [row.day, row.key])).toEqual(
        run.days.map((day) => [day, "America/Sao_Paulo"])
      )
      expect(first.filter((row) => row.dimension !== "_complete").map((row) => [row.day, row.dimension, row.key, row.value])).toEqual([
        ["2026-10-12", "event", "", 1],
        ["2026-10-13", "lead", "", 1],
        ["2026-10-15", "event", "", 3],
        ["2026-10-19", "event", "", 2],
        ["2026-10-19", "lead", "", 1],
      ])
      expect(perDay(await service.getDataHealth({ now: NOW }))).toEqual(raw)

      // Idempotent, also with two instances at once (they take turns): only the last two days are
      // recomputed, to the same rows.
      const again = await Promise.all([service.rollUpRowsPerDay(NOW), service.rollUpRowsPerDay(NOW)])
      expect(again.map((result) => result.days)).toEqual([
        ["2026-10-18", "2026-10-19"],
        ["2026-10-18", "2026-10-19"],
      ])
      expect(await stored()).toEqual(first)

      // Stored days are read from the counters: a row of the 15th deleted later (retention,
      // erasure) stays counted as written that day.
      await conn.execute(`delete from "event" where message_id = 'd15a'`)
      // A day missing from storage is read raw (here the 16th, with a row written late), the
      // others still from the counters.
      await conn.execute(`delete from analytics_daily_rollup where report = 'data_health' and day = '2026-10-16'`)
      // Today is always read raw.
      await service.createEvents([event("late16", "2026-10-16T15:00:00Z"), event("today2", "2026-10-20T14:00:00Z")] as any)
      expect(perDay(await service.getDataHealth({ now: NOW })).event).toEqual([1, 0, 0, 3, 1, 0, 0, 2, 2])

      // A row committed late on yesterday is counted by the next run; the missing day is stored again.
      await service.createEvents([event("late19", "2026-10-19T23:00:00Z")] as any)
      expect((await service.rollUpRowsPerDay(NOW)).days).toEqual(["2026-10-16", "2026-10-18", "2026-10-19"])
      const counters = await stored()
      expect(counters.filter((row) => row.dimension === "event").map((row) => [row.day, row.value])).toEqual([
        ["2026-10-12", 1],
        ["2026-10-15", 3],
        ["2026-10-16", 1],
        ["2026-10-19", 3],
      ])
      expect(counters.some((row) => row.day === "2026-10-20")).toBe(false)
      expect(perDay(await service.getDataHealth({ now: NOW })).event).toEqual([1, 0, 0, 3, 1, 0, 0, 3, 2])

      // A day counted in another time zone (the option changed since) is not this zone's: read
      // raw (the 12th has a new row), then counted again by the next run.
      await conn.execute(`update analytics_daily_rollup set key = 'UTC' where report = 'data_health' and dimension = '_complete' and day = '2026-10-12'`)
      await service.createEvents([event("late12", "2026-10-12T15:00:00Z")] as any)
      expect(perDay(await service.getDataHealth({ now: NOW })).event).toEqual([2, 0, 0, 3, 1, 0, 0, 3, 2])
      expect((await service.rollUpRowsPerDay(NOW)).days).toEqual(["2026-10-12", "2026-10-18", "2026-10-19"])
      expect((await stored()).find((row) => row.day === "2026-10-12" && row.dimension === "event")!.value).toBe(2)
    })

    it("adds up a week's digest beside the week before (weeks from Monday, in the report time zone)", async () => {
      const pageView = (message_id: string, anonymous_id: string, session_id: string, occurred_at: Date) => ({
        message_id,
        event_name: "page_view",
        category: "page_view",
        anonymous_id,
        session_id,
        page_path: "/",
        occurred_at,
        received_at: occurred_at,
      })
      await service.createEvents([
        // The week of Monday 2026-10-12: three page views.
        pageView("pv1", "anon-a", "sess-1", at("2026-10-12T03:30:00Z")),
        pageView("pv2", "anon-a", "sess-1", at("2026-10-12T03:35:00Z")),
        pageView("pv3", "anon-b", "sess-2", at("2026-10-18T20:00:00Z")),
        // Sunday 2026-10-11 23:00 in São Paulo: the week before.
        pageView("pv0", "anon-c", "sess-0", at("2026-10-12T02:00:00Z")),
        {
          message_id: "buy1",
          event_name: "purchase",
          category: "ecommerce",
          anonymous_id: "anon-a",
          session_id: "sess-1",
          value: 1000,
          order_value: 1200,
          occurred_at: at("2026-10-14T15:00:00Z"),
          received_at: at("2026-10-14T15:00:00Z"),
        },
      ] as any)
      await service.createLeads([
        { email: "w1@example.com", interest_type: "solar", created_at: at("2026-10-13T15:00:00Z"), is_qualified: true },
        { email: "w2@example.com", interest_type: "solar", created_at: at("2026-10-14T15:00:00Z") },
        // Created the week before, converted in the week.
        {
          email: "w0@example.com",
          interest_type: "quote",
          created_at: at("2026-10-06T15:00:00Z"),
          status: "converted",
          converted_at: at("2026-10-16T15:00:00Z"),
        },
      ] as any)
      await service.createRagQueries([{ conversation_id: "hconv_w", estimated_cost_usd: 0.4, created_at: at("2026-10-15T15:00:00Z") }] as any)

      const digest = await service.getWeeklyDigest({ now: NOW })
      expect(digest.week).toEqual({ from: "2026-10-12", to: "2026-10-18" })
      expect(digest.previous_week).toEqual({ from: "2026-10-05", to: "2026-10-11" })
      const figures = Object.fromEntries(digest.rows.map((row) => [row.metric, [row.current, row.previous]]))
      // Visitors and sessions as the overview counts them: per day, summed over the days (anon-a
      // and sess-1 on the 12th and again with the purchase on the 14th).
      expect(figures).toEqual({
        visitors: [3, 1],
        sessions: [3, 1],
        page_views: [3, 1],
        purchases: [1, 0],
        revenue_brl: [1200, 0],
        leads_created: [2, 1],
        leads_qualified: [1, 0],
        leads_converted: [1, 0],
        helio_conversations: [0, 0],
        helio_cost_usd: [0.4, 0],
        financing_simulations: [0, 0],
        viability_analyses: [0, 0],
      })
      expect(digest.rows.find((row) => row.metric === "visitors")!.change).toBe(2)
      // Any day of a week names that week.
      expect((await service.getWeeklyDigest({ week: "2026-10-15" })).week).toEqual(digest.week)
    })
  },
})
