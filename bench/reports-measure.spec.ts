// Report and dashboard timings on synthetic data: not a test (it asserts nothing and is outside
// every test layer's testMatch). Run: `npm run bench:reports` (docs/scaling.md has the figures).
//
// One run fills BENCH_ROWS events (default 1,000,000) over 392 days (2025-11-01 to 2026-11-27,
// in time order, as the ingest writes them) with proportional catalog logs, Helio conversations
// and queries, leads with their status history, financing simulations, viability analyses, roof
// analyses and cache counters (INSERT ... SELECT FROM generate_series); runs the rollups and
// data health's rows per day as the hourly job would (the first run backfills); then times every report and dashboard service call
// for a 30-day and a 365-day window ending "today" (2026-11-27, read raw as in production; a
// dashboard filter's long window is 90 days, the routes' cap for raw-row ranges). Then
// it grows every table to BENCH_GROW times the rows (default 10: 9,000,000 more events, same days,
// so 10x the density), recomputes the rollups of every day and times the same calls again, and
// prints one table: 30d and 365d at each size, the 10x/1x ratio, and pass/fail against 500 ms
// (30 days), 2 s (365 days) and 2x (issue 18). Each figure is the median of BENCH_REPEAT runs
// (default 3; a call over 5 s runs once). os.loadavg() is printed beside the figures: the
// machine is shared.
//
// Then the partitions study at the grown size (BENCH_PARTITIONS=0 to skip): a scratch copy of
// `event` partitioned by month on occurred_at is swapped in under the name "event", the calls
// that read raw events are timed again on it, and the retention of the oldest month is timed as
// the real chunked DELETE (applyDataRetention) on the plain table vs DETACH + DROP of that
// month's partition. Quick try: BENCH_ROWS=100000 BENCH_REPEAT=1 npm run bench:reports
import os from "os"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SOLAR360_MODULE } from "../src/modules/solar360"
import * as Models from "../src/modules/solar360/models"
import { channelHosts } from "../src/lib/analytics/channel"
import { funnelPathRowsSql, funnelPathsDailySql } from "../src/modules/solar360/repositories/sql/analytics-funnel"
import { markedDaysSql, sql } from "../src/modules/solar360/repositories/sql/analytics-reports"
import Solar360ModuleService from "../src/modules/solar360/service"

jest.setTimeout(6 * 3_600_000)

const N = Number(process.env.BENCH_ROWS ?? 1_000_000)
const GROW = Number(process.env.BENCH_GROW ?? 10)
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3)
/** `BENCH_ONLY=funnel,overview`: time only the calls whose label contains one of these. */
const ONLY = process.env.BENCH_ONLY?.split(",").filter(Boolean)
const PARTITIONS = process.env.BENCH_PARTITIONS !== "0"
/** Rows inserted per statement: progress is printed, and no transaction holds millions of rows. */
const CHUNK = 1_000_000

// The data spans [START, END); "today" is 2026-11-27 (its rows up to 23:59 are there, read raw).
const START = "2025-11-01T03:00:00Z"
const END = "2026-11-28T03:00:00Z"
const SPAN_DAYS = 392
const NOW = new Date("2026-11-27T23:30:00Z")
const WINDOWS = {
  "30d": { from: "2026-10-29", to: "2026-11-27" },
  "365d": { from: "2025-11-28", to: "2026-11-27" },
} as const
type WindowName = keyof typeof WINDOWS
const TARGET_MS: Record<WindowName, number> = { "30d": 500, "365d": 2000 }
const FUNNEL_STEPS = ["page_view", "add_to_cart", "checkout", "purchase"]
/** The routes cap a range with a dashboard filter at 90 days (FILTERED_MAX_DAYS): their long window. */
const FILTERED_LONG = { from: "2026-08-30", to: "2026-11-27" }

/** Rows per event of each other table (a store where ~1% of visits use a calculator or Helio). */
const PER_EVENT = {
  catalog_access_log: 0.25,
  helio_conversation: 0.01,
  rag_query: 0.03,
  lead: 0.005,
  financing_simulation: 0.01,
  solar_viability_analysis: 0.01,
  photogrammetry_analysis: 0.002,
}

/**
 * The time of row g of a batch of rows [from, to]: spread linearly over the span, so each
 * batch is in time order like the ingest's writes (BRIN ranges stay narrow).
 */
const timeOf = (from: number, to: number) =>
  `(timestamptz '${START}' + ((g - ${from})::float8 / ${to - from + 1}) * interval '${SPAN_DAYS} days')`

