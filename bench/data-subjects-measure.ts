// Run by bench/data-subjects.js through `medusa exec`. Fills the personal models with a
// crowd (BENCH_ROWS events, a tenth as many catalog logs, leads, conversations, queries) and
// two people with thousands of rows each, then prints: the plan of every matching query of
// the summary (flagging sequential scans), and the time of summary, full export (pages read
// and serialised as the route does, with peak memory), anonymise and delete.
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { normalizeSubjectIdentifiers } from "../src/lib/privacy"
import { SOLAR360_MODULE } from "../src/modules/solar360"
import { SUBJECT_MODEL_MATCHES, subjectBindings, summarySql } from "../src/modules/solar360/repositories/sql/data-subjects"
import type Solar360ModuleService from "../src/modules/solar360/service"

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000)
const SUBJECT_EVENTS = Number(process.env.BENCH_SUBJECT_EVENTS ?? 20_000)
const CHUNK = 250_000

const CROWD_SQL = {
  events: `INSERT INTO "event" (id, message_id, event_name, category, occurred_at, received_at, session_id,
      anonymous_id, customer_id, path, url, ip_hash, deleted_at)
    SELECT 'evt_bench_' || i, 'bench-' || i, 'page_view', 'navigation', now() - interval '1 minute' * i,
      now() - interval '1 minute' * i, 'sess_' || (i % 200000), 'av_' || (i % 50000),
      CASE WHEN i % 5 = 0 THEN 'cus_bench_' || (i % 10000) END, '/p/' || (i % 500),
      'https://loja.example.com/p/' || (i % 500) || chr(63) || 'q=' || i, md5(i::text),
      CASE WHEN i % 100 = 0 THEN now() END
    FROM generate_series(:from::int, :to::int) i`,
  catalog: `INSERT INTO catalog_access_log (id, action_type, occurred_at, product_id, session_id, anonymous_id, customer_id)
    SELECT 'cal_bench_' || i, 'product_view', now() - interval '1 minute' * i, 'prod_' || (i % 300),
      'sess_' || (i % 200000), 'av_' || (i % 50000), CASE WHEN i % 5 = 0 THEN 'cus_bench_' || (i % 10000) END
    FROM generate_series(1, :n::int) i`,
  leads: `INSERT INTO lead (id, email, phone, name, customer_id, interest_type, status)
    SELECT 'lead_bench_' || i, 'pessoa' || i || '@example.com', '+55119' || lpad(i::text, 8, '0'), 'Pessoa ' || i,
      CASE WHEN i % 2 = 0 THEN 'cus_bench_' || (i % 10000) END, 'quote', 'new'
    FROM generate_series(1, :n::int) i`,
  conversations: `INSERT INTO helio_conversation (id, status, lead_id, customer_id, session_id, summary)
    SELECT 'hconv_bench_' || i, 'resolved', 'lead_bench_' || i, 'cus_bench_' || (i % 10000), 'sess_' || i, 'resumo ' || i
    FROM generate_series(1, :n::int) i`,
  queries: `INSERT INTO rag_query (id, conversation_id, customer_id, session_id, query_text, total_tokens)
    SELECT 'ragq_bench_' || i, 'hconv_bench_' || (i % 20000 + 1), 'cus_bench_' || (i % 10000), 'sess_' || i, 'pergunta ' || i, 100
    FROM generate_series(1, :n::int) i`,
  simulations: `INSERT INTO financing_simulation (id, system_cost, raw_system_cost, financing_amount, raw_financing_amount, term_months, customer_id, session_id)
    SELECT 'fsim_bench_' || i, 20000, '{"value":"20000","precision":20}', 20000, '{"value":"20000","precision":20}', 60, 'cus_bench_' || (i % 10000), 'sess_' || i
    FROM generate_series(1, :n::int) i`,
}

/** One person: a lead, their customer's events/logs/conversations/queries/simulations. */
const PERSON_SQL = `
WITH lead_row AS (
  INSERT INTO lead (id, email, phone, name, customer_id, interest_type, status)
  VALUES ('lead_' || :tag::text, :tag::text || '@example.com', :phone::text, 'Pessoa ' || :tag::text, 'cus_' || :tag::text, 'quote', 'contacted') RETURNING id
), events AS (
  INSERT INTO "event" (id, message_id, event_name, category, occurred_at, received_at, session_id, anonymous_id, customer_id, ip_hash)
  SELECT 'evt_' || :tag::text || '_' || i, :tag::text || '-' || i, 'page_view', 'navigation', now() - interval '1 minute' * i, now(),
    'sess_' || :tag::text || '_' || (i % 300), 'av_' || :tag::text, CASE WHEN i % 2 = 0 THEN 'cus_' || :tag::text END, md5(:tag::text || i)
  FROM generate_series(1, :events::int) i RETURNING 1
), logs AS (
  INSERT INTO catalog_access_log (id, action_type, occurred_at, product_id, session_id, anonymous_id, customer_id, search_term)
  SELECT 'cal_' || :tag::text || '_' || i, 'search', now(), 'prod_1', 'sess_' || :tag::text || '_' || (i % 300), 'av_' || :tag::text, 'cus_' || :tag::text, 'kit ' || i
  FROM generate_series(1, :events::int / 10) i RETURNING 1
), conversations AS (
  INSERT INTO helio_conversation (id, status, lead_id, customer_id, summary)
  SELECT 'hconv_' || :tag::text || '_' || i, 'resolved', 'lead_' || :tag::text, 'cus_' || :tag::text, 'resumo'
  FROM generate_series(1, 20) i RETURNING 1
), queries AS (
  INSERT INTO rag_query (id, conversation_id, query_text, total_tokens)
  SELECT 'ragq_' || :tag::text || '_' || i, 'hconv_' || :tag::text || '_' || (i % 20 + 1), 'pergunta', 100
  FROM generate_series(1, 200) i RETURNING 1
), simulations AS (
  INSERT INTO financing_simulation (id, system_cost, raw_system_cost, financing_amount, raw_financing_amount, term_months, customer_id)
  SELECT 'fsim_' || :tag::text || '_' || i, 20000, '{"value":"20000","precision":20}', 20000, '{"value":"20000","precision":20}', 60, 'cus_' || :tag::text FROM generate_series(1, 10) i RETURNING 1
)
SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM logs) + (SELECT count(*) FROM conversations)
  + (SELECT count(*) FROM queries) + (SELECT count(*) FROM simulations) + 1 AS rows`

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

