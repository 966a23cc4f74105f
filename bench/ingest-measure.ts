// Run by bench/ingest.js through `medusa exec` (so it has the app's container), against a
// server the driver started. Prints events/second for: (a) the set-based INSERT straight
// into PostgreSQL, 500 rows per statement (the ceiling); (b) POST /store/events over HTTP,
// batches of 100 and of 500, 4 concurrent clients; (c) one module-service call per event.
import { randomUUID } from "crypto"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../src/modules/solar360"
import { INSERT_EVENTS_SQL } from "../src/modules/solar360/batch-insert"
import type Solar360ModuleService from "../src/modules/solar360/service"

const N = Number(process.env.BENCH_EVENTS ?? 10_000)
const BASE_URL = process.env.BENCH_BASE_URL!
const KEY = process.env.BENCH_PUBLISHABLE_KEY!
const CLIENTS = 4
const UA =
  "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"

function clientEvent(i: number) {
  return {
    message_id: randomUUID(),
    event_name: i % 10 === 0 ? "add_to_cart" : "page_view",
    category: i % 10 === 0 ? "ecommerce" : "page_view",
    session_id: `sess_${i % 997}`,
    anonymous_id: `anon_${i % 1999}`,
    url: `https://loja.example.com/produtos/${i % 300}`,
    path: `/produtos/${i % 300}`,
    title: "Kit solar 5 kWp",
    referrer: "https://www.google.com/",
    screen_resolution: "1080x2400",
    utm_source: "google",
    utm_medium: "cpc",
    utm_campaign: "verao",
    value: i % 10 === 0 ? 18500 : undefined,
    timestamp: new Date().toISOString(),
    properties: { variant: i % 2 ? "a" : "b" },
  }
}

/** What the server would store for a client event (for the direct-SQL baseline). */
function storedRow(event: ReturnType<typeof clientEvent>) {
  const now = new Date()
  return {
    ...event,
    id: generateEntityId(undefined, "evt"),
    raw_value: event.value === undefined ? null : { value: String(event.value), precision: 20 },
    occurred_at: now,
    client_timestamp: event.timestamp,
    received_at: now,
    device_type: "mobile",
    browser: "Chrome",
    os: "Android",
    ip_hash: "0".repeat(64),
    is_bot: false,
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

async function timed(label: string, fn: () => Promise<number>) {
  const start = process.hrtime.bigint()
  const stored = await fn()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const rate = stored / seconds
  console.log(
    `${label.padEnd(52)} ${String(stored).padStart(7)} events in ${seconds.toFixed(2).padStart(7)} s = ${Math.round(rate)
      .toLocaleString("en-US")
      .padStart(8)} events/s`
  )
  return rate
}

export default async function measureIngest({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const count = async () => Number((await knex.raw("select count(*) as n from event")).rows[0].n)
  const reset = () => knex.raw("truncate table event")

  console.log(`\nIngest benchmark: ${N} events per path, PostgreSQL ${(await knex.raw("show server_version")).rows[0].server_version}\n`)

  // (a) ceiling: the same set-based statement the service uses, 500 rows each, straight
  // into PostgreSQL, on one connection and on four (as many as the HTTP clients); the
  // faster of the two is the ceiling the route is compared with.
  const direct = async (label: string, connections: number) => {
    await reset()
    const batches = chunks(
      Array.from({ length: N }, (_, i) => storedRow(clientEvent(i))),
      500
    )
    return timed(label, async () => {
      let next = 0
      const worker = async () => {
        while (next < batches.length) {
          await knex.raw(INSERT_EVENTS_SQL, [JSON.stringify(batches[next++])])
        }
      }
      await Promise.all(Array.from({ length: connections }, worker))
      return count()
    })
  }
  const ceiling = Math.max(
    await direct("(a) direct SQL, 500 rows per statement, 1 connection", 1),
    await direct(`(a) direct SQL, 500 rows per statement, ${CLIENTS} connections`, CLIENTS)
  )

  // (b) the real route over HTTP.
  const http: Record<number, number> = {}
  for (const size of [100, 500]) {
    await reset()
    const batches = chunks(
      Array.from({ length: N }, (_, i) => clientEvent(i)),
      size
    )
    http[size] = await timed(`(b) POST /store/events, batch ${size}, ${CLIENTS} clients`, async () => {
      let next = 0
      const worker = async () => {
        while (next < batches.length) {
          const batch = batches[next++]
          const response = await fetch(`${BASE_URL}/store/events`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-publishable-api-key": KEY,
              "user-agent": UA,
            },
            body: JSON.stringify({ sent_at: new Date().toISOString(), events: batch }),
          })
          const body = await response.json()
          if (!response.ok || body.accepted !== batch.length) {
            throw new Error(`batch failed: ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
          }
        }
      }
      await Promise.all(Array.from({ length: CLIENTS }, worker))
      return count()
    })
  }

  // (c) naive: one module-service create per event.
  await reset()
  if (process.env.BENCH_SKIP_NAIVE) {
    console.log("(c) skipped (BENCH_SKIP_NAIVE)")
    return
  }
  const naive = await timed("(c) module service, one createEvents call per event", async () => {
    for (let i = 0; i < N; i++) {
      const event = clientEvent(i)
      await solar360.createEvents({
        ...event,
        occurred_at: new Date(),
        received_at: new Date(),
      } as any)
    }
    return count()
  })
  await reset()

  console.log("")
  for (const size of [500, 100]) {
    console.log(
      `(b) batch ${size} / (a) ceiling: ${((http[size] / ceiling) * 100).toFixed(1)}%   ` +
        `(b) batch ${size} / (c) naive: ${(http[size] / naive).toFixed(1)}x`
    )
  }
  console.log(
    `targets: (b) batch 500 >= 50% of (a): ${http[500] >= ceiling / 2 ? "met" : "NOT met"}; ` +
      `(b) batch 500 >= 10,000 events/s: ${http[500] >= 10_000 ? "met" : "NOT met"}\n`
  )
}
