// The plugin run as a store runs it past one process (docs/several-instances.md): three
// `medusa start` instances of the repository's app on one PostgreSQL and one Redis, with the
// Redis modules of examples/cluster: A is a `server` (HTTP only), B is `shared` (HTTP,
// subscribers and scheduled jobs), C is a `worker` (subscribers and scheduled jobs). Writes are
// spread over A and B, the two that serve HTTP; jobs and events may land on B or C.
import { randomUUID } from "crypto"
import { readFileSync } from "fs"
import { createServer, IncomingMessage, ServerResponse } from "http"
import { AddressInfo } from "net"
import { join } from "path"
import { eventually } from "../helpers/eventually"

/* eslint-disable @typescript-eslint/no-require-imports */
const { startRedis } = require("../../scripts/lib/redis")
const { startMedusaCluster } = require("../../scripts/lib/medusa-cluster")
/* eslint-enable @typescript-eslint/no-require-imports */

jest.setTimeout(120_000)

type Instance = { name: string; mode: string; baseUrl: string; log(): string; alive(): boolean; kill(): Promise<void> }
type Cluster = {
  instances: Instance[]
  adminToken: string
  publishableKey: string
  query(sql: string, params?: unknown[]): Promise<any[]>
  exec(script: string): Promise<string>
  close(): Promise<void>
}

const JOB = "solar360-abandon-inactive-helio-conversations"
const OTHER_JOBS = [
  "solar360-apply-data-retention",
  "solar360-apply-helio-retention",
  "solar360-purge-expired-caches",
  "solar360-purge-retired-ip-salts",
  "solar360-rescore-lead-behaviour",
  "solar360-roll-up-analytics",
]
const DISTRIBUTORS_LIMIT = 10

// A stand-in for ANEEL's CKAN datastore_search over the recorded pages (as in the HTTP layer's
// aneel suite), answering after a short delay so concurrent misses overlap, and counting the
// calls per URL.
const RECORDS = [1, 2, 3].flatMap(
  (page) =>
    JSON.parse(readFileSync(join(__dirname, `../../src/lib/aneel/__fixtures__/tariffs-page-${page}.json`), "utf8")).result.records
)
const upstreamCalls = new Map<string, number>()
const ckan = createServer((req: IncomingMessage, res: ServerResponse) => {
  upstreamCalls.set(req.url ?? "", (upstreamCalls.get(req.url ?? "") ?? 0) + 1)
  const url = new URL(req.url ?? "/", "http://localhost")
  const filters = JSON.parse(url.searchParams.get("filters") ?? "{}") as Record<string, string>
  const matching = RECORDS.filter((record: Record<string, unknown>) =>
    Object.entries(filters).every(([field, value]) => record[field] === value)
  )
  const offset = Number(url.searchParams.get("offset") ?? 0)
  const limit = Number(url.searchParams.get("limit") ?? 100)
  setTimeout(() => {
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({ success: true, result: { records: matching.slice(offset, offset + limit), total: matching.length } })
    )
  }, 300)
})

let redis: { url: string; stop(): Promise<void> }
let cluster: Cluster
let A: Instance
let B: Instance
let C: Instance
const started = Date.now()

beforeAll(async () => {
  const databaseUrl = process.env.DATABASE_URL ?? (() => {
    throw new Error("the cluster layer runs from `npm test -- cluster` (or npm run test:cluster), which provides DATABASE_URL")
  })()
  redis = await startRedis()
  await new Promise<void>((resolve) => ckan.listen(0, "127.0.0.1", resolve))
  const highLimits = Object.fromEntries(
    ["photogrammetryLookup", "tariffs", "financingSimulations", "solarViabilityAnalyses", "leads"].map((route) => [
      route,
      { points: 100_000, durationSeconds: 60 },
    ])
  )
  cluster = await startMedusaCluster({
    databaseUrl,
    redisUrl: redis.url,
    instances: [
      { name: "A", mode: "server" },
      { name: "B", mode: "shared" },
      { name: "C", mode: "worker" },
    ],
    env: {
      SOLAR360_ANEEL_BASE_URL: `http://127.0.0.1:${(ckan.address() as AddressInfo).port}`,
      // One job ticks every 3 s; the others stay off so nothing else writes mid-test.
      SOLAR360_JOB_SCHEDULES: JSON.stringify({ [JOB]: "*/3 * * * * *" }),
      SOLAR360_DISABLED_JOBS: OTHER_JOBS.join(","),
      SOLAR360_RATE_LIMITS: JSON.stringify({
        store: "redis",
        redisUrl: redis.url,
        routes: { ...highLimits, distributors: { points: DISTRIBUTORS_LIMIT, durationSeconds: 600 } },
      }),
    },
  })
  ;[A, B, C] = cluster.instances
  process.stdout.write(`\ncluster layer: Redis, migration and three instances ready in ${Math.round((Date.now() - started) / 1000)} s\n`)
}, 240_000)

