// Run by bench/retention.js through `medusa exec`. Fills event with BENCH_ROWS rows past the
// 400-day retention and BENCH_ROWS inside it (default 200,000 each), catalog_access_log with a
// quarter of that on each side, and BENCH_LEADS closed leads past retention (each with two
// status-history rows) beside as many open ones; then prints the dry run's time, the run's
// rows/second, chunk count and longest chunk transaction, and checks what is left.
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../src/modules/solar360"
import type Solar360ModuleService from "../src/modules/solar360/service"

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000)
const LOGS = Math.round(ROWS / 4)
const LEADS = Number(process.env.BENCH_LEADS ?? 10_000)
const BATCH = 100_000

// Rows i = from..to; `days` back from now, spread over 300 days so BRIN ranges look real.
const INSERT_EVENTS_SQL = `
INSERT INTO event (id, message_id, event_name, category, session_id, occurred_at, received_at, created_at, updated_at, path)
SELECT 'evt_bench_' || :tag || '_' || i, 'bench-' || :tag || '-' || i, 'page_view', 'page_view',
  'sess_' || (i / 20), t, t, t, t, '/produtos/kit-' || (i % 500)
FROM generate_series(:from::int, :to::int) AS i,
  LATERAL (SELECT now() - make_interval(days => :days::int) - (i % 300) * interval '1 day' + (i % 86400) * interval '1 second') AS ts(t)`

const INSERT_LOGS_SQL = `
INSERT INTO catalog_access_log (id, action_type, product_id, session_id, occurred_at, created_at, updated_at)
SELECT 'cal_bench_' || :tag || '_' || i, 'product_view', 'prod_' || (i % 500), 'sess_' || (i / 20),
  CASE WHEN i % 10 = 0 THEN NULL ELSE t END, t, t
FROM generate_series(1, :rows::int) AS i,
  LATERAL (SELECT now() - make_interval(days => :days::int) - (i % 300) * interval '1 day') AS ts(t)`

const INSERT_LEADS_SQL = `
INSERT INTO lead (id, email, status, converted_at, created_at, updated_at)
SELECT 'lead_bench_' || :tag || '_' || i, 'lead' || i || '@' || :tag || '.test',
  CASE WHEN :closed::boolean THEN (CASE WHEN i % 2 = 0 THEN 'converted' ELSE 'lost' END) ELSE 'qualified' END,
  CASE WHEN :closed::boolean AND i % 2 = 0 THEN now() - interval '800 days' END,
  now() - interval '900 days', now() - interval '800 days'
FROM generate_series(1, :rows::int) AS i`

const INSERT_HISTORY_SQL = `
INSERT INTO lead_status_change (id, lead_id, from_status, to_status, actor_type, created_at, updated_at)
SELECT lead.id || '_' || step, lead.id, CASE WHEN step = 1 THEN NULL ELSE 'new' END,
  CASE WHEN step = 1 THEN 'new' ELSE lead.status END, 'system',
  now() - interval '900 days' + step * interval '50 days', now()
FROM lead, generate_series(1, 2) AS step
WHERE lead.id LIKE 'lead_bench_%'`

export default async function measureRetention({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const count = async (table: string) => Number((await knex(table).count("* as n"))[0].n)

  let started = performance.now()
  for (const [tag, days] of [["old", 401], ["new", 0]] as const) {
    for (let from = 1; from <= ROWS; from += BATCH) {
      const to = Math.min(ROWS, from + BATCH - 1)
      // "new" rows span the last 300 days, so none is near the cutoff.
      await knex.raw(INSERT_EVENTS_SQL, { tag, from, to, days: tag === "new" ? 0 : days })
    }
    await knex.raw(INSERT_LOGS_SQL, { tag, rows: LOGS, days })
    await knex.raw(INSERT_LEADS_SQL, { tag, rows: LEADS, closed: tag === "old" })
  }
  await knex.raw(INSERT_HISTORY_SQL)
  await knex.raw("VACUUM ANALYZE event, catalog_access_log, lead, lead_status_change")
  const seconds = (ms: number) => (ms / 1000).toFixed(1)
  console.log(
    `seeded ${await count("event")} events, ${await count("catalog_access_log")} catalog logs, ` +
      `${await count("lead")} leads, ${await count("lead_status_change")} status changes ` +
      `in ${seconds(performance.now() - started)} s`
  )

  started = performance.now()
  const preview = await solar360.applyDataRetention({ dryRun: true })
  const dryRunMs = performance.now() - started
  console.log(`dry run: ${JSON.stringify(preview.counts)} in ${dryRunMs.toFixed(0)} ms`)

  started = performance.now()
  const result = await solar360.applyDataRetention()
  const runMs = performance.now() - started
  const deleted = Object.values(result.counts).reduce((sum, n) => sum + n, 0)
  console.log(`run: ${JSON.stringify(result.counts)}`)
  console.log(
    `deleted ${deleted} rows in ${seconds(runMs)} s = ${Math.round(deleted / (runMs / 1000))} rows/s; ` +
      `${result.chunks} chunk transactions of up to ${solar360.options.retention.chunkSize} rows, ` +
      `longest ${result.longest_chunk_ms} ms, mean ${(runMs / result.chunks).toFixed(1)} ms`
  )

  const left = { event: await count("event"), catalog_access_log: await count("catalog_access_log"), lead: await count("lead") }
  console.log(`left: ${JSON.stringify(left)}`)
  const expected = { event: ROWS, catalog_access_log: LOGS, lead: LEADS }
  if (JSON.stringify(left) !== JSON.stringify(expected) || JSON.stringify(preview.counts) !== JSON.stringify(result.counts)) {
    throw new Error(`expected ${JSON.stringify(expected)} left and the dry run to match the run`)
  }
}
