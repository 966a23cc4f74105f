// Funnel timings and plans on synthetic data (issue 16: conversion window and breakdown): not a
// test (it asserts nothing and is outside every test layer's testMatch). It inserts BENCH_ROWS
// events (default 1,000,000) over 330 days, the same rows as reports-measure.spec.ts, then prints
// EXPLAIN (ANALYZE, BUFFERS) and the time of the funnel without options, with a window, and with
// breakdowns. Run (TEST_VERBOSE=1 shows the output):
//   TEST_VERBOSE=1 BENCH_ROWS=1000000 node scripts/test.js integration:modules --testMatch '**/bench/funnel-measure.spec.ts'
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SOLAR360_MODULE } from "../src/modules/solar360"
import * as Models from "../src/modules/solar360/models"
import { funnelSql, type FunnelOptions } from "../src/modules/solar360/repositories/sql/analytics-reports"
import Solar360ModuleService from "../src/modules/solar360/service"

jest.setTimeout(1_200_000)

moduleIntegrationTestRunner<Solar360ModuleService>({
  moduleName: SOLAR360_MODULE,
  moduleModels: Object.values(Models).filter(
    (value) => typeof value === "object" && value !== null && "schema" in value
  ),
  resolve: "./src/modules/solar360",
  testSuite: ({ MikroOrmWrapper }) => {
    it("prints funnel timings and plans", async () => {
      const N = Number(process.env.BENCH_ROWS ?? 1_000_000)
      const conn = MikroOrmWrapper.forkManager().getConnection()
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
      const steps = ["page_view", "add_to_cart", "checkout", "purchase"]
      const ranges = {
        "330 days": { from: "2026-01-01", to: "2026-11-26", timeZone: "America/Sao_Paulo" },
        "30 days": { from: "2026-10-28", to: "2026-11-26", timeZone: "America/Sao_Paulo" },
      }
      const cases: Array<[string, FunnelOptions]> = [
        ["no options", {}],
        ["window 1m", { windowMinutes: 1 }],
        ["breakdown device", { breakdown: "device", breakdownLimit: 10 }],
        ["window 1m + breakdown channel", { windowMinutes: 1, breakdown: "channel", breakdownLimit: 10 }],
        ["breakdown entry_page", { breakdown: "entry_page", breakdownLimit: 10 }],
      ]
      for (const [rangeLabel, range] of Object.entries(ranges)) {
        for (const [label, options] of cases) {
          const statement = funnelSql(steps, range, options)
          const plan = await conn.execute(`explain (analyze, buffers, format text) ${statement.text}`, [...statement.bindings])
          const started = Date.now()
          const rows = await conn.execute(statement.text, [...statement.bindings])
          console.log(
            `funnel ${rangeLabel}, ${label}: ${Date.now() - started} ms, ${rows.length} rows, first ${JSON.stringify(rows[0])}\n` +
              plan.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")
          )
        }
      }
    })
  },
})