afterAll(async () => {
  await cluster?.close()
  await redis?.stop()
  await new Promise((resolve) => ckan.close(resolve))
  // Printed whatever the verbosity: CI time is scarce and this layer's time is watched.
  process.stdout.write(`\ncluster layer: ${Math.round((Date.now() - started) / 1000)} s in all\n`)
}, 60_000)

const store = () => ({ "x-publishable-api-key": cluster.publishableKey, "content-type": "application/json" })
const admin = () => ({ authorization: `Bearer ${cluster.adminToken}`, "content-type": "application/json" })
const web = () => [A, B]
const json = async (response: Response) => ({ status: response.status, body: await response.json().catch(() => null) })

describe("scheduled jobs", () => {
  it("runs each tick of a job once across the instances, on the workers only", async () => {
    const pattern = new RegExp(`solar360 scheduled job ${JOB} ran for tick (\\S+) in process (\\d+)`, "g")
    const runs = () =>
      cluster.instances.flatMap((instance) =>
        [...instance.log().matchAll(pattern)].map((match) => ({ instance: instance.name, tick: match[1] }))
      )
    // Wait for three ticks: the last may still be running on one instance when the others
    // are read, so only the ticks before it are judged.
    await eventually(async () => {
      expect(new Set(runs().map((run) => run.tick)).size).toBeGreaterThanOrEqual(3)
    }, 30_000)
    // Leave time for a second instance to log the same tick, if it were to run it too.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const all = runs()
    const perTick = new Map<string, string[]>()
    for (const run of all) {
      perTick.set(run.tick, [...(perTick.get(run.tick) ?? []), run.instance])
    }
    expect(perTick.size).toBeGreaterThanOrEqual(3)
    for (const [tick, instances] of perTick) {
      expect({ tick, instances: instances.length }).toEqual({ tick, instances: 1 })
    }
    // The `server` instance loads no job at all.
    expect(all.filter((run) => run.instance === "A")).toEqual([])
  })
})

describe("subscribers", () => {
  it("applies an order.placed emitted by a server instance once, on a worker", async () => {
    const output = await cluster.exec("integration-tests/cluster/place-order.ts")
    const orderId = /cluster-order-id=(\S+)/.exec(output)?.[1]
    expect(orderId).toMatch(/^order_/)
    const purchases = () =>
      cluster.query("SELECT count(*)::int AS n FROM event WHERE order_id = $1 AND event_name = 'purchase'", [orderId])
    await eventually(async () => {
      expect((await purchases())[0].n).toBe(1)
    }, 30_000)
    // A second delivery would have to come within the queue's retry time; none does.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect((await purchases())[0].n).toBe(1)
  })
})

describe("upstream single flight", () => {
  it("makes one upstream call per distinct request for 100 concurrent identical misses over two instances", async () => {
    upstreamCalls.clear()
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        fetch(`${web()[i % 2].baseUrl}/store/solar360/tariffs?distributor=ENEL%20SP&date=2025-08-01`, { headers: store() }).then(json)
      )
    )
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200))
    // One answer for all: the same values from the same fetch (`cache.hit` says only whether
    // this caller waited for the fetch or read it afterwards).
    const answers = responses.map(({ body: { tariff } }) => JSON.stringify({ ...tariff, cache: { ...tariff.cache, hit: null } }))
    expect(new Set(answers).size).toBe(1)
    expect(responses[0].body.tariff).toMatchObject({ distributor_acronym: "ENEL SP", total: 0.71995 })
    expect(upstreamCalls.size).toBeGreaterThan(0)
    for (const [url, calls] of upstreamCalls) {
      expect({ url, calls }).toEqual({ url, calls: 1 })
    }
  })
})

