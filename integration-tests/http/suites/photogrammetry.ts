// The runner loads medusa-config.ts before it applies its `env` option: the Google Solar
// settings must be in process.env before medusaIntegrationTestRunner is called.
import http from "http"
import fixture from "../../../src/lib/photogrammetry/__fixtures__/building-insights-sao-paulo.json"
import { addressHash, coordinatesHash } from "../../../src/lib/photogrammetry"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createAdminHeaders, createCustomerHeaders, responseOf } from "../../helpers/auth"
import { beforeBoot, listenOnFreePort } from "../../helpers/before-boot"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const API_KEY = "test-google-key"
const previousEnv = {
  url: process.env.SOLAR360_GOOGLE_SOLAR_BASE_URL,
  key: process.env.SOLAR360_GOOGLE_SOLAR_API_KEY,
}
process.env.SOLAR360_GOOGLE_SOLAR_API_KEY = API_KEY

/**
 * A stand-in for Google Solar: answers the recorded payload, a 404, a 500, a 403 naming the
 * key's project (as Google's does), or holds the answer until released; counts calls.
 */
const google = {
  mode: "fixture" as "fixture" | "low_quality" | "not_found" | "error" | "denied" | "hold",
  calls: [] as URL[],
  held: [] as Array<() => void>,
}
const LEAKY_GOOGLE_MESSAGE =
  "API key not valid for project projects/912345678901 (key AIzaSyLEAKEDLEAKEDLEAKED). Please pass a valid API key."
const server = http.createServer((req, res) => {
  const url = new URL(req.url!, "http://localhost")
  google.calls.push(url)
  const send = (status: number, body: unknown, delayMs = 0) =>
    setTimeout(() => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    }, delayMs)
  if (url.pathname !== "/v1/buildingInsights:findClosest" || url.searchParams.get("key") !== API_KEY) {
    return send(403, { error: { code: 403, message: "bad path or key", status: "PERMISSION_DENIED" } })
  }
  if (google.mode === "not_found") {
    return send(404, { error: { code: 404, message: "Requested entity was not found.", status: "NOT_FOUND" } })
  }
  if (google.mode === "error") {
    return send(500, { error: { code: 500, message: "Internal error encountered.", status: "INTERNAL" } })
  }
  if (google.mode === "denied") {
    return send(403, { error: { code: 403, message: LEAKY_GOOGLE_MESSAGE, status: "PERMISSION_DENIED" } })
  }
  if (google.mode === "hold") {
    google.held.push(() => send(200, fixture))
    return
  }
  if (google.mode === "low_quality") {
    return send(200, { ...fixture, imageryQuality: "LOW" })
  }
  // Slow enough that concurrent lookups really overlap.
  send(200, fixture, 300)
})
// Idle keep-alive sockets stay open for the whole file: a socket the server closes just as
// the client reuses it makes fetch retry the GET, and the stand-in would count two calls.
server.keepAliveTimeout = 120_000
// The base URL is set before the app boots, once the stand-in listens.
beforeBoot(async () => {
  process.env.SOLAR360_GOOGLE_SOLAR_BASE_URL = `http://localhost:${await listenOnFreePort(server)}`
})

function releaseGoogle() {
  const held = google.held
  google.held = []
  held.forEach((answer) => answer())
}

afterAll(async () => {
  releaseGoogle()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  for (const [name, value] of [
    ["SOLAR360_GOOGLE_SOLAR_BASE_URL", previousEnv.url],
    ["SOLAR360_GOOGLE_SOLAR_API_KEY", previousEnv.key],
  ] as const) {
    if (value === undefined) {
      delete process.env[name]
    } else {
      process.env[name] = value
    }
  }
})

