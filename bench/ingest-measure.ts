// Run by bench/ingest.js through `medusa exec` (so it has the app's container), against a
// server the driver started. Prints events/second for: (a) the set-based INSERT straight
// into PostgreSQL, 500 rows per statement (the ceiling); (b) POST /store/solar360/events over HTTP,
// batches of 100 and of 500, 4 concurrent clients; (c) one module-service call per event.
import { randomUUID } from "crypto"
import { readdirSync, readFileSync } from "fs"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateIds } from "../src/lib/ids/ulid"
import { SOLAR360_MODULE } from "../src/modules/solar360"
import { batchInsertBindings, INSERT_EVENTS_SQL } from "../src/modules/solar360/repositories/sql/batch-insert"
import type { BatchOrigin } from "../src/modules/solar360/types/analytics"
import type Solar360ModuleService from "../src/modules/solar360/service"

const N = Number(process.env.BENCH_EVENTS ?? 50_000)
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

/** What the server adds to every event of a batch (for the direct-SQL baseline). */
const BENCH_ORIGIN: BatchOrigin = {
  received_at: new Date(),
  sent_at: null,
  customer_id: null,
  ip_hash: "0".repeat(64),
  device_type: "mobile",
  device_brand: "Samsung",
  device_model: "SM-S918B",
  browser: "Chrome",
  browser_version: "124",
  os: "Android",
  os_version: "14",
  is_bot: false,
  country: null,
  region: null,
  city: null,
  timezone: null,
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

/** Machine-wide busy and idle CPU time (Linux /proc/stat; null elsewhere). */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/)
    const values = fields.map(Number)
    const idle = values[3] + (values[4] ?? 0)
    const total = values.reduce((sum, value) => sum + value, 0)
    return { busy: total - idle, total }
  } catch {
    return null
  }
}

const TICKS_PER_SECOND = 100 // USER_HZ on Linux
const SERVER_GROUP = Number(process.env.BENCH_SERVER_PGID ?? 0)

/**
 * CPU seconds used so far by the app server (its process group) and by PostgreSQL's
 * processes: per-event cost that does not depend on what else the machine was doing.
 */
function processCpuSeconds(postmaster: number): { server: number; postgres: number } | null {
  try {
    const totals = { server: 0, postgres: 0 }
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      let stat: string
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      } catch {
        continue
      }
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"))
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
      const [parent, group] = [Number(fields[1]), Number(fields[2])]
      if (name === "postgres" && (Number(pid) === postmaster || parent === postmaster)) {
        totals.postgres += seconds
      } else if (SERVER_GROUP && group === SERVER_GROUP) {
        totals.server += seconds
      }
    }
    return totals
  } catch {
    return null
  }
}

let postmasterPid = 0

async function timed(label: string, fn: () => Promise<number>) {
  const processesBefore = processCpuSeconds(postmasterPid)
  const cpuBefore = cpuTimes()
  const start = process.hrtime.bigint()
  const stored = await fn()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const cpuAfter = cpuTimes()
  const processesAfter = processCpuSeconds(postmasterPid)
  const rate = stored / seconds
  // How saturated the machine was: tells waiting (latency) from working (CPU) apart.
  const busy =
    cpuBefore && cpuAfter
      ? `, CPU ${Math.round(((cpuAfter.busy - cpuBefore.busy) / (cpuAfter.total - cpuBefore.total)) * 100)}% busy`
      : ""
  console.log(
    `${label.padEnd(52)} ${String(stored).padStart(7)} events in ${seconds.toFixed(2).padStart(7)} s = ${Math.round(rate)
      .toLocaleString("en-US")
      .padStart(8)} events/s${busy}`
  )
  if (processesBefore && processesAfter && stored) {
    const perEvent = (key: "server" | "postgres") =>
      Math.round(((processesAfter[key] - processesBefore[key]) / stored) * 1e6)
    console.log(
      `${"".padEnd(52)} CPU per event: app server ${perEvent("server")} µs, PostgreSQL ${perEvent("postgres")} µs`
    )
  }
  return rate
}

