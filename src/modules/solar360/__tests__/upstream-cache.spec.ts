import { MedusaError } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { cacheKey } from "../../../lib/cache"
import { cacheRows, createStandInUpstream } from "../../../../integration-tests/helpers/stand-in-upstream"
import type { CacheFetchOptions } from "../types/caches"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(60_000)

// The upstream cache (getOrFetch: single flight in one process and across instances through
// a lease row, stale-if-error, negative caching, timeouts; the purge) at the module layer,
// against the real database and a local stand-in upstream. These tests called the service
// directly from the HTTP layer (integration-tests/http/suites/caches.ts), where each also paid
// for a copy of the whole Medusa database; the cache routes' contract stays there.

const upstream = createStandInUpstream()
const { behaviour, calls, reset, fetcherFor } = upstream

// Any free port: nothing but this file's fetchers calls the stand-in.
beforeAll(() => upstream.listen())
afterAll(() => upstream.close())

const HOUR = 60 * 60 * 1000
const OPTS: CacheFetchOptions = { ttlMs: 24 * HOUR, staleIfErrorMs: 2 * HOUR, negativeTtlMs: HOUR }

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service: solar360 }) => {
    const { entry, expire } = cacheRows(() => solar360)

    beforeEach(() => {
      reset()
    })

    describe("getOrFetch", () => {
      it("makes one upstream call for 100 concurrent misses of a key; another key is independent", async () => {
        behaviour.delayMs = 150
        const results = await Promise.all(
          Array.from({ length: 100 }, () =>
            solar360.getOrFetch("aneel_cache", "tariffs", { uf: "SP", year: 2026 }, fetcherFor("/tariffs/sp"), OPTS)
          )
        )
        expect(calls).toHaveLength(1)
        for (const result of results) {
          expect(result).toMatchObject({ found: true, stale: false, value: { path: "/tariffs/sp", n: 1 } })
          expect(result.cache_key).toBe(results[0].cache_key)
        }
        expect(results.filter((r) => !r.hit).length).toBeGreaterThanOrEqual(1)

        const other = await solar360.getOrFetch(
          "aneel_cache",
          "tariffs",
          { year: 2026, uf: "RJ" },
          fetcherFor("/tariffs/rj"),
          OPTS
        )
        expect(other).toMatchObject({ found: true, hit: false, value: { path: "/tariffs/rj" } })
        expect(other.cache_key).not.toBe(results[0].cache_key)
        expect(calls).toHaveLength(2)

        const row = await entry("aneel_cache", results[0].cache_key)
        expect(row).toMatchObject({
          kind: "tariffs",
          status_code: 200,
          is_negative: false,
          fetch_count: 1,
          request_params: { uf: "SP", year: 2026 },
          source_url: `${upstream.baseUrl}/tariffs/sp`,
        })
        expect(row.id).toMatch(/^anc_[0-9A-Z]{26}$/)
        expect(row.fetch_duration_ms).toBeGreaterThanOrEqual(100)
      })

      it("fills one key once across instances: the first claims the lease, the other waits for its answer", async () => {
        behaviour.delayMs = 150
        // Two fills bypassing the in-process map: what two server instances would do.
        const fill = (solar360 as any).fillCacheEntry_.bind(solar360)
        const key = cacheKey("yield", { a: 1 })
        const [first, second] = await Promise.all([
          fill("pvlib_cache", "yield", key, { a: 1 }, fetcherFor("/yield-x"), OPTS),
          fill("pvlib_cache", "yield", key, { a: 1 }, fetcherFor("/yield-x"), OPTS),
        ])
        expect(calls).toHaveLength(1)
        expect([first.hit, second.hit].sort()).toEqual([false, true])
        expect(first.value).toEqual(second.value)
        expect(await entry("pvlib_cache", key)).toMatchObject({
          id: expect.stringMatching(/^pvc_/),
          status: "ready",
          lease_owner: null,
          lease_expires_at: null,
          fetch_count: 1,
        })
      })

      it("takes over a lease whose holder died, and serves nothing from a placeholder", async () => {
        const key = cacheKey("yield", { crashed: 1 })
        // What a crashed instance leaves: a pending placeholder whose lease has lapsed.
        await solar360.createPvlibCaches({
          cache_key: key,
          kind: "yield",
          request_params: { crashed: 1 },
          status_code: 0,
          fetched_at: new Date(),
          expires_at: new Date(),
          fetch_count: 0,
          status: "pending",
          lease_owner: "dead-instance",
          lease_expires_at: new Date(Date.now() - 1000),
        } as any)
        const result = await solar360.getOrFetch("pvlib_cache", "yield", { crashed: 1 }, fetcherFor("/crashed"), OPTS)
        expect(result).toMatchObject({ hit: false, found: true, value: { path: "/crashed" } })
        expect(calls).toHaveLength(1)
        expect(await entry("pvlib_cache", key)).toMatchObject({ status: "ready", lease_owner: null, fetch_count: 1 })
        // Placeholders are not cache entries in the admin's figures.
        expect(await solar360.getCacheStats()).toEqual([
          expect.objectContaining({ table: "pvlib_cache", kind: "yield", entries: 1 }),
        ])
      })

      it("answers a fresh entry from the cache and counts the hit", async () => {
        const request = { uf: "MG" }
        const first = await solar360.getOrFetch("aneel_cache", "tariffs", request, fetcherFor("/mg"), OPTS)
        const second = await solar360.getOrFetch("aneel_cache", "tariffs", { ...request }, fetcherFor("/mg"), OPTS)
        const third = await solar360.getOrFetch("aneel_cache", "tariffs", request, fetcherFor("/mg"), OPTS)
        expect(first.hit).toBe(false)
        expect(second).toMatchObject({ hit: true, stale: false, found: true, value: first.value })
        expect(third.hit).toBe(true)
        expect(calls).toHaveLength(1)
        expect(first.expires_at.getTime() - first.fetched_at.getTime()).toBe(OPTS.ttlMs)
        const row = await entry("aneel_cache", first.cache_key)
        expect(row.hit_count).toBe(2)
        expect(row.last_hit_at).toBeTruthy()
      })

      it("refreshes an expired entry (fetch_count + 1)", async () => {
        const first = await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "BA" }, fetcherFor("/ba"), OPTS)
        await expire("aneel_cache", first.cache_key, 1000)
        const second = await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "BA" }, fetcherFor("/ba"), OPTS)
        expect(second).toMatchObject({ hit: false, stale: false, value: { n: 2 } })
        const row = await entry("aneel_cache", first.cache_key)
        expect(row.fetch_count).toBe(2)
        expect(row.id).toBe((await entry("aneel_cache", first.cache_key)).id)
      })

      it("serves an expired entry while the upstream fails within stale-if-error", async () => {
        const first = await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "PR" }, fetcherFor("/pr"), OPTS)
        await expire("aneel_cache", first.cache_key, HOUR)
        behaviour.status = 503
        const stale = await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "PR" }, fetcherFor("/pr"), OPTS)
        expect(stale).toMatchObject({ hit: false, stale: true, found: true, value: first.value })
        const row = await entry("aneel_cache", first.cache_key)
        expect(row).toMatchObject({ stale_served_count: 1, upstream_error_count: 1, fetch_count: 1 })
        expect(row.last_error).toContain("upstream_error")
        expect(row.last_error_at).toBeTruthy()
      })

      it("throws solar360_upstream_error beyond the stale window and still records the failure", async () => {
        const first = await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "RS" }, fetcherFor("/rs"), OPTS)
        await expire("aneel_cache", first.cache_key, 3 * HOUR)
        behaviour.status = 500
        const error = await solar360
          .getOrFetch("aneel_cache", "tariffs", { uf: "RS" }, fetcherFor("/rs"), OPTS)
          .catch((e) => e)
        expect(MedusaError.isMedusaError(error)).toBe(true)
        expect(error.code).toBe("solar360_upstream_error")
        const row = await entry("aneel_cache", first.cache_key)
        expect(row).toMatchObject({ stale_served_count: 0, upstream_error_count: 1 })

        // No entry at all: nothing to serve either.
        const missing = await solar360
          .getOrFetch("aneel_cache", "tariffs", { uf: "SC" }, fetcherFor("/sc"), OPTS)
          .catch((e) => e)
        expect(missing.code).toBe("solar360_upstream_error")
        expect(await entry("aneel_cache", cacheKey("tariffs", { uf: "SC" }))).toBeUndefined()
      })

      it("throws solar360_upstream_timeout when the upstream is slower than the deadline", async () => {
        // The stand-in would answer after 1 s: only the 100 ms deadline can produce this code.
        behaviour.delayMs = 1000
        const error = await solar360
          .getOrFetch("pvlib_cache", "yield", { slow: true }, fetcherFor("/slow", 5000), {
            ...OPTS,
            timeoutMs: 100,
          })
          .catch((e) => e)
        expect(error.code).toBe("solar360_upstream_timeout")
        expect(await solar360.listPvlibCaches({})).toHaveLength(0)
      })

      it("caches a 404 as not found for the negative TTL", async () => {
        behaviour.status = 404
        const first = await solar360.getOrFetch("aneel_cache", "distributors", { cnpj: "0" }, fetcherFor("/none"), OPTS)
        expect(first).toMatchObject({ found: false, value: null, hit: false })
        expect(first.expires_at.getTime() - first.fetched_at.getTime()).toBe(OPTS.negativeTtlMs)
        const second = await solar360.getOrFetch("aneel_cache", "distributors", { cnpj: "0" }, fetcherFor("/none"), OPTS)
        expect(second).toMatchObject({ found: false, value: null, hit: true })
        expect(calls).toHaveLength(1)
        expect(await entry("aneel_cache", first.cache_key)).toMatchObject({
          is_negative: true,
          status_code: 404,
          response: null,
        })

        await expire("aneel_cache", first.cache_key, 1000)
        behaviour.status = 200
        const third = await solar360.getOrFetch("aneel_cache", "distributors", { cnpj: "0" }, fetcherFor("/none"), OPTS)
        expect(third).toMatchObject({ found: true, hit: false })
        expect(calls).toHaveLength(2)
        expect(await entry("aneel_cache", first.cache_key)).toMatchObject({
          is_negative: false,
          status_code: 200,
          fetch_count: 2,
        })
      })
    })

    describe("purges", () => {
      it("deletes only entries expired longer than the grace period, in both tables", async () => {
        const now = new Date()
        const day = 24 * HOUR
        const rows = (prefix: string) =>
          [
            ["gone", now.getTime() - 15 * day],
            ["grace", now.getTime() - 13 * day],
            ["live", now.getTime() + day],
          ].map(([name, expires]) => ({
            cache_key: `${prefix}-${name}`,
            request_params: {},
            status_code: 200,
            fetched_at: new Date(Number(expires) - day),
            expires_at: new Date(Number(expires)),
          }))
        await solar360.createAneelCaches(rows("a"))
        await solar360.createPvlibCaches(rows("p"))

        const result = await solar360.purgeExpiredCacheEntries(now)

        expect(result).toEqual({ deleted: 2, by_table: { aneel_cache: 1, pvlib_cache: 1 } })
        const left = (await solar360.listAneelCaches({})).map((r: any) => r.cache_key).sort()
        expect(left).toEqual(["a-grace", "a-live"])
        expect(await solar360.listPvlibCaches({})).toHaveLength(2)
      })
    })
  },
})