/** INSERT ... SELECT of rows g in [from, to] of each table; `t` is the row's time. */
const FILL_SQL: Record<string, (from: number, to: number) => string> = {
  event: (from, to) => `
    insert into "event" (created_at, updated_at, id, message_id, event_name, category, occurred_at, received_at, session_id, ip_hash, path, referrer, url, utm_source, device_type, browser, product_id, is_bot)
    select t, t, 'evt_' || g, 'm' || g,
      (array['page_view','page_view','page_view','add_to_cart','checkout','purchase','scroll'])[1 + g % 7],
      (array['page_view','page_view','page_view','ecommerce','ecommerce','ecommerce','engagement'])[1 + g % 7],
      t, t, 's' || (g / 5), 'ip' || (g / 9 % 50000), '/p/' || (g % 500), 'https://google.com/', 'https://loja.example/',
      (array['google','meta',null])[1 + g % 3], (array['desktop','mobile'])[1 + g % 2], (array['Chrome','Safari','Firefox'])[1 + g % 3],
      case when g % 7 = 3 then 'prod_' || (g % 500) end, g % 20 = 0
    from generate_series(${from}, ${to}) g, lateral (select ${timeOf(from, to)} as t) ts`,
  catalog_access_log: (from, to) => `
    insert into catalog_access_log (id, message_id, action_type, product_id, product_name, session_id, search_term, search_results_count,
      recommendation_source, led_to_cart, led_to_purchase, occurred_at, created_at, updated_at)
    select 'cal_' || g, 'c' || g, (array['product_view','product_view','product_view','search','click'])[1 + g % 5],
      'prod_' || (g * 7 % 500), 'Kit ' || (g * 7 % 500), 's' || (g * 4 / 5),
      case when g % 5 = 3 then 'painel ' || (g % 40) end, case when g % 5 = 3 then g % 4 end,
      (array['trending','similar',null,null])[1 + g % 4], g % 11 = 0, g % 53 = 0, t, t, t
    from generate_series(${from}, ${to}) g, lateral (select ${timeOf(from, to)} as t) ts`,
  helio_conversation: (from, to) => `
    insert into helio_conversation (id, session_id, status, message_count, user_message_count, helio_message_count, issue_resolved,
      led_to_purchase, order_value, raw_order_value, total_cost_usd, raw_total_cost_usd, primary_topic, topics, started_at, last_message_at, created_at, updated_at)
    select 'hc_' || g, 's' || (g * 100), (array['completed','completed','abandoned','active'])[1 + g % 4], 6, 3, 3, g % 3 = 0,
      g % 17 = 0, case when g % 17 = 0 then 25000 end, case when g % 17 = 0 then '{"value":"25000","precision":20}'::jsonb end, 0.004, '{"value":"0.004","precision":20}'::jsonb,
      (array['financing','installation','warranty','sizing'])[1 + g % 4],
      jsonb_build_array((array['financing','installation','warranty','sizing'])[1 + g % 4], 'price'), t, t, t, t
    from generate_series(${from}, ${to}) g, lateral (select ${timeOf(from, to)} as t) ts`,
  rag_query: (from, to) => `
    insert into rag_query (id, conversation_id, message_id, session_id, query_text, llm_model, prompt_tokens, completion_tokens,
      total_tokens, estimated_cost_usd, raw_estimated_cost_usd, total_response_time_ms, created_at, updated_at)
    select 'rq_' || g, 'hc_' || (g / 3), 'msg_' || g, 's' || (g / 3 * 100), 'quanto custa', (array['gpt-4o-mini','claude-haiku'])[1 + g % 2],
      400, 150, 550, 0.0013, '{"value":"0.0013","precision":20}'::jsonb, 800 + g % 2000, t, t
    from generate_series(${from}, ${to}) g, lateral (select ${timeOf(from, to)} as t) ts`,
  lead: (from, to) => `
    insert into lead (id, email, status, utm_source, converted_at, created_at, updated_at)
    select 'lead_' || g, 'lead' || g || '@bench.test',
      (array['new','contacted','qualified','proposal','negotiation','converted','lost'])[1 + g % 7],
      (array['google','meta',null])[1 + g % 3], case when g % 7 = 5 then t + interval '9 days' end, t, t
    from generate_series(${from}, ${to}) g, lateral (select ${timeOf(from, to)} as t) ts`,
  lead_status_change: (from, to) => `
    insert into lead_status_change (id, lead_id, from_status, to_status, actor_type, created_at, updated_at)
    select 'lsc_' || g || '_' || step, 'lead_' || g, case when step = 1 then null else 'contacted' end,
      case when step = 1 then 'contacted' else (array['new','contacted','qualified','proposal','negotiation','converted','lost'])[1 + g % 7] end,
      'user', t + step * interval '1 day', t + step * interval '1 day'
    from generate_series(${from}, ${to}) g, generate_series(1, 2) step, lateral (select ${timeOf(from, to)} as t) ts`,
  financing_simulation: (from, to) => `
    insert into financing_simulation (id, session_id, system_cost, raw_system_cost, financing_amount, raw_financing_amount, term_months, bank,
      accepted_by_customer, submitted_to_bank, status, was_approved, order_id, created_at, updated_at)
    select 'fs_' || g, 's' || (g * 100), 30000, '{"value":"30000","precision":20}'::jsonb, 25000 + g % 5000,
      jsonb_build_object('value', (25000 + g % 5000)::text, 'precision', 20), (array[24,36,48,60,72])[1 + g % 5],
      (array['bv','santander','sicredi',null])[1 + g % 4], g % 3 = 0, g % 6 = 0, (array['pending','analyzing','approved','rejected'])[1 + g % 4],
      case when g % 6 = 0 then g % 12 = 0 end, case when g % 24 = 0 then 'order_' || g end, t, t
    from generate_series(${from}, ${to}) g, lateral (select ${timeOf(from, to)} as t) ts`,
  solar_viability_analysis: (from, to) => `
    insert into solar_viability_analysis (id, session_id, state, system_size_kwp, raw_system_size_kwp, payback_years, raw_payback_years, is_viable, created_at, updated_at)
    select 'sva_' || g, 's' || (g * 100), (array['SP','MG','RJ','PR','BA','GO'])[1 + g % 6], kwp, jsonb_build_object('value', kwp::text, 'precision', 20),
      payback, case when payback is not null then jsonb_build_object('value', payback::text, 'precision', 20) end, g % 5 <> 0, t, t
    from generate_series(${from}, ${to}) g, lateral (select ${timeOf(from, to)} as t) ts,
      lateral (select 2 + (g % 40) / 4.0 as kwp, case when g % 9 <> 0 then 3 + (g % 50) / 10.0 end as payback) v`,
  photogrammetry_analysis: (from, to) => `
    insert into photogrammetry_analysis (id, status, cache_hit, created_at, updated_at)
    select 'pa_' || g, (array['completed','completed','failed'])[1 + g % 3], g % 4 = 0, t, t
    from generate_series(${from}, ${to}) g, lateral (select ${timeOf(from, to)} as t) ts`,
}

