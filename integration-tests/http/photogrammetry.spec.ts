// The runner loads medusa-config.ts before it applies its `env` option: the Google Solar
// settings must be in process.env before medusaIntegrationTestRunner is called.
import http from "http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fixture from "../../src/lib/photogrammetry/__fixtures__/building-insights-sao-paulo.json"
import { addressHash, coordinatesHash } from "../../src/lib/photogrammetry"
import { SOLAR360_MODULE } from "../../src/modules/solar360"
import type Solar360ModuleService from "../../src/modules/solar360/service"
import { createAdminHeaders, createCustomerHeaders, createStoreHeaders, responseOf } from "../helpers/auth"

jest.setTimeout(120_000)

const GOOGLE_PORT = 41000 + (process.pid % 20000)
const API_KEY = "test-google-key"
const previousEnv = {
  url: process.env.SOLAR360_GOOGLE_SOLAR_BASE_URL,
  key: process.env.SOLAR360_GOOGLE_SOLAR_API_KEY,
}
process.env.SOLAR360_GOOGLE_SOLAR_BASE_URL = `http://localhost:${GOOGLE_PORT}`
process.env.SOLAR360_GOOGLE_SOLAR_API_KEY = API_KEY

/** A stand-in for Google Solar: answers the recorded payload, a 404 or a 500, and counts. */
const google = {
  mode: "fixture" as "fixture" | "low_quality" | "not_found" | "error",
  calls: [] as URL[],
}
const server = http.createServer((req, res) => {
  const url = new URL(req.url!, `http://localhost:${GOOGLE_PORT}`)
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
  if (google.mode === "low_quality") {
    return send(200, { ...fixture, imageryQuality: "LOW" })
  }
  // Slow enough that concurrent lookups really overlap.
  send(200, fixture, 300)
})
server.listen(GOOGLE_PORT)

