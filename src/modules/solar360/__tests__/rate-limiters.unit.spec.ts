import { parseSolar360Options } from "../options"
import { RateLimiters } from "../rate-limiters"

describe("RateLimiters", () => {
  it("counts per route and per client in memory, and says how long to wait", async () => {
    const { rateLimits } = parseSolar360Options({ rateLimits: { routes: { leads: { points: 2, durationSeconds: 600 } } } })
    const limiters = new RateLimiters(rateLimits)
    expect(await limiters.consume("leads", "ip:a")).toEqual({ allowed: true, remaining: 1 })
    expect(await limiters.consume("leads", "ip:a")).toEqual({ allowed: true, remaining: 0 })
    const refused = await limiters.consume("leads", "ip:a")
    expect(refused).toMatchObject({ allowed: false, limit: 2 })
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(590)
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(600)
    expect(await limiters.consume("leads", "customer:cus_1")).toMatchObject({ allowed: true })
    expect(await limiters.consume("tariffs", "ip:a")).toMatchObject({ allowed: true })
  })

  it("loads the Redis client only when chosen, with the configured URL and no offline queue; a store failure rejects", async () => {
    const { rateLimits } = parseSolar360Options({ rateLimits: { store: "redis", redisUrl: "redis://cache.internal:6379" } })
    const created: Array<{ url: string; options: Record<string, unknown> }> = []
    class FakeRedis {
      status = "connecting"
      constructor(url: string, options: Record<string, unknown>) {
        created.push({ url, options })
      }
    }
    const limiters = new RateLimiters(rateLimits, { loadRedis: () => FakeRedis })
    // Not connected: the library refuses at once (the middleware then lets the call through).
    await expect(limiters.consume("leads", "ip:a")).rejects.toThrow(/Redis connection is not ready/)
    await expect(limiters.consume("tariffs", "ip:a")).rejects.toThrow(/not ready/)
    expect(created).toEqual([{ url: "redis://cache.internal:6379", options: { enableOfflineQueue: false } }])

    const memory = new RateLimiters(parseSolar360Options({}).rateLimits, {
      loadRedis: () => {
        throw new Error("must not load ioredis")
      },
    })
    await expect(memory.consume("leads", "ip:a")).resolves.toMatchObject({ allowed: true })
  })
})
