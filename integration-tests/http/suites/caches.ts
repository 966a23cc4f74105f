import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../src/modules/solar360"
import type { CacheFetchOptions } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { purgeExpiredCacheEntriesWorkflow } from "../../../src/workflows/caches"
import { createAdminHeaders, createStoreHeaders, responseOf } from "../../helpers/auth"
import { beforeBoot } from "../../helpers/before-boot"
import { createHttpContext } from "../../helpers/http-context"
import { cacheRows, createStandInUpstream } from "../../helpers/stand-in-upstream"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// A stand-in upstream. The app reads pvlibBaseUrl from medusa-config.ts when the runner boots
// it, after the stand-in listens (../../helpers/before-boot.ts).
const previousPvlibUrl = process.env.SOLAR360_PVLIB_BASE_URL
let BASE = ""

const VALID_YIELD = {
  annual_ac_kwh: 7012.5,
  monthly_ac_kwh: [620, 590, 600, 560, 520, 480, 510, 560, 580, 640, 660, 692.5],
  poa_irradiance_kwh_m2: 1980,
}

const upstream = createStandInUpstream({
  defaultAnswer: (url) => (url === "/yield" ? JSON.stringify(VALID_YIELD) : undefined),
})
const { behaviour, calls, reset, releaseHeld, fetcherFor } = upstream
beforeBoot(async () => {
  BASE = await upstream.listen()
  process.env.SOLAR360_PVLIB_BASE_URL = BASE
})

const HOUR = 60 * 60 * 1000
const OPTS: CacheFetchOptions = { ttlMs: 24 * HOUR, staleIfErrorMs: 2 * HOUR, negativeTtlMs: HOUR }

afterAll(async () => {
  if (previousPvlibUrl === undefined) {
    delete process.env.SOLAR360_PVLIB_BASE_URL
  } else {
    process.env.SOLAR360_PVLIB_BASE_URL = previousPvlibUrl
  }
  await upstream.close()
})