describe("shared state written from two instances", () => {
  it("keeps Helio counters exact with queries logged alternately on two instances", async () => {
    const key = await json(
      await fetch(`${A.baseUrl}/admin/api-keys`, {
        method: "POST",
        headers: admin(),
        body: JSON.stringify({ title: "helio backend", type: "secret" }),
      })
    )
    expect(key.status).toBe(200)
    const assistant = {
      authorization: `Basic ${Buffer.from(`${key.body.api_key.token}:`).toString("base64")}`,
      "content-type": "application/json",
    }
    const started = await json(
      await fetch(`${A.baseUrl}/admin/solar360/helio/conversations`, {
        method: "POST",
        headers: assistant,
        body: JSON.stringify({ channel: "web" }),
      })
    )
    expect(started.status).toBe(201)
    const id = started.body.conversation.id
    const N = 20
    const logged = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        fetch(`${web()[i % 2].baseUrl}/admin/solar360/helio/conversations/${id}/queries`, {
          method: "POST",
          headers: assistant,
          body: JSON.stringify({
            message_id: randomUUID(),
            query_text: "Quanto custa um sistema de 5 kWp em Campinas?",
            response: "Cerca de R$ 12.500 instalado.",
            llm_model: "gpt-4o-mini",
            prompt_tokens: 100,
            completion_tokens: 10,
            total_response_time_ms: 1000,
          }),
        }).then(json)
      )
    )
    expect(logged.map((response) => response.status)).toEqual(Array(N).fill(201))
    const [conversation] = await cluster.query(
      "SELECT message_count, user_message_count, helio_message_count, total_tokens_used FROM helio_conversation WHERE id = $1",
      [id]
    )
    expect(conversation).toEqual({
      message_count: 2 * N,
      user_message_count: N,
      helio_message_count: N,
      total_tokens_used: 110 * N,
    })
  })

  it("hashes IPs with one salt row for the day when events arrive on both instances", async () => {
    const batches = web().map(() => Array.from({ length: 3 }, () => ({ message_id: randomUUID(), event_name: "page_view", category: "page_view", session_id: "sess_cluster", path: "/kits" })))
    for (const [i, events] of batches.entries()) {
      const answer = await fetch(`${web()[i].baseUrl}/store/solar360/events`, {
        method: "POST",
        headers: store(),
        body: JSON.stringify({ events }),
      })
      expect(answer.ok).toBe(true)
    }
    const ids = batches.flat().map((event) => event.message_id)
    const rows = await cluster.query("SELECT ip_hash FROM event WHERE message_id = ANY($1)", [ids])
    expect(rows).toHaveLength(ids.length)
    const hashes = new Set(rows.map((row) => row.ip_hash))
    expect(hashes.size).toBe(1)
    expect([...hashes][0]).toEqual(expect.any(String))
    const today = new Date().toISOString().slice(0, 10)
    const salts = await cluster.query("SELECT count(*)::int AS n FROM solar360_privacy_salt WHERE day = $1 AND deleted_at IS NULL", [today])
    expect(salts[0].n).toBe(1)
  })

  it("counts one client's calls on both instances against one rate limit", async () => {
    const statuses: number[] = []
    for (let i = 0; i < 2 * DISTRIBUTORS_LIMIT; i++) {
      const answer = await fetch(`${web()[i % 2].baseUrl}/store/solar360/distributors`, { headers: store() })
      statuses.push(answer.status)
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(DISTRIBUTORS_LIMIT)
    expect(statuses.slice(DISTRIBUTORS_LIMIT)).toEqual(Array(DISTRIBUTORS_LIMIT).fill(429))
  })
})

describe("losing an instance", () => {
  it("stores every acknowledged event batch exactly once when an instance is killed mid-load", async () => {
    const batches = Array.from({ length: 30 }, (_, b) =>
      Array.from({ length: 5 }, (_, e) => ({
        message_id: randomUUID(),
        event_name: "page_view",
        category: "page_view",
        session_id: `sess_kill_${b}`,
        path: `/p/${e}`,
      }))
    )
    const send = async (instance: Instance, events: unknown[]) => {
      try {
        const answer = await fetch(`${instance.baseUrl}/store/solar360/events`, {
          method: "POST",
          headers: store(),
          body: JSON.stringify({ events }),
        })
        return answer.ok
      } catch {
        return false // the connection died with the instance: not acknowledged
      }
    }
    // Batches go alternately to A and B, four at a time; A is killed after the first dozen.
    const acknowledged = new Array<boolean>(batches.length).fill(false)
    let killed: Promise<void> | null = null
    for (let i = 0; i < batches.length; i += 4) {
      if (i >= 12 && !killed) {
        killed = A.kill()
      }
      await Promise.all(
        batches.slice(i, i + 4).map(async (events, j) => {
          acknowledged[i + j] = await send(web()[(i + j) % 2], events)
        })
      )
    }
    await killed
    expect(A.alive()).toBe(false)
    // The client retries what was not acknowledged against the surviving instance.
    const unacknowledged = acknowledged.flatMap((ok, i) => (ok ? [] : [i]))
    expect(unacknowledged.length).toBeGreaterThan(0)
    for (const i of unacknowledged) {
      expect(await send(B, batches[i])).toBe(true)
    }
    const ids = batches.flat().map((event) => event.message_id)
    const rows = await cluster.query(
      "SELECT message_id, count(*)::int AS n FROM event WHERE message_id = ANY($1) GROUP BY message_id",
      [ids]
    )
    expect(rows).toHaveLength(ids.length)
    expect(rows.filter((row) => row.n !== 1)).toEqual([])
  })
})