// Daily counters: one row per (cache table, kind, day), whatever the size (they do not grow).
const CACHE_STATS_SQL = `
  insert into upstream_cache_daily_stat (id, cache_table, kind, day, hits, upstream_calls, stale_serves, upstream_errors, created_at, updated_at)
  select 'ucds_' || c || '_' || k || '_' || d, c, k, to_char(date '2025-11-01' + d, 'YYYY-MM-DD'), 90 + d % 30, 10 + d % 7, d % 3, d % 2, now(), now()
  from unnest(array['aneel_tariff_cache','pvlib_yield_cache']) c, unnest(array['lookup','refresh']) k, generate_series(0, ${SPAN_DAYS - 1}) d
  on conflict do nothing`

/** Straight to stdout: the test runner silences console.log. */
const print = (line: string) => process.stdout.write(`${line}\n`)

type Figures = Record<string, Partial<Record<string, number>>>

moduleIntegrationTestRunner<Solar360ModuleService>({
  moduleName: SOLAR360_MODULE,
  moduleModels: Object.values(Models).filter(
    (value) => typeof value === "object" && value !== null && "schema" in value
  ),
  resolve: "./src/modules/solar360",
  testSuite: ({ service, MikroOrmWrapper }) => {
    it("prints report timings at 1x and 10x the rows", async () => {
      const conn = MikroOrmWrapper.forkManager().getConnection()
      const load = () => os.loadavg().map((n) => n.toFixed(2)).join(" ")
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

      /** Fills rows (from, to] of every table for `events` events in total so far. */
      const fill = async (fromEvents: number, toEvents: number) => {
        for (const [table, sql] of Object.entries(FILL_SQL)) {
          const per = table === "event" ? 1 : table === "lead_status_change" ? PER_EVENT.lead : PER_EVENT[table as keyof typeof PER_EVENT]
          const from = Math.round(fromEvents * per) + 1
          const to = Math.round(toEvents * per)
          const started = Date.now()
          for (let chunk = from; chunk <= to; chunk += CHUNK) {
            // Each chunk keeps its place in the batch's time order (timeOf over the whole batch).
            const last = Math.min(to, chunk + CHUNK - 1)
            await conn.execute(sql(from, to).replace(`generate_series(${from}, ${to}) g`, `generate_series(${chunk}, ${last}) g`))
          }
          print(`  ${table}: ${(to - from + 1) * (table === "lead_status_change" ? 2 : 1)} rows in ${seconds(Date.now() - started)} (load ${load()})`)
        }
        await conn.execute(CACHE_STATS_SQL)
        const started = Date.now()
        await conn.execute(`vacuum analyze`)
        print(`  vacuum analyze: ${seconds(Date.now() - started)}`)
        const sizes = await conn.execute(`
          select relname as table, reltuples::bigint as rows, pg_table_size(oid) as heap, pg_indexes_size(oid) as indexes
          from pg_class where relname in ('event', 'catalog_access_log', 'analytics_daily_rollup') order by relname`)
        for (const row of sizes) {
          const mb = (bytes: number) => `${(Number(bytes) / 1048576).toFixed(0)} MB`
          print(`  ${row.table}: ~${row.rows} rows, table ${mb(row.heap)}, indexes ${mb(row.indexes)} (${Math.round((Number(row.heap) + Number(row.indexes)) / Math.max(Number(row.rows), 1))} bytes a row)`)
        }
      }

      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
      const time = async (run: () => Promise<unknown>) => {
        const runs: number[] = []
        for (let i = 0; i < REPEAT; i++) {
          const started = performance.now()
          await run()
          runs.push(performance.now() - started)
          if (runs[0] > 5000) {
            break
          }
        }
        return median(runs)
      }

      const day = (d: string, end = false) => new Date(`${d}T${end ? "23:59:59.999" : "00:00:00.000"}-03:00`)
      const before = (w: { from: string; to: string }) => {
        const days = (Date.parse(w.to) - Date.parse(w.from)) / 86_400_000 + 1
        const shift = (d: string, n: number) => new Date(Date.parse(d) - n * 86_400_000).toISOString().slice(0, 10)
        return { from: shift(w.from, days), to: shift(w.from, 1) }
      }
      const endingYesterday = (w: { from: string; to: string }) => {
        const shift = (d: string) => new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10)
        return { from: shift(w.from), to: shift(w.to) }
      }
      /** Every report and dashboard service call behind an admin route, for a window. */
      const CALLS: Record<string, (w: { from: string; to: string }, name: WindowName) => Promise<unknown>> = {
        "overview report": (w) => service.getAnalyticsReportRows("overview", w),
        "overview report, ending yesterday (rollups only)": (w) => service.getAnalyticsReportRows("overview", endingYesterday(w)),
        "catalog report": (w) => service.getAnalyticsReportRows("catalog", w),
        "funnel, 4 steps (rollup paths + today raw)": (w) => service.countFunnelSessions(FUNNEL_STEPS, w),
        // Ending yesterday: every day stored, no raw day (what "today" costs is the difference).
        "funnel, 4 steps, ending yesterday (rollup paths only)": (w) => service.countFunnelSessions(FUNNEL_STEPS, endingYesterday(w)),
        "funnel, 4 steps, by channel (rollup paths + today raw)": (w) =>
          service.countFunnelSessionsByKey(FUNNEL_STEPS, w, { breakdown: "channel", breakdownLimit: 10 }),
        "funnel, 4 steps, by entry page (rollup paths + today raw)": (w) =>
          service.countFunnelSessionsByKey(FUNNEL_STEPS, w, { breakdown: "entry_page", breakdownLimit: 10 }),
        "funnel, 4 steps, 1-hour window (paths + timed paths)": (w) => service.countFunnelSessions(FUNNEL_STEPS, w, { windowMinutes: 60 }),
        // A window under 10 minutes reads raw events: the route caps it at 90 days (FUNNEL_RAW_MAX_DAYS).
        "funnel, 4 steps, 5-minute window (raw events; long = 90d cap)": (w, name) =>
          service.countFunnelSessions(FUNNEL_STEPS, name === "30d" ? w : FILTERED_LONG, { windowMinutes: 5 }),
        "funnel, 4 steps, 1-day window, by channel (rollup paths: no day is longer)": (w) =>
          service.countFunnelSessionsByKey(FUNNEL_STEPS, w, { breakdown: "channel", breakdownLimit: 10, windowMinutes: 1440 }),
        "funnel, 4 steps, 1-hour window, by channel (paths + timed paths)": (w) =>
          service.countFunnelSessionsByKey(FUNNEL_STEPS, w, { breakdown: "channel", breakdownLimit: 10, windowMinutes: 60 }),
        "funnel, 4 steps, 1-hour window, by entry page (paths + timed paths)": (w) =>
          service.countFunnelSessionsByKey(FUNNEL_STEPS, w, { breakdown: "entry_page", breakdownLimit: 10, windowMinutes: 60 }),
        "funnel, 4 steps, 5-minute window, by channel (raw events; long = 90d cap)": (w, name) =>
          service.countFunnelSessionsByKey(FUNNEL_STEPS, name === "30d" ? w : FILTERED_LONG, {
            breakdown: "channel",
            breakdownLimit: 10,
            windowMinutes: 5,
          }),
        "attribution by channel (rollups + today raw, leads)": (w) =>
          service.getAnalyticsAttribution({ ...w, group_by: "channel", limit: 10 }),
        "attribution by campaign (rollups + today raw, leads)": (w) =>
          service.getAnalyticsAttribution({ ...w, group_by: "utm_campaign", limit: 10 }),
        "analytics time series + comparison": (w, name) =>
          service.getAnalyticsTimeseries({ ranges: [w, before(w)], interval: name === "30d" ? "day" : "week" }),
        "analytics breakdowns": (w) => service.getAnalyticsBreakdownRows(w, [], 10),
        "analytics time series, page filter (raw; long = 90d cap)": (w, name) =>
          service.getAnalyticsTimeseries({ ranges: [name === "30d" ? w : FILTERED_LONG], interval: "day", filters: [{ dimension: "page", value: "/p/7" }] }),
        "analytics breakdowns, page filter (raw; long = 90d cap)": (w, name) =>
          service.getAnalyticsBreakdownRows(name === "30d" ? w : FILTERED_LONG, [{ dimension: "page", value: "/p/7" }], 10),
        "product analytics (one product)": (w) => service.getProductAnalytics("prod_7", w),
        "Helio metrics": (w) => service.getHelioMetricAggregates({ from: day(w.from), to: day(w.to, true) }),
        "Helio time series": (w, name) => service.getHelioTimeseries({ ...w, interval: name === "30d" ? "day" : "week" }),
        "lead funnel": (w) => service.countLeadFunnel({ created_at: { $gte: day(w.from), $lte: day(w.to, true) } }),
        "financing funnel": (w) => service.getFinancingFunnel(w),
        "viability distribution": (w) => service.getViabilityDistribution(w),
        "caches time series": (w, name) => service.getCacheTimeseries({ ...w, interval: name === "30d" ? "day" : "week" }),
        "data health (no window)": () => service.getDataHealth({ now: NOW, upstreams: [] }),
      }

      const measure = async (label: string, only?: string[]) => {
        const figures: Figures = {}
        print(`timing at ${label} (load ${load()})`)
        for (const [call, run] of Object.entries(CALLS)) {
          if ((only && !only.includes(call)) || (ONLY && !ONLY.some((part) => call.includes(part)))) {
            continue
          }
          figures[call] = {}
          for (const name of Object.keys(WINDOWS) as WindowName[]) {
            figures[call][name] = await time(() => run(WINDOWS[name], name))
          }
          print(`  ${call}: 30d ${figures[call]["30d"]!.toFixed(0)} ms, 365d ${figures[call]["365d"]!.toFixed(0)} ms (load ${load()})`)
        }
        return figures
      }

      const rollUp = async (days?: string[]) => {
        const started = Date.now()
        const run = await service.rollUpAnalytics(NOW, days ? { days } : {})
        print(`  rollups (${run.days.overview.length} days each, ${Object.keys(run.days).join(", ")}): ${seconds(Date.now() - started)}`)
        // The same job's next step: data health's rows written per day (the page's window; after
        // the growth, the grown days, as the job would have counted them when they were written).
        const counted = Date.now()
        const rows = await service.rollUpRowsPerDay(NOW, days ? { days } : {})
        print(`  data health rows per day (${rows.days.length} days): ${seconds(Date.now() - counted)}`)
      }
      const allDays = Array.from({ length: SPAN_DAYS }, (_, i) => new Date(Date.parse("2025-10-31") + i * 86_400_000).toISOString().slice(0, 10))

      print(`bench:reports: ${N} events, then ${N * GROW}; ${os.cpus().length} CPUs; load ${load()}`)
      let started = Date.now()
      await fill(0, N)
      print(`filled ${N} events and the rest in ${seconds(Date.now() - started)}`)
      await rollUp()
      const small = await measure(`${N} events`)

      started = Date.now()
      await fill(N, N * GROW)
      print(`grew to ${N * GROW} events in ${seconds(Date.now() - started)}`)
      // The rows of every day changed: recompute them all (the job would, day by day, as they arrive).
      await rollUp(allDays)
      // What the hourly job costs once caught up: yesterday and the days changed since its last run.
      await rollUp()
      const large = await measure(`${N * GROW} events`)

      const pad = (value: string, width: number) => value.padStart(width)
      const ms = (value?: number) => (value === undefined ? "-" : value.toFixed(0))
      const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`)
      const [a, b] = [sizeLabel(N), sizeLabel(N * GROW)]
      const lines = [
        `| report | 30d@${a} | 365d@${a} | 30d@${b} | 365d@${b} | ratio 30d / 365d | 500 ms / 2 s | ratio < 2 |`,
        "|---|---:|---:|---:|---:|---:|---|---|",
      ]
      for (const call of Object.keys(small)) {
        const ratio = (name: WindowName) => large[call][name]! / Math.max(small[call][name]!, 1)
        const target = (["30d", "365d"] as const).every((name) => large[call][name]! < TARGET_MS[name])
        const flat = (["30d", "365d"] as const).every((name) => ratio(name) < 2 || large[call][name]! < 50)
        lines.push(
          `| ${call} | ${ms(small[call]["30d"])} | ${ms(small[call]["365d"])} | ${ms(large[call]["30d"])} | ${ms(large[call]["365d"])} ` +
            `| ${ratio("30d").toFixed(1)} / ${ratio("365d").toFixed(1)} | ${target ? "pass" : "FAIL"} | ${flat ? "pass" : "FAIL"} |`
        )
      }
      print(`\nreport times in ms (median of ${REPEAT}; "ratio < 2" passes under 50 ms too), load ${load()}:\n${lines.join("\n")}\n`)

      await funnelPathsStudy()
      if (!PARTITIONS) {
        return
      }
      await partitionsStudy()

      /**
       * What the funnel's rollup holds at this size, and its worst case: every session-day a
       * path of its own (a store whose sessions never repeat a sequence of event names). The
       * bench's sessions are 5 consecutive rows, so they take few distinct paths; here each
       * stored day's "path" rows are replaced by as many distinct paths as the day has sessions.
       */
      async function funnelPathsStudy() {
        const [stats] = await conn.execute(`
          select dimension, count(*)::int as rows, count(distinct day)::int as days,
            round(avg(length(key)))::int as key_length
          from analytics_daily_rollup where report = 'funnel' and dimension in ('path', 'path:channel', 'path:entry_page')
          group by dimension order by dimension`)
        const all = await conn.execute(`
          select dimension, count(*)::int as rows from analytics_daily_rollup where report = 'funnel' group by dimension order by dimension`)
        print(`funnel rollup at ${N * GROW} events: ${all.map((r: any) => `${r.dimension} ${r.rows}`).join(", ")} rows`)
        print(`  ${JSON.stringify(stats)}`)
        if (process.env.BENCH_EXPLAIN) {
          // The 365-day read as the service runs it (every day stored but today), planned and run.
          const statement = funnelPathRowsSql(
            ["path"],
            markedDaysSql("funnel", WINDOWS["365d"].from, WINDOWS["365d"].to),
            [{ from: WINDOWS["365d"].to, to: WINDOWS["365d"].to, timeZone: "America/Sao_Paulo" }],
            { coViewMaxProductsPerSession: 50 }
          )
          const plan = await conn.execute(`explain (analyze, buffers) ${statement.text}`, [...statement.bindings])
          print(plan.map((row: any) => row["QUERY PLAN"]).join("\n"))
        }
        const [{ sessions }] = await conn.execute(`
          select count(distinct session_id)::int as sessions from "event"
          where occurred_at >= '2026-11-01T03:00:00Z' and occurred_at < '2026-11-02T03:00:00Z' and session_id is not null and not is_bot`)
        const perDay = Number(sessions)
        print(`  sessions on 2026-11-01: ${perDay}`)
        // Path n (over every stored day, n = day number x sessions per day + g) is the 8 base-7
        // digits of n as the codes of 7 event names: no two session-days share a path.
        const started = Date.now()
        await conn.execute(`delete from analytics_daily_rollup where report = 'funnel' and dimension = 'path'`)
        await conn.execute(`
          insert into analytics_daily_rollup (id, day, report, dimension, key, value)
          select 'adr_w' || d.day || '_' || g, d.day, 'funnel', 'path',
            (select string_agg(substr(md5((array['page_view','add_to_cart','checkout','purchase','scroll','search','lead'])[1 + ((d.n * ${perDay} + g) / power(7, k)::bigint) % 7]), 1, 8), '.' order by k)
             from generate_series(0, 7) k), 1
          from (select day, row_number() over (order by day) as n
                from analytics_daily_rollup where report = 'funnel' and dimension = '_complete') d,
            generate_series(1, ${perDay}) g`)
        await conn.execute(`analyze analytics_daily_rollup`)
        const [{ rows, distinct }] = await conn.execute(`
          select count(*)::int as rows, count(distinct key)::int as distinct from analytics_daily_rollup where report = 'funnel' and dimension = 'path'`)
        print(`  worst case: ${rows} stored path rows (${distinct} distinct paths) in ${seconds(Date.now() - started)}`)
        for (const name of Object.keys(WINDOWS) as WindowName[]) {
          const ms = await time(() => service.countFunnelSessions(FUNNEL_STEPS, WINDOWS[name]))
          print(`  funnel, 4 steps, every session-day its own path: ${name} ${ms.toFixed(0)} ms (load ${load()})`)
        }
        // And every session-day longer than 10 minutes: its path marked, its timed path stored.
        const timedStarted = Date.now()
        await conn.execute(`update analytics_daily_rollup set key = key || '#' where report = 'funnel' and dimension = 'path'`)
        await conn.execute(`
          insert into analytics_daily_rollup (id, day, report, dimension, key, value)
          select 'adr_t' || id, day, 'funnel', 'timed',
            (select string_agg(part || '@' || to_hex(k * 60000000), '.' order by k)
             from unnest(string_to_array(rtrim(key, '#'), '.')) with ordinality as p(part, k)), 1
          from analytics_daily_rollup where report = 'funnel' and dimension = 'path'`)
        await conn.execute(`analyze analytics_daily_rollup`)
        print(`  worst case, timed: every session-day longer than 10 minutes (${seconds(Date.now() - timedStarted)} to store)`)
        for (const name of Object.keys(WINDOWS) as WindowName[]) {
          const ms = await time(() => service.countFunnelSessions(FUNNEL_STEPS, WINDOWS[name], { windowMinutes: 60 }))
          print(`  funnel, 4 steps, 1-hour window, every session-day its own timed path: ${name} ${ms.toFixed(0)} ms (load ${load()})`)
        }
        // And the same rows per channel (one of 6 values, from a hash of the key): what a windowed breakdown reads.
        const channelStarted = Date.now()
        await conn.execute(`delete from analytics_daily_rollup where report = 'funnel' and dimension in ('path:channel', 'timed:channel')`)
        await conn.execute(`
          insert into analytics_daily_rollup (id, day, report, dimension, key, value)
          select id || 'c', day, 'funnel', replace(dimension, ':', '') || ':channel',
            '=' || (array['Organic Search','Direct','Paid Search','Organic Social','Referral','Email'])[1 + abs(hashtext(rtrim(key, '#'))) % 6]
              || '|' || key, value
          from analytics_daily_rollup where report = 'funnel' and dimension in ('path', 'timed')`)
        await conn.execute(`analyze analytics_daily_rollup`)
        print(`  worst case, timed, by channel: the same rows per channel value (${seconds(Date.now() - channelStarted)} to store)`)
        for (const name of Object.keys(WINDOWS) as WindowName[]) {
          const ms = await time(() =>
            service.countFunnelSessionsByKey(FUNNEL_STEPS, WINDOWS[name], { breakdown: "channel", breakdownLimit: 10, windowMinutes: 60 })
          )
          print(`  funnel, 4 steps, 1-hour window, by channel, every session-day its own timed path: ${name} ${ms.toFixed(0)} ms (load ${load()})`)
        }
        // What the hourly job computes for one day: the funnel report's rows of 2026-11-01, as
        // the bench's sessions are (seconds long), then with each of that day's events moved up
        // to 30 minutes later, so most session-days last longer than 10 minutes and keep timed
        // paths (per breakdown value too).
        const oneDay = async (label: string) => {
          const statement = funnelPathsDailySql(
            [{ from: "2026-11-01", to: "2026-11-01", timeZone: "America/Sao_Paulo" }],
            sql`true`,
            { coViewMaxProductsPerSession: 50, channelHosts: channelHosts() }
          )
          const started = Date.now()
          const rows = await conn.execute(`select dimension, count(*)::int as rows from (${statement.text}) r group by dimension`, [
            ...statement.bindings,
          ])
          const count = (prefix: string) => rows.filter((r: any) => r.dimension.startsWith(prefix)).reduce((sum: number, r: any) => sum + r.rows, 0)
          print(
            `  one day's funnel rollup rows, ${label}: ${Date.now() - started} ms, ${count("path")} path rows, ${count("timed")} timed rows (${count("timed:")} per breakdown value)`
          )
        }
        await oneDay("sessions of seconds")
        await conn.execute(`
          update "event" set occurred_at = occurred_at + make_interval(secs => abs(hashtext(id)) % 1800)
          where occurred_at >= '2026-11-01T03:00:00Z' and occurred_at < '2026-11-01T23:00:00Z'`)
        await oneDay("events moved up to 30 minutes")
      }

      async function partitionsStudy() {
        print(`partitions study at ${N * GROW} events (load ${load()})`)
        // A copy of `event` partitioned by month; the unique key must include occurred_at.
        started = Date.now()
        await conn.execute(`create table event_part (like "event" including defaults) partition by range (occurred_at)`)
        for (let month = 0; month < 13; month++) {
          const from = new Date(Date.UTC(2025, 10 + month, 1)).toISOString().slice(0, 10)
          const to = new Date(Date.UTC(2025, 11 + month, 1)).toISOString().slice(0, 10)
          await conn.execute(`create table event_p${from.slice(0, 7).replace("-", "_")} partition of event_part for values from ('${from}') to ('${to}')`)
        }
        await conn.execute(`create table event_p_default partition of event_part default`)
        for (const index of [
          `create unique index on event_part (message_id, occurred_at) where deleted_at is null`,
          `create index on event_part (event_name) where deleted_at is null`,
          `create index on event_part (session_id)`,
          `create index on event_part (product_id) where product_id is not null and deleted_at is null`,
          `create index on event_part using brin (occurred_at)`,
          `create index on event_part using brin (created_at)`,
          `alter table event_part add primary key (id, occurred_at)`,
        ]) {
          await conn.execute(index)
        }
        await conn.execute(`insert into event_part select * from "event"`)
        await conn.execute(`vacuum analyze event_part`)
        print(`  partitioned copy (13 months + default, same indexes): ${seconds(Date.now() - started)}`)

        const raw = [
          "funnel, 4 steps, 5-minute window (raw events; long = 90d cap)",
          "analytics time series, page filter (raw; long = 90d cap)",
          "analytics breakdowns, page filter (raw; long = 90d cap)",
          "product analytics (one product)",
          "data health (no window)",
        ]
        await conn.execute(`alter table "event" rename to event_plain`)
        await conn.execute(`alter table event_part rename to "event"`)
        const partitioned = await measure(`${N * GROW} events, partitioned`, raw)
        await conn.execute(`alter table "event" rename to event_part`)
        await conn.execute(`alter table event_plain rename to "event"`)
        const rows = raw.map(
          (call) =>
            `| ${call} | ${ms(large[call]["30d"])} | ${ms(partitioned[call]["30d"])} | ${ms(large[call]["365d"])} | ${ms(partitioned[call]["365d"])} |`
        )
        print(`\nraw-event reads, plain vs partitioned (ms):\n| report | 30d plain | 30d partitioned | 365d plain | 365d partitioned |\n|---|---:|---:|---:|---:|\n${rows.join("\n")}\n`)

        // Retention of the oldest month (2025-11): now = 400 days after 2025-12-01 03:00Z.
        const retentionNow = new Date(Date.parse("2025-12-01T03:00:00Z") + 400 * 86_400_000)
        const [{ n: monthRows }] = await conn.execute(`select count(*)::int as n from "event" where occurred_at < '2025-12-01T03:00:00Z'`)
        started = Date.now()
        const result = await service.applyDataRetention({ now: retentionNow })
        const deleteMs = Date.now() - started
        print(
          `  retention DELETE on the plain tables: ${JSON.stringify(result.counts)} in ${seconds(deleteMs)} ` +
            `(${result.chunks} chunks, longest ${result.longest_chunk_ms} ms; ${monthRows} of them events) (load ${load()})`
        )
        started = Date.now()
        await conn.execute(`alter table event_part detach partition event_p2025_11`)
        await conn.execute(`drop table event_p2025_11`)
        print(`  retention as DETACH + DROP of the 2025-11 partition (${monthRows} events): ${Date.now() - started} ms`)
        started = Date.now()
        await conn.execute(`vacuum "event"`)
        print(`  vacuum of the plain table after the DELETE: ${seconds(Date.now() - started)} (load ${load()})`)
      }
    })
  },
})