export default async function measureDataSubjects({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)

  const [{ count }] = (await knex.raw(`SELECT count(*)::int AS count FROM "event"`)).rows
  if (count < ROWS) {
    const started = process.hrtime.bigint()
    for (let from = count + 1; from <= ROWS; from += CHUNK) {
      await knex.raw(CROWD_SQL.events, { from, to: Math.min(ROWS, from + CHUNK - 1) })
    }
    await knex.raw(CROWD_SQL.catalog, { n: Math.round(ROWS / 10) })
    await knex.raw(CROWD_SQL.leads, { n: 50_000 })
    await knex.raw(CROWD_SQL.conversations, { n: 20_000 })
    await knex.raw(CROWD_SQL.queries, { n: 100_000 })
    await knex.raw(CROWD_SQL.simulations, { n: 20_000 })
    for (const [tag, phone] of [["maria", "+5511987654321"], ["joao", "+5521998765432"]]) {
      await knex.raw(PERSON_SQL, { tag, phone, events: SUBJECT_EVENTS })
    }
    await knex.raw("ANALYZE")
    console.log(`filled in ${(ms(started) / 1000).toFixed(1)} s`)
  }
  const size = (await knex.raw(`SELECT pg_size_pretty(pg_total_relation_size('event')) AS s`)).rows[0].s
  console.log(`event: ${ROWS.toLocaleString("en")} crowd rows (${size}), 1 % soft-deleted; each person ${SUBJECT_EVENTS} events`)

  const maria = normalizeSubjectIdentifiers({ email: "maria@example.com" })
  const subject = await solar360.resolveDataSubject(maria)

  console.log("\nplans of the summary's matching queries (Maria):")
  let seqScans = 0
  for (const model of SUBJECT_MODEL_MATCHES) {
    const plan = (await knex.raw(`EXPLAIN (ANALYZE, COSTS OFF) ${summarySql(model)}`, subjectBindings(subject))).rows
      .map((row: any) => row["QUERY PLAN"])
      .join("\n")
    const seq = /Seq Scan/.test(plan)
    seqScans += seq ? 1 : 0
    const time = plan.match(/Execution Time: ([\d.]+) ms/)?.[1]
    console.log(`  ${model.table.padEnd(26)} ${seq ? "SEQ SCAN" : "index   "} ${time} ms`)
  }

  const timed = async (label: string, run: () => Promise<unknown>, times = 5) => {
    const samples: number[] = []
    let result: unknown
    for (let n = 0; n < times; n++) {
      const started = process.hrtime.bigint()
      result = await run()
      samples.push(ms(started))
    }
    samples.sort((a, b) => a - b)
    console.log(`${label.padEnd(40)} median ${samples[Math.floor(samples.length / 2)].toFixed(1)} ms (n=${times})`)
    return result
  }

  console.log("")
  await timed("resolve (links followed)", () => solar360.resolveDataSubject(maria))
  const summary: any = await timed("summary (resolve + counts per model)", () => solar360.summarizeDataSubject(maria))
  console.log(`  Maria holds ${summary.total} rows`)

  // The export's reads and serialisation, page by page as the route streams them.
  const rssBefore = process.memoryUsage().rss
  let peak = rssBefore
  let bytes = 0
  const started = process.hrtime.bigint()
  for (const model of SUBJECT_MODEL_MATCHES) {
    let after = ""
    for (;;) {
      const rows = await solar360.listDataSubjectRows(model.table, summary.subject, { after, limit: 500 })
      bytes += rows.map((row) => JSON.stringify(row)).join(",").length
      peak = Math.max(peak, process.memoryUsage().rss)
      if (rows.length < 500) {
        break
      }
      after = String(rows[rows.length - 1].id)
    }
  }
  const exportMs = ms(started)
  console.log(
    `export ${summary.total} rows, ${(bytes / 1e6).toFixed(1)} MB JSON: ${exportMs.toFixed(0)} ms ` +
      `(${Math.round(summary.total / (exportMs / 1000)).toLocaleString("en")} rows/s), RSS growth ${((peak - rssBefore) / 1e6).toFixed(1)} MB`
  )

  const erase = async (email: string, mode: "anonymise" | "delete") => {
    const t = process.hrtime.bigint()
    const erasure = await solar360.eraseDataSubject({ identifiers: normalizeSubjectIdentifiers({ email }), mode, reason: "bench" })
    console.log(`erase ${mode.padEnd(9)} ${erasure.total} rows: ${ms(t).toFixed(0)} ms (one transaction)`)
  }
  await erase("maria@example.com", "anonymise")
  await erase("joao@example.com", "delete")
}