export function cachesSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let solar360: Solar360ModuleService

  const { entry, expire } = cacheRows(() => solar360)

  beforeEach(() => {
    reset()
    solar360 = getContainer().resolve(SOLAR360_MODULE)
  })

  describe("purges", () => {
    it("runs as the daily job's workflow", async () => {
      await solar360.createPvlibCaches({
        cache_key: "old",
        request_params: {},
        status_code: 200,
        fetched_at: new Date(Date.now() - 40 * 24 * HOUR),
        expires_at: new Date(Date.now() - 30 * 24 * HOUR),
      })
      const { result } = await purgeExpiredCacheEntriesWorkflow(getContainer()).run({ input: {} })
      expect(result.deleted).toBe(1)
    })
  })

  describe("admin routes", () => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      ;({ admin } = await createHttpContext(api, getContainer(), { admin: true }))
    })

    it("GET /admin/solar360/caches reports entries, hit rate, stale serves and errors per kind", async () => {
      const tariffs = await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "SP" }, fetcherFor("/sp"), OPTS)
      await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "SP" }, fetcherFor("/sp"), OPTS)
      await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "SP" }, fetcherFor("/sp"), OPTS)
      await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "RJ" }, fetcherFor("/rj"), OPTS)
      behaviour.status = 404
      await solar360.getOrFetch("aneel_cache", "distributors", { x: 1 }, fetcherFor("/x"), OPTS)
      await expire("aneel_cache", tariffs.cache_key, HOUR)
      behaviour.status = 502
      await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "SP" }, fetcherFor("/sp"), OPTS)

      const response = await api.get("/admin/solar360/caches", admin)

      expect(response.status).toBe(200)
      const byKind = Object.fromEntries(
        response.data.caches.map((row: any) => [`${row.table}/${row.kind}`, row])
      )
      expect(Object.keys(byKind).sort()).toEqual(["aneel_cache/distributors", "aneel_cache/tariffs"])
      expect(response.data.photogrammetry).toMatchObject({ analyses: 0, reuses: 0, hit_rate: null, money_saved_usd: 0 })
      expect(byKind["aneel_cache/tariffs"]).toMatchObject({
        entries: 2,
        live: 1,
        expired: 1,
        negative: 0,
        hits: 2,
        upstream_calls: 2,
        hit_rate: 0.5,
        stale_serves: 1,
        upstream_errors: 1,
      })
      expect(byKind["aneel_cache/tariffs"].avg_fetch_duration_ms).toEqual(expect.any(Number))
      expect(byKind["aneel_cache/distributors"]).toMatchObject({
        entries: 1,
        live: 0,
        negative: 1,
        hits: 0,
        upstream_calls: 1,
        hit_rate: 0,
      })

      const pvlibOnly = await api.get("/admin/solar360/caches?cache=pvlib", admin)
      expect(pvlibOnly.data.caches).toEqual([])
    })

    it("DELETE /admin/solar360/caches/:kind empties that cache only", async () => {
      await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "SP" }, fetcherFor("/sp"), OPTS)
      await solar360.getOrFetch("aneel_cache", "distributors", { uf: "SP" }, fetcherFor("/d"), OPTS)
      await solar360.getOrFetch("pvlib_cache", "yield", { a: 1 }, fetcherFor("/y"), OPTS)

      const byKind = await api.delete("/admin/solar360/caches/aneel?entry_kind=distributors", admin)
      expect(byKind.data).toEqual({ cache: "aneel", entry_kind: "distributors", deleted: 1 })

      const response = await api.delete("/admin/solar360/caches/aneel", admin)
      expect(response.status).toBe(200)
      expect(response.data).toEqual({ cache: "aneel", entry_kind: null, deleted: 1 })
      expect(await solar360.listAneelCaches({})).toHaveLength(0)
      expect(await solar360.listPvlibCaches({})).toHaveLength(1)
    })

    it("answers 401 without an admin, 404 for an unknown cache, 400 for a bad query", async () => {
      expect((await responseOf(api.get("/admin/solar360/caches"))).status).toBe(401)
      expect((await responseOf(api.delete("/admin/solar360/caches/pvlib"))).status).toBe(401)
      const unknown = await responseOf(api.delete("/admin/solar360/caches/google", admin))
      expect(unknown.status).toBe(404)
      expect(unknown.data.code).toBe("solar360_not_found")
      expect((await responseOf(api.get("/admin/solar360/caches?cache=google", admin))).status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/caches?foo=1", admin))).status).toBe(400)
      expect((await responseOf(api.delete("/admin/solar360/caches/pvlib?foo=1", admin))).status).toBe(400)
    })

    it("POST /admin/solar360/pvlib-yield goes through the pvlib cache", async () => {
      const body = {
        latitude: -23.550519,
        longitude: -46.633309,
        tilt_degrees: 23,
        azimuth_degrees: 0,
        system_kwp: 5.5,
      }
      const first = await api.post("/admin/solar360/pvlib-yield", body, admin)
      expect(first.status).toBe(200)
      expect(first.data.yield).toMatchObject({
        source: "pvlib",
        ...VALID_YIELD,
        request: { latitude: -23.5505, longitude: -46.6333, losses_percent: 14.08 },
        cache: { hit: false, stale: false },
      })
      expect(calls).toEqual([
        `POST /yield ${JSON.stringify({
          latitude: -23.5505,
          longitude: -46.6333,
          tilt_degrees: 23,
          azimuth_degrees: 0,
          system_kwp: 5.5,
          losses_percent: 14.08,
        })}`,
      ])
      // Within 4 decimals it is the same request.
      const second = await api.post("/admin/solar360/pvlib-yield", { ...body, latitude: -23.55052 }, admin)
      expect(second.data.yield.cache).toMatchObject({ hit: true, stale: false })
      expect(calls).toHaveLength(1)
      const [row] = await solar360.listPvlibCaches({})
      expect(row).toMatchObject({ kind: "yield", source_url: `${BASE}/yield`, hit_count: 1 })
    })

    it("POST /admin/solar360/pvlib-yield answers 502 for a malformed or failed upstream, 404 for not found, 400 for bad input", async () => {
      const body = { latitude: -15.79, longitude: -47.88, tilt_degrees: 15, azimuth_degrees: 0, system_kwp: 3 }
      behaviour.body = JSON.stringify({ annual_ac_kwh: 100, monthly_ac_kwh: [1, 2] })
      const malformed = await responseOf(api.post("/admin/solar360/pvlib-yield", body, admin))
      expect(malformed.status).toBe(502)
      expect(malformed.data).toMatchObject({ code: "solar360_upstream_error" })
      // What the upstream answered is logged, never sent (not even to an admin).
      expect(malformed.data.message).not.toContain("monthly_ac_kwh")

      behaviour.body = null
      behaviour.status = 500
      const failed = await responseOf(api.post("/admin/solar360/pvlib-yield", body, admin))
      expect(failed.status).toBe(502)

      behaviour.status = 404
      const notFound = await responseOf(api.post("/admin/solar360/pvlib-yield", body, admin))
      expect(notFound.status).toBe(404)
      expect(notFound.data.code).toBe("solar360_not_found")

      const bad = await responseOf(
        api.post("/admin/solar360/pvlib-yield", { ...body, latitude: 123 }, admin)
      )
      expect(bad.status).toBe(400)
      const unknownField = await responseOf(
        api.post("/admin/solar360/pvlib-yield", { ...body, extra: 1 }, admin)
      )
      expect(unknownField.status).toBe(400)
      expect((await responseOf(api.post("/admin/solar360/pvlib-yield", body))).status).toBe(401)
    })

    it("POST /admin/solar360/pvlib-yield answers 504 past upstreamTimeoutMs, and the built-in estimate without pvlib", async () => {
      // Options are read per call; this boot's values are changed for the test only.
      const options = (solar360 as any).options
      const saved = { timeout: options.upstreamTimeoutMs, url: options.pvlibBaseUrl }
      try {
        options.upstreamTimeoutMs = 200
        behaviour.delayMs = 1000
        const body = { latitude: -3.73, longitude: -38.52, tilt_degrees: 5, azimuth_degrees: 0, system_kwp: 4 }
        const slow = await responseOf(api.post("/admin/solar360/pvlib-yield", body, admin))
        expect(slow.status).toBe(504)
        expect(slow.data).toMatchObject({ code: "solar360_upstream_timeout" })

        options.pvlibBaseUrl = undefined
        const estimate = await api.post("/admin/solar360/pvlib-yield", { ...body, state: "ce" }, admin)
        expect(estimate.data.yield).toMatchObject({
          source: "builtin_estimate",
          hsp: 5.6,
          reference_city: "Fortaleza",
          monthly_ac_kwh: null,
          cache: null,
        })
        expect(estimate.data.yield.annual_ac_kwh).toBeCloseTo(4 * 5.6 * 365 * 0.8, 1)
        const noState = await responseOf(api.post("/admin/solar360/pvlib-yield", body, admin))
        expect(noState.status).toBe(400)
        const badState = await responseOf(api.post("/admin/solar360/pvlib-yield", { ...body, state: "XX" }, admin))
        expect(badState.status).toBe(400)
        expect(badState.data.code).toBe("solar_unknown_state")
      } finally {
        options.upstreamTimeoutMs = saved.timeout
        options.pvlibBaseUrl = saved.url
      }
    })
  })

  describe("a hanging upstream", () => {
    it("holds no database connection: with 16 distinct misses hanging, a store request answers, the pool is not exhausted, and the 17th miss is refused with 503", async () => {
      const admin = await createAdminHeaders(api, getContainer())
      const store = await createStoreHeaders(getContainer())
      // The app's shared knex pool (Medusa passes no max: knex's default, 10 connections).
      const pool = (getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any).client.pool
      expect(pool.max).toBe(10)
      const limit = (solar360 as any).options.upstreamConcurrency.pvlib
      expect(limit).toBe(16)

      behaviour.hold = true
      const settled: number[] = []
      const yieldOf = (i: number) =>
        responseOf(
          api.post(
            "/admin/solar360/pvlib-yield",
            { latitude: -20 - i / 100, longitude: -45, tilt_degrees: 20, azimuth_degrees: 0, system_kwp: 4 },
            admin
          )
        ).then((response) => {
          settled.push(i)
          return response
        })
      const hanging = Array.from({ length: limit }, (_, i) => yieldOf(i))
      // Every one of them reaches the upstream (bounded wait: on the old code only as many
      // as the pool had connections got that far).
      for (let waited = 0; calls.length < limit && waited < 100; waited++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(calls).toHaveLength(limit)

      // One more distinct miss is over upstreamConcurrency.pvlib: refused at once, generic.
      const refused = await yieldOf(99)
      expect(refused.status).toBe(503)
      expect(refused.data.code).toBe("solar360_upstream_busy")
      expect(refused.headers["retry-after"]).toBe("5")
      expect(calls).toHaveLength(limit)

      const practices = await responseOf(api.get("/store/solar360/data-practices", store))
      expect(practices.status).toBe(200)
      // It answered while every upstream call was still hanging.
      expect(settled).toEqual([99])
      expect(pool.numPendingAcquires()).toBe(0)
      expect(pool.numUsed()).toBeLessThan(pool.max)

      releaseHeld()
      const answers = await Promise.all(hanging)
      expect(answers.map((response) => response.status)).toEqual(Array(limit).fill(200))
      expect(await solar360.listPvlibCaches({ status: "ready" } as any)).toHaveLength(limit)
    })
  })

  describe("viability analyses", () => {
    it("take irradiance from pvlib when coordinates are known, and fall back to the state's HSP when it fails", async () => {
      const store = await createStoreHeaders(getContainer())
      const body = { monthly_consumption_kwh: 400, tariff_kwh_brl: 0.95, state: "SP", latitude: -22.9056, longitude: -47.0608 }
      // pvlib's yield of 1 kWp here: 1,400 kWh a year = 1400 / (365 x 0.8) = 4.7945 peak sun hours.
      behaviour.body = JSON.stringify({ annual_ac_kwh: 1400, monthly_ac_kwh: Array(12).fill(1400 / 12) })
      const withPvlib = await api.post("/store/solar360/solar-viability-analyses", body, store)
      expect(withPvlib.status).toBe(201)
      const assumptions = withPvlib.data.solar_viability_analysis.assumptions
      expect(assumptions.data_sources.irradiance).toMatchObject({ source: "pvlib", equivalent_hsp: 4.7945, tilt_degrees: 22.9 })
      expect(assumptions.derived.hsp.hsp).toBe(4.7945)
      expect(calls.filter((call) => call.startsWith("POST /yield"))).toHaveLength(1)

      behaviour.status = 500
      behaviour.body = "{}"
      const fallback = await api.post("/store/solar360/solar-viability-analyses", { ...body, latitude: -23.1 }, store)
      expect(fallback.status).toBe(201)
      expect(fallback.data.solar_viability_analysis.assumptions.data_sources.irradiance).toMatchObject({
        source: "builtin_estimate",
      })
      expect(fallback.data.solar_viability_analysis.assumptions.derived.hsp.hsp).toBe(4.6)
    })
  })
}