export default async function measureIngest({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const count = async () => Number((await knex.raw("select count(*) as n from event")).rows[0].n)
  const reset = () => knex.raw("truncate table event")
  // Our server's PostgreSQL processes are the children of the postmaster of this backend.
  const backendPid = (await knex.raw("select pg_backend_pid() as pid")).rows[0].pid
  try {
    const stat = readFileSync(`/proc/${backendPid}/stat`, "utf8")
    postmasterPid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
  } catch {
    postmasterPid = 0 // not Linux, or PostgreSQL on another machine: no per-process figures
  }

  console.log(`\nIngest benchmark: ${N} events per path, PostgreSQL ${(await knex.raw("show server_version")).rows[0].server_version}\n`)

  // (a) ceiling: the same set-based statement the service uses, 500 rows each, straight
  // into PostgreSQL, on one connection and on four (as many as the HTTP clients); the
  // faster of the two is the ceiling the route is compared with.
  const direct = async (label: string, connections: number) => {
    await reset()
    const batches = chunks(
      Array.from({ length: N }, (_, i) => ({ ...clientEvent(i), occurred_at: new Date() })),
      500
    )
    return timed(label, async () => {
      let next = 0
      const worker = async () => {
        while (next < batches.length) {
          const batch = batches[next++]
          const ids = generateIds("evt", batch.length)
          await knex.raw(
            INSERT_EVENTS_SQL,
            batchInsertBindings(JSON.stringify(batch), ids, BENCH_ORIGIN, "evt_0000000000")
          )
        }
      }
      await Promise.all(Array.from({ length: connections }, worker))
      return count()
    })
  }
  const oneConnection = await direct("(a) direct SQL, 500 rows per statement, 1 connection", 1)
  const ceiling = Math.max(
    oneConnection,
    await direct(`(a) direct SQL, 500 rows per statement, ${CLIENTS} connections`, CLIENTS)
  )

  // (b) the real route over HTTP.
  const post = async (batch: unknown[]) => {
    const response = await fetch(`${BASE_URL}/store/solar360/events`, {
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
  // Warm-up, not measured: the first requests compile the route, schemas and statements
  // (a long-running server has done that long ago).
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, c) =>
        post(Array.from({ length: 500 }, (_, i) => clientEvent(round * 2000 + c * 500 + i)))
      )
    )
  }
  const http: Record<number, number> = {}
  for (const size of [100, 500]) {
    await reset()
    const batches = chunks(
      Array.from({ length: N }, (_, i) => clientEvent(i)),
      size
    )
    http[size] = await timed(`(b) POST /store/solar360/events, batch ${size}, ${CLIENTS} clients`, async () => {
      let next = 0
      const worker = async () => {
        while (next < batches.length) {
          await post(batches[next++])
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
  // A rate, so fewer events do (the naive path is ~50x slower): BENCH_NAIVE_EVENTS, default 5,000.
  const naiveCount = Math.min(N, Number(process.env.BENCH_NAIVE_EVENTS ?? 5_000))
  const naive = await timed("(c) module service, one createEvents call per event", async () => {
    for (let i = 0; i < naiveCount; i++) {
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
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`
  for (const size of [500, 100]) {
    console.log(
      `(b) batch ${size} / (a) 1 connection: ${percent(http[size] / oneConnection)}   ` +
        `/ (a) best (ceiling): ${percent(http[size] / ceiling)}   ` +
        `/ (c) naive: ${(http[size] / naive).toFixed(1)}x`
    )
  }
  console.log(
    `targets: (b) batch 500 >= 50% of the (a) ceiling: ${http[500] >= ceiling / 2 ? "met" : "NOT met"}; ` +
      `(b) batch 500 >= 10,000 events/s: ${http[500] >= 10_000 ? "met" : "NOT met"}\n`
  )
}