const DAY_MS = 24 * 60 * 60 * 1000
const AUGUSTA = { address: "R. Augusta, 1500 - São Paulo/SP, 01310-100", latitude: -23.5578733, longitude: -46.6615948 }
// ~5 m and ~30 m north of the roof (0.000045 deg and 0.00027 deg of latitude).
const NEAR = { latitude: AUGUSTA.latitude + 0.000045, longitude: AUGUSTA.longitude }
const FAR = { latitude: AUGUSTA.latitude + 0.00027, longitude: AUGUSTA.longitude }

export function photogrammetrySuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ store, solar360 } = await createHttpContext(api, getContainer(), { store: true }))
    releaseGoogle()
    google.mode = "fixture"
    google.calls = []
  })

  const seedSource = async (
    location: { address?: string; latitude: number; longitude: number },
    overrides: Record<string, unknown> = {}
  ) =>
    solar360.createPhotogrammetryAnalyses({
      address: location.address ?? null,
      address_hash: location.address ? addressHash(location.address) : null,
      latitude: location.latitude,
      longitude: location.longitude,
      coordinates_hash: coordinatesHash(location.latitude, location.longitude),
      total_roof_area_m2: 166.72,
      usable_area_m2: 87.92,
      orientation: "N",
      recommended_panel_count: 13,
      recommended_system_size_kwp: 5.2,
      provider: "google_solar",
      status: "completed",
      cost_usd: 10,
      cache_hit: false,
      customer_id: "cus_first_buyer",
      expires_at: new Date(Date.now() + 90 * DAY_MS),
      ...overrides,
    } as any)

  const lookup = (body: Record<string, unknown>, headers = store.headers) =>
    responseOf(api.post("/store/solar360/photogrammetry/lookup", body, { headers }))

  describe("POST /store/solar360/photogrammetry/lookup: cache levels", () => {
    it("hits by address (written differently), coordinates (6th decimal) and proximity (~5 m); counts reuses", async () => {
      const source = await seedSource(AUGUSTA)

      // The address matches only with a point near the stored roof (~2 m here).
      const byAddress = await lookup({
        address: "rua augusta 1500 sao paulo sp 01310100",
        latitude: AUGUSTA.latitude + 0.00002,
        longitude: AUGUSTA.longitude,
      })
      expect(byAddress.status).toBe(200)
      expect(byAddress.data.analysis).toMatchObject({ total_roof_area_m2: 166.72, orientation: "N" })
      // Someone else's request bought it: no address, customer, cost or cache bookkeeping.
      for (const internal of ["address", "address_hash", "customer_id", "cost_usd", "times_reused", "quote_id"]) {
        expect(byAddress.data.analysis).not.toHaveProperty(internal)
      }

      const byCoordinates = await lookup({
        latitude: AUGUSTA.latitude + 0.000001,
        longitude: AUGUSTA.longitude + 0.000001,
      })
      expect(byCoordinates.status).toBe(200)

      const byProximity = await lookup({ ...NEAR, requested_kwp: 6 })
      expect(byProximity.status).toBe(200)

      expect(google.calls).toHaveLength(0)
      const reloaded = await solar360.retrievePhotogrammetryAnalysis(source.id)
      expect(reloaded.times_reused).toBe(3)
      const reuses = await solar360.listPhotogrammetryAnalyses(
        { cache_source_id: source.id },
        { order: { created_at: "ASC" } }
      )
      expect(reuses.map((r) => r.cache_level)).toEqual(["address", "coordinates", "proximity"])
      // Each answer is its own lookup's record, with the source's roof.
      expect([byAddress, byCoordinates, byProximity].map((r) => r.data.analysis.id)).toEqual(reuses.map((r) => r.id))
      for (const reuse of reuses) {
        expect(reuse).toMatchObject({ cache_hit: true, status: "completed", customer_id: null })
        expect(Number(reuse.cost_usd)).toBe(0)
      }
      expect(reuses[2]).toMatchObject({
        coordinates_hash: coordinatesHash(NEAR.latitude, NEAR.longitude),
        requested_system_size_kwp: 6,
      })

      // A reuse record keeps its own keys: the proximity request's exact point is now level 2.
      const again = await lookup(NEAR)
      expect(again.status).toBe(200)
      const [latest] = await solar360.listPhotogrammetryAnalyses({ id: again.data.analysis.id })
      expect(latest).toMatchObject({ cache_source_id: source.id, cache_level: "coordinates" })

      expect(await solar360.photogrammetryCacheStats()).toEqual({
        analyses: 1,
        reuses: 4,
        hit_rate: 0.8,
        provider_cost_usd: 10,
        money_saved_usd: 40,
      })
      const admin = await createAdminHeaders(api, getContainer())
      const page = await api.get("/admin/solar360/caches", admin)
      expect(page.data.photogrammetry).toMatchObject({ reuses: 4, money_saved_usd: 40 })
    })

    it("records the logged-in customer on the reuse record", async () => {
      const source = await seedSource(AUGUSTA)
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const response = await lookup({ latitude: AUGUSTA.latitude, longitude: AUGUSTA.longitude }, customer.headers)
      expect(response.status).toBe(200)
      const [reuse] = await solar360.listPhotogrammetryAnalyses({ cache_source_id: source.id })
      expect(reuse.customer_id).toBe(customer.customer_id)
    })

    it("misses ~30 m away, and never serves expired, failed or reuse rows as sources", async () => {
      await seedSource(AUGUSTA)
      const expired = { address: "Av. Paulista, 1000, São Paulo SP", latitude: -23.5645, longitude: -46.6527 }
      await seedSource(expired, { expires_at: new Date(Date.now() - DAY_MS) })
      const failed = { latitude: -22.9068, longitude: -43.1729 }
      await seedSource(failed, { status: "failed" })

      google.mode = "not_found"
      for (const body of [FAR, expired, { latitude: expired.latitude, longitude: expired.longitude }, failed]) {
        const response = await lookup(body)
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("solar360_roof_not_found")
      }
      // The third lookup is the second one's point: its "no roof" was already cached.
      expect(google.calls).toHaveLength(3)

      // "No roof here" is cached for the negative TTL: asking again doesn't call Google.
      const again = await lookup(FAR)
      expect(again.status).toBe(404)
      expect(again.data.code).toBe("solar360_roof_not_found")
      expect(google.calls).toHaveLength(3)
      const [negative] = await solar360.listPhotogrammetryAnalyses({
        coordinates_hash: coordinatesHash(FAR.latitude, FAR.longitude),
      })
      expect(negative).toMatchObject({ status: "failed", error_message: "roof_not_found", cache_hit: false })
      const ttlHours = (new Date(negative.expires_at!).getTime() - new Date(negative.created_at).getTime()) / 3_600_000
      expect(Math.round(ttlHours)).toBe(6)
      await solar360.updatePhotogrammetryAnalyses({ id: negative.id, expires_at: new Date(Date.now() - 1000) })
      await lookup(FAR)
      expect(google.calls).toHaveLength(4)

      // Address only, nothing cached: the provider needs coordinates.
      const addressOnly = await lookup({ address: "Av. Paulista, 1000, São Paulo SP" })
      expect(addressOnly.status).toBe(404)
      expect(addressOnly.data.code).toBe("solar360_photogrammetry_unavailable")
      expect(addressOnly.data.message).toMatch(/latitude and longitude/)

      const rows = await solar360.listPhotogrammetryAnalyses({ cache_hit: true })
      expect(rows).toHaveLength(0)
    })

    it("answers 400 for bodies without a location, half coordinates, unknown fields or out-of-range values", async () => {
      for (const body of [
        {},
        { requested_kwp: 5 },
        { latitude: -23.5 },
        { address: "Rua Augusta 1500", longitude: -46.6 },
        { address: "Rua Augusta 1500", customer_id: "cus_x" },
        { latitude: 91, longitude: 0 },
        { latitude: -23.5, longitude: -46.6, requested_kwp: -1 },
        { address: "  " },
      ]) {
        const response = await lookup(body)
        expect({ body, status: response.status }).toEqual({ body, status: 400 })
      }
      const withoutKey = await responseOf(api.post("/store/solar360/photogrammetry/lookup", { address: "Rua Augusta 1500" }))
      expect(withoutKey.status).toBe(400)
    })
  })

  describe("POST /store/solar360/photogrammetry/lookup: Google Solar", () => {
    const PINHEIROS = { latitude: -23.5614127, longitude: -46.6925811 }

    it("buys a missing roof once, stores it as a source, then serves it from the cache", async () => {
      const first = await lookup({ ...PINHEIROS, address: "Rua dos Pinheiros, 870, São Paulo SP", requested_kwp: 5.2 })
      expect(first.status).toBe(200)
      expect(first.data.analysis).toMatchObject({
        total_roof_area_m2: 166.72,
        usable_area_m2: 87.92,
        orientation: "N",
        recommended_panel_count: 13,
        recommended_system_size_kwp: 5.2,
        annual_energy_dc_kwh: 8216,
        annual_energy_ac_kwh: 6983.6,
        imagery_quality: "MEDIUM",
        imagery_date: "2023-07-14",
        provider: "google_solar",
        status: "completed",
      })
      expect(google.calls).toHaveLength(1)
      expect(Object.fromEntries(google.calls[0].searchParams)).toEqual({
        "location.latitude": String(PINHEIROS.latitude),
        "location.longitude": String(PINHEIROS.longitude),
        requiredQuality: "MEDIUM",
        key: API_KEY,
      })

      const stored = await solar360.retrievePhotogrammetryAnalysis(first.data.analysis.id)
      expect(stored).toMatchObject({
        cache_hit: false,
        address_hash: addressHash("rua dos pinheiros 870 sao paulo sp"),
        coordinates_hash: coordinatesHash(PINHEIROS.latitude, PINHEIROS.longitude),
        api_calls_count: 1,
        cache_ttl_days: 90,
      })
      expect(Number(stored.cost_usd)).toBe(10)
      expect(stored.roof_planes).toHaveLength(4)
      const ttl = new Date(stored.expires_at!).getTime() - Date.now()
      expect(ttl).toBeGreaterThan(89 * DAY_MS)
      expect(ttl).toBeLessThan(91 * DAY_MS)

      const second = await lookup(PINHEIROS)
      expect(second.status).toBe(200)
      expect(google.calls).toHaveLength(1)
      const [reuse] = await solar360.listPhotogrammetryAnalyses({ id: second.data.analysis.id })
      expect(reuse).toMatchObject({ cache_hit: true, cache_source_id: stored.id, cache_level: "coordinates" })
    })

    it("calls Google exactly once for 20 concurrent lookups of a new roof", async () => {
      const point = { latitude: -22.9519, longitude: -43.2105 }
      const responses = await Promise.all(Array.from({ length: 20 }, () => lookup(point)))
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
      expect(google.calls).toHaveLength(1)
      // Twenty records (one source, nineteen reuses), each lookup answered with its own.
      const ids = new Set(responses.map((r) => r.data.analysis.id))
      expect(ids.size).toBe(20)
      const [source] = await solar360.listPhotogrammetryAnalyses({ cache_hit: false })
      expect(source).toMatchObject({ status: "completed", times_reused: 19, lease_expires_at: null })
      expect(ids.has(source.id)).toBe(true)
    })

    it("refuses imagery below the required quality, storing nothing", async () => {
      google.mode = "low_quality"
      const response = await lookup({ latitude: -3.7319, longitude: -38.5267 })
      expect(response.status).toBe(404)
      expect(response.data.code).toBe("photogrammetry_quality_too_low")
      expect(await solar360.listPhotogrammetryAnalyses({})).toHaveLength(0)
    })

    it("undoes a lookup (the workflow's compensation): the record goes, the reuse count comes back", async () => {
      const source = await seedSource(AUGUSTA)
      const hit = await solar360.lookupPhotogrammetry({ latitude: NEAR.latitude, longitude: NEAR.longitude })
      expect((await solar360.retrievePhotogrammetryAnalysis(source.id)).times_reused).toBe(1)
      await solar360.undoPhotogrammetryLookup(hit)
      expect((await solar360.retrievePhotogrammetryAnalysis(source.id)).times_reused).toBe(0)
      expect(await solar360.listPhotogrammetryAnalyses({ cache_hit: true })).toHaveLength(0)

      const miss = await solar360.lookupPhotogrammetry({ latitude: -8.0476, longitude: -34.877 })
      expect(miss.cache.hit).toBe(false)
      await solar360.undoPhotogrammetryLookup(miss)
      expect(await solar360.listPhotogrammetryAnalyses({ id: miss.record_id })).toHaveLength(0)
    })

    it("stores nothing when Google fails", async () => {
      google.mode = "error"
      const response = await lookup({ latitude: -15.7939, longitude: -47.8828 })
      expect(response.status).toBe(502)
      expect(response.data.code).toBe("solar360_upstream_error")
      expect(await solar360.listPhotogrammetryAnalyses({})).toHaveLength(0)
    })
  })

  describe("POST /store/solar360/photogrammetry/lookup: single flight without a held connection", () => {
    it("across instances: one claims the point and calls Google, the other waits and reuses its answer", async () => {
      const point = { latitude: -25.4284, longitude: -49.2733 }
      // Two fills bypassing the in-process map: what two server instances would do.
      const keys = (solar360 as any).photogrammetryKeys(point)
      const fill = () => (solar360 as any).fillRoof_(keys, point)
      const outcomes = await Promise.all([fill(), fill()])
      expect(google.calls).toHaveLength(1)
      expect(outcomes.map((o: any) => o.status).sort()).toEqual(["created", "found"])
      const [rows, count] = await solar360.listAndCountPhotogrammetryAnalyses({})
      expect(count).toBe(1)
      expect(rows[0]).toMatchObject({ status: "completed", lease_expires_at: null, cache_hit: false })
    })

    it("takes over a claim whose lease lapsed (a crashed instance), and waits for a live one", async () => {
      const point = { latitude: -30.0346, longitude: -51.2177 }
      const claim = {
        latitude: point.latitude,
        longitude: point.longitude,
        coordinates_hash: coordinatesHash(point.latitude, point.longitude),
        provider: "google_solar",
        status: "processing",
        cache_hit: false,
      }
      const dead = await solar360.createPhotogrammetryAnalyses({
        ...claim,
        lease_expires_at: new Date(Date.now() - 1000),
      } as any)
      const response = await lookup(point)
      expect(response.status).toBe(200)
      expect(google.calls).toHaveLength(1)
      expect(await solar360.listPhotogrammetryAnalyses({ id: dead.id })).toHaveLength(0)

      // A live claim elsewhere: this lookup waits instead of calling Google, and reuses the
      // roof once the holder stores it.
      const other = { latitude: -30.05, longitude: -51.2 }
      const live = await solar360.createPhotogrammetryAnalyses({
        ...claim,
        ...other,
        coordinates_hash: coordinatesHash(other.latitude, other.longitude),
        lease_expires_at: new Date(Date.now() + 60_000),
      } as any)
      let answered = false
      const waiting = lookup(other).then((r) => {
        answered = true
        return r
      })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(answered).toBe(false)
      await solar360.updatePhotogrammetryAnalyses({
        id: live.id,
        status: "completed",
        total_roof_area_m2: 120,
        lease_expires_at: null,
        expires_at: new Date(Date.now() + DAY_MS),
      } as any)
      const waited = await waiting
      expect(waited.status).toBe(200)
      expect(waited.data.analysis).toMatchObject({ total_roof_area_m2: 120 })
      expect(google.calls).toHaveLength(1)
    })

    it("bounds Google calls in flight (upstreamConcurrency.photogrammetry): past it, 503 at once", async () => {
      const limit = (solar360 as any).options.upstreamConcurrency.photogrammetry
      expect(limit).toBe(4)
      google.mode = "hold"
      const hanging = Array.from({ length: limit }, (_, i) => lookup({ latitude: -10 - i / 10, longitude: -40 }))
      for (let waited = 0; google.calls.length < limit && waited < 100; waited++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(google.calls).toHaveLength(limit)
      const refused = await lookup({ latitude: -11, longitude: -41 })
      expect(refused.status).toBe(503)
      expect(refused.data.code).toBe("solar360_upstream_busy")
      expect(refused.headers["retry-after"]).toBe("5")
      expect(google.calls).toHaveLength(limit)
      // A store request still answers while Google hangs: no connection is held meanwhile.
      const practices = await responseOf(api.get("/store/solar360/data-practices", store))
      expect(practices.status).toBe(200)
      releaseGoogle()
      expect((await Promise.all(hanging)).map((r) => r.status)).toEqual(Array(limit).fill(200))
      // The refused lookup left nothing behind.
      expect(await solar360.listPhotogrammetryAnalyses({ coordinates_hash: coordinatesHash(-11, -41) })).toHaveLength(0)
    })
  })

  describe("POST /store/solar360/photogrammetry/lookup: safe for anonymous callers", () => {
    const VICTIM_ADDRESS = "Rua das Laranjeiras, 200, Rio de Janeiro RJ"
    const VICTIM = { latitude: -22.9319, longitude: -43.1853 }

    it("never pins a roof to an address: an address reuses an analysis only near the request's point", async () => {
      // The attacker's own roof is cached; they look it up under the victim's address.
      await seedSource(AUGUSTA)
      const attack = await lookup({ address: VICTIM_ADDRESS, ...NEAR })
      expect(attack.status).toBe(200)

      // The victim asks for their address at their point: not the attacker's roof.
      const victim = await lookup({ address: VICTIM_ADDRESS, ...VICTIM })
      expect(victim.status).toBe(200)
      expect(google.calls).toHaveLength(1)
      const [record] = await solar360.listPhotogrammetryAnalyses({ id: victim.data.analysis.id })
      expect(record).toMatchObject({ cache_hit: false, coordinates_hash: coordinatesHash(VICTIM.latitude, VICTIM.longitude) })
    })

    it("never reuses by address alone (addresses are not geocoded)", async () => {
      await seedSource(AUGUSTA)
      const response = await lookup({ address: AUGUSTA.address })
      expect(response.status).toBe(404)
      expect(response.data.code).toBe("solar360_photogrammetry_unavailable")
      expect(JSON.stringify(response.data)).not.toContain("166.72")
      expect(google.calls).toHaveLength(0)
      expect(await solar360.listPhotogrammetryAnalyses({ cache_hit: true })).toHaveLength(0)
    })

    it("answers a reused analysis exactly as a fresh one: no cache flags, the lookup's own id and date", async () => {
      const startedAt = Date.now()
      const fresh = await lookup({ latitude: -19.9167, longitude: -43.9345 })
      const source = await seedSource(AUGUSTA, { times_reused: 7 })
      const reused = await lookup(NEAR)
      expect([fresh.status, reused.status]).toEqual([200, 200])
      expect(Object.keys(reused.data)).toEqual(["analysis"])
      expect(Object.keys(reused.data).sort()).toEqual(Object.keys(fresh.data).sort())
      expect(Object.keys(reused.data.analysis).sort()).toEqual(Object.keys(fresh.data.analysis).sort())
      const text = JSON.stringify(reused.data)
      for (const leak of ["cache", "times_reused", "cus_first_buyer", source.id, "expires_at"]) {
        expect(text).not.toContain(leak)
      }
      expect(new Date(reused.data.analysis.created_at).getTime()).toBeGreaterThanOrEqual(startedAt - 1000)
    })

    it("keeps Google's error text (key, project) out of the answer and in the log", async () => {
      const logger = getContainer().resolve("logger") as { warn: (...args: unknown[]) => void }
      const warn = jest.spyOn(logger, "warn")
      try {
        google.mode = "denied"
        const response = await lookup({ latitude: -12.9714, longitude: -38.5014 })
        expect(response.status).toBe(502)
        expect(response.data.code).toBe("solar360_upstream_error")
        const text = JSON.stringify(response.data)
        for (const secret of ["AIzaSy", "912345678901", "API key", "403"]) {
          expect(text).not.toContain(secret)
        }
        expect(warn.mock.calls.map((call) => String(call[0])).join("\n")).toContain("912345678901")
        expect(await solar360.listPhotogrammetryAnalyses({})).toHaveLength(0)
      } finally {
        warn.mockRestore()
      }
    })
  })

  describe("GET /admin/solar360/photogrammetry-analyses", () => {
    it("answers 401 without an admin session", async () => {
      expect((await responseOf(api.get("/admin/solar360/photogrammetry-analyses"))).status).toBe(401)
      expect((await responseOf(api.get("/admin/solar360/photogrammetry-analyses/photo_x"))).status).toBe(401)
    })

    it("lists and filters sources and reuse records, and shows one (404 when unknown)", async () => {
      const admin = await createAdminHeaders(api, getContainer())
      const source = await seedSource(AUGUSTA, { state: "SP" })
      await seedSource({ latitude: -22.9068, longitude: -43.1729 }, { state: "RJ", provider: "drone" })
      await lookup(NEAR)

      const all = await api.get("/admin/solar360/photogrammetry-analyses", admin)
      expect(all.data).toMatchObject({ count: 3, offset: 0, limit: 20 })

      const reuses = await api.get("/admin/solar360/photogrammetry-analyses?cache_hit=true", admin)
      expect(reuses.data.photogrammetry_analyses).toHaveLength(1)
      expect(reuses.data.photogrammetry_analyses[0]).toMatchObject({
        cache_source_id: source.id,
        cache_level: "proximity",
      })

      const sp = await api.get("/admin/solar360/photogrammetry-analyses?state=sp&status=completed&cache_hit=false", admin)
      expect(sp.data.photogrammetry_analyses.map((a: any) => a.id)).toEqual([source.id])
      expect(sp.data.photogrammetry_analyses[0].times_reused).toBe(1)

      const drones = await api.get("/admin/solar360/photogrammetry-analyses?provider=drone", admin)
      expect(drones.data.count).toBe(1)
      const mine = await api.get("/admin/solar360/photogrammetry-analyses?customer_id=cus_first_buyer", admin)
      expect(mine.data.count).toBe(2)
      const future = new Date(Date.now() + DAY_MS).toISOString()
      const none = await api.get(`/admin/solar360/photogrammetry-analyses?created_at[$gte]=${future}`, admin)
      expect(none.data.count).toBe(0)
      const page = await api.get("/admin/solar360/photogrammetry-analyses?limit=1&offset=1", admin)
      expect(page.data).toMatchObject({ count: 3, offset: 1, limit: 1 })
      expect(page.data.photogrammetry_analyses).toHaveLength(1)

      const bad = await responseOf(api.get("/admin/solar360/photogrammetry-analyses?status=done", admin))
      expect(bad.status).toBe(400)

      const one = await api.get(`/admin/solar360/photogrammetry-analyses/${source.id}`, admin)
      expect(one.data.photogrammetry_analysis).toMatchObject({
        id: source.id,
        address: AUGUSTA.address,
        cost_usd: 10,
        times_reused: 1,
      })

      const missing = await responseOf(api.get("/admin/solar360/photogrammetry-analyses/photo_missing", admin))
      expect(missing.status).toBe(404)
    })
  })
}