afterAll(async () => {
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

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let solar360: Solar360ModuleService

    beforeEach(async () => {
      store = await createStoreHeaders(getContainer())
      solar360 = getContainer().resolve(SOLAR360_MODULE)
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
      responseOf(api.post("/store/photogrammetry/lookup", body, { headers }))

    describe("POST /store/photogrammetry/lookup: cache levels", () => {
      it("hits by address (written differently), coordinates (6th decimal) and proximity (~5 m); counts reuses", async () => {
        const source = await seedSource(AUGUSTA)

        const byAddress = await lookup({ address: "rua augusta 1500 sao paulo sp 01310100" })
        expect(byAddress.status).toBe(200)
        expect(byAddress.data.cache).toEqual({ hit: true, level: "address" })
        expect(byAddress.data.analysis).toMatchObject({ id: source.id, total_roof_area_m2: 166.72, orientation: "N" })
        // Someone else's request bought it: no address, customer, cost or cache bookkeeping.
        for (const internal of ["address", "address_hash", "customer_id", "cost_usd", "times_reused", "quote_id"]) {
          expect(byAddress.data.analysis).not.toHaveProperty(internal)
        }

        const byCoordinates = await lookup({
          latitude: AUGUSTA.latitude + 0.000001,
          longitude: AUGUSTA.longitude + 0.000001,
        })
        expect(byCoordinates.status).toBe(200)
        expect(byCoordinates.data.cache).toEqual({ hit: true, level: "coordinates" })
        expect(byCoordinates.data.analysis.id).toBe(source.id)

        const byProximity = await lookup({ ...NEAR, requested_kwp: 6 })
        expect(byProximity.status).toBe(200)
        expect(byProximity.data.cache).toEqual({ hit: true, level: "proximity" })
        expect(byProximity.data.analysis.id).toBe(source.id)

        expect(google.calls).toHaveLength(0)
        const reloaded = await solar360.retrievePhotogrammetryAnalysis(source.id)
        expect(reloaded.times_reused).toBe(3)
        const reuses = await solar360.listPhotogrammetryAnalyses(
          { cache_source_id: source.id },
          { order: { created_at: "ASC" } }
        )
        expect(reuses.map((r) => r.cache_level)).toEqual(["address", "coordinates", "proximity"])
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
        expect(again.data.cache).toEqual({ hit: true, level: "coordinates" })
        expect(again.data.analysis.id).toBe(source.id)

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
        const withoutKey = await responseOf(api.post("/store/photogrammetry/lookup", { address: "Rua Augusta 1500" }))
        expect(withoutKey.status).toBe(400)
      })
    })

    describe("POST /store/photogrammetry/lookup: Google Solar", () => {
      const PINHEIROS = { latitude: -23.5614127, longitude: -46.6925811 }

      it("buys a missing roof once, stores it as a source, then serves it from the cache", async () => {
        const first = await lookup({ ...PINHEIROS, address: "Rua dos Pinheiros, 870, São Paulo SP", requested_kwp: 5.2 })
        expect(first.status).toBe(200)
        expect(first.data.cache).toEqual({ hit: false, level: null })
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
        expect(second.data.cache).toEqual({ hit: true, level: "coordinates" })
        expect(second.data.analysis.id).toBe(first.data.analysis.id)
        expect(google.calls).toHaveLength(1)
      })

      it("calls Google exactly once for 20 concurrent lookups of a new roof", async () => {
        const point = { latitude: -22.9519, longitude: -43.2105 }
        const responses = await Promise.all(Array.from({ length: 20 }, () => lookup(point)))
        expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
        expect(google.calls).toHaveLength(1)
        const ids = new Set(responses.map((r) => r.data.analysis.id))
        expect(ids.size).toBe(1)
        expect(responses.filter((r) => !r.data.cache.hit)).toHaveLength(1)
        const [source] = await solar360.listPhotogrammetryAnalyses({ cache_hit: false })
        expect(source.times_reused).toBe(19)
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

    describe("GET /admin/photogrammetry-analyses", () => {
      it("answers 401 without an admin session", async () => {
        expect((await responseOf(api.get("/admin/photogrammetry-analyses"))).status).toBe(401)
        expect((await responseOf(api.get("/admin/photogrammetry-analyses/photo_x"))).status).toBe(401)
      })

      it("lists and filters sources and reuse records, and shows one (404 when unknown)", async () => {
        const admin = await createAdminHeaders(api, getContainer())
        const source = await seedSource(AUGUSTA, { state: "SP" })
        await seedSource({ latitude: -22.9068, longitude: -43.1729 }, { state: "RJ", provider: "drone" })
        await lookup(NEAR)

        const all = await api.get("/admin/photogrammetry-analyses", admin)
        expect(all.data).toMatchObject({ count: 3, offset: 0, limit: 20 })

        const reuses = await api.get("/admin/photogrammetry-analyses?cache_hit=true", admin)
        expect(reuses.data.photogrammetry_analyses).toHaveLength(1)
        expect(reuses.data.photogrammetry_analyses[0]).toMatchObject({
          cache_source_id: source.id,
          cache_level: "proximity",
        })

        const sp = await api.get("/admin/photogrammetry-analyses?state=sp&status=completed&cache_hit=false", admin)
        expect(sp.data.photogrammetry_analyses.map((a: any) => a.id)).toEqual([source.id])
        expect(sp.data.photogrammetry_analyses[0].times_reused).toBe(1)

        const drones = await api.get("/admin/photogrammetry-analyses?provider=drone", admin)
        expect(drones.data.count).toBe(1)
        const mine = await api.get("/admin/photogrammetry-analyses?customer_id=cus_first_buyer", admin)
        expect(mine.data.count).toBe(2)
        const future = new Date(Date.now() + DAY_MS).toISOString()
        const none = await api.get(`/admin/photogrammetry-analyses?created_at[$gte]=${future}`, admin)
        expect(none.data.count).toBe(0)
        const page = await api.get("/admin/photogrammetry-analyses?limit=1&offset=1", admin)
        expect(page.data).toMatchObject({ count: 3, offset: 1, limit: 1 })
        expect(page.data.photogrammetry_analyses).toHaveLength(1)

        const bad = await responseOf(api.get("/admin/photogrammetry-analyses?status=done", admin))
        expect(bad.status).toBe(400)

        const one = await api.get(`/admin/photogrammetry-analyses/${source.id}`, admin)
        expect(one.data.photogrammetry_analysis).toMatchObject({
          id: source.id,
          address: AUGUSTA.address,
          cost_usd: 10,
          times_reused: 1,
        })

        const missing = await responseOf(api.get("/admin/photogrammetry-analyses/photo_missing", admin))
        expect(missing.status).toBe(404)
      })
    })
  },
})
