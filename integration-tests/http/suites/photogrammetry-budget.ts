// The Google Solar daily spend cap, against a local stand-in for Google (as in
// suites/photogrammetry.ts). The runner loads medusa-config.ts before it applies its `env`
// option: the settings must be in process.env before medusaIntegrationTestRunner is called.
import http from "http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fixture from "../../../src/lib/photogrammetry/__fixtures__/building-insights-sao-paulo.json"
import { responseOf } from "../../helpers/auth"
import { beforeBoot, listenOnFreePort } from "../../helpers/before-boot"
import { createHttpContext } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const API_KEY = "test-google-key"
// photogrammetryCostUsd defaults to 10: a 25 USD cap allows 2 calls a day. The base URL is set
// once the stand-in listens, before the app boots (../../helpers/before-boot.ts).
const SETTINGS: Record<string, string> = {
  SOLAR360_GOOGLE_SOLAR_BASE_URL: "",
  SOLAR360_GOOGLE_SOLAR_API_KEY: API_KEY,
  SOLAR360_GOOGLE_SOLAR_DAILY_SPEND_CAP_USD: "25",
}
const previous = Object.fromEntries(Object.keys(SETTINGS).map((name) => [name, process.env[name]]))
Object.assign(process.env, SETTINGS)

const google = { calls: 0 }
const server = http.createServer((req, res) => {
  google.calls++
  res.writeHead(200, { "content-type": "application/json" })
  res.end(JSON.stringify(fixture))
})
beforeBoot(async () => {
  process.env.SOLAR360_GOOGLE_SOLAR_BASE_URL = `http://localhost:${await listenOnFreePort(server)}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  for (const [name, value] of Object.entries(previous)) {
    if (value === undefined) {
      delete process.env[name]
    } else {
      process.env[name] = value
    }
  }
})

// Points ~1 km apart: each is a cache miss of its own.
const point = (i: number) => ({ latitude: -23.5578733 + i * 0.01, longitude: -46.6615948 })

export function photogrammetryBudgetSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: { headers: Record<string, string> }

  beforeEach(async () => {
    ;({ store } = await createHttpContext(api, getContainer(), { store: true }))
    google.calls = 0
  })

  // This suite boots with the per-client rate limits on (app-limits.spec.ts, two roof lookups
  // per client an hour): each lookup comes from its own address so only the spend cap answers.
  let nextAddress = 1
  const lookup = (body: Record<string, unknown>) =>
    responseOf(
      api.post("/store/solar360/photogrammetry/lookup", body, {
        headers: { ...store.headers, "x-forwarded-for": `198.51.100.${nextAddress++}` },
      })
    )
  const sql = async (text: string, bindings: string[] = []) =>
    (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, bindings)).rows

  it("calls Google until the day's cap, then answers 503 without calling; cache hits still answer", async () => {
    expect((await lookup(point(0))).status).toBe(200)
    expect((await lookup(point(1))).status).toBe(200)
    expect(google.calls).toBe(2)

    const refused = await lookup(point(2))
    expect(refused.status).toBe(503)
    expect(refused.data).toMatchObject({ code: "solar360_upstream_budget_exhausted" })
    expect(refused.data.message).not.toContain(API_KEY)
    // The cap resets at the next UTC midnight: at most a day away.
    const retryAfter = Number(refused.headers["retry-after"])
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60)
    expect(google.calls).toBe(2)
    // Nothing stored for the refused lookup.
    expect(await sql("select count(*)::int as n from photogrammetry_analysis")).toEqual([{ n: 2 }])

    const hit = await lookup(point(0))
    expect(hit.status).toBe(200)
    // A reuse answers like a fresh analysis (no cache flag), and calls nobody.
    expect(hit.data.analysis).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number) })
    expect(google.calls).toBe(2)

    const today = new Date().toISOString().slice(0, 10)
    expect(await sql("select provider, day, calls from solar360_upstream_spend")).toEqual([
      { provider: "google_solar", day: today, calls: 2 },
    ])
  })

  it("keeps the count in the database, shared by every instance", async () => {
    // As if other instances had spent today's budget: this one refuses too.
    await sql(
      `insert into solar360_upstream_spend (id, provider, day, calls) values ('uspend_other', 'google_solar', ?, 2)`,
      [new Date().toISOString().slice(0, 10)]
    )
    const refused = await lookup(point(3))
    expect(refused.status).toBe(503)
    expect(google.calls).toBe(0)
  })

  it("counts concurrent misses exactly: never more calls than the cap allows", async () => {
    const answers = await Promise.all([4, 5, 6, 7, 8].map((i) => lookup(point(i))))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2)
    expect(answers.filter((a) => a.status === 503)).toHaveLength(3)
    expect(google.calls).toBe(2)
  })
}
