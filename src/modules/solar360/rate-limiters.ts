import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible"
import { MedusaError } from "@medusajs/framework/utils"
import type { RateLimitedRoute, RateLimitRule, Solar360Options } from "./options"

/**
 * Per-client limits of the routes that cost money or storage per call, on
 * `rate-limiter-flexible`. The counters live in memory (one instance), in the plugin's
 * PostgreSQL database or in Redis (several instances share them).
 */

/** The table the PostgreSQL store keeps its counters in (created by the library on first use). */
export const RATE_LIMIT_TABLE = "solar360_rate_limit"

export type RateLimitDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number; limit: number }

type RateLimitStoreConfig = Solar360Options["rateLimits"]

/** A knex instance (the module's connection): the PostgreSQL store acquires connections from it. */
export type KnexLike = { client: { acquireConnection(): Promise<unknown>; releaseConnection(conn: unknown): unknown } }

export type RateLimiterDeps = {
  /** The plugin database's knex; needed by the PostgreSQL store only. */
  knex?: () => KnexLike
  /** Loads `ioredis`; swapped in tests. Needed by the Redis store only. */
  loadRedis?: () => new (url: string, options: Record<string, unknown>) => unknown
}

/**
 * Builds one route's limiter. The PostgreSQL one resolves once its table exists (the library
 * creates it with CREATE TABLE IF NOT EXISTS; concurrent creators are tolerated).
 */
export async function createRateLimiter(
  store: RateLimitStoreConfig,
  route: RateLimitedRoute,
  rule: RateLimitRule,
  deps: RateLimiterDeps & { redisClient?: unknown } = {}
): Promise<RateLimiterAbstract> {
  const base = { keyPrefix: `solar360_${route}`, points: rule.points, duration: rule.durationSeconds }
  if (store.store === "postgres") {
    if (!deps.knex) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "the PostgreSQL rate-limit store needs the plugin's database connection"
      )
    }
    const knex = deps.knex()
    return new Promise((resolve, reject) => {
      const limiter: RateLimiterPostgres = new RateLimiterPostgres(
        { ...base, storeClient: knex, storeType: "knex", tableName: RATE_LIMIT_TABLE },
        (error?: unknown) => (error ? reject(error) : resolve(limiter))
      )
    })
  }
  if (store.store === "redis") {
    return new RateLimiterRedis({ ...base, storeClient: deps.redisClient, rejectIfRedisNotReady: true })
  }
  return new RateLimiterMemory(base)
}

/** The limiters of one plugin instance, built on first use of each route. */
export class RateLimiters {
  private readonly limiters = new Map<RateLimitedRoute, Promise<RateLimiterAbstract>>()
  private redisClient: unknown

  constructor(
    private readonly config: RateLimitStoreConfig,
    private readonly deps: RateLimiterDeps = {}
  ) {}

  get enabled(): boolean {
    return this.config.enabled
  }

  /**
   * Counts one call of `route` by `clientKey` (a customer id or an IP hash, never a raw IP).
   * A failing store (database or Redis down) rejects: the caller decides (the middleware
   * lets the call through and logs, so an outage of the counters is not an outage of the store).
   */
  async consume(route: RateLimitedRoute, clientKey: string): Promise<RateLimitDecision> {
    const rule = this.config.routes[route]
    const limiter = await this.limiter(route, rule)
    try {
      const res = await limiter.consume(clientKey, 1)
      return { allowed: true, remaining: res.remainingPoints }
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        return {
          allowed: false,
          limit: rule.points,
          retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
        }
      }
      throw error
    }
  }

  private limiter(route: RateLimitedRoute, rule: RateLimitRule): Promise<RateLimiterAbstract> {
    let limiter = this.limiters.get(route)
    if (!limiter) {
      limiter = createRateLimiter(this.config, route, rule, { ...this.deps, redisClient: this.redis() })
      // A failed creation (database down) is retried on the next call, not remembered.
      limiter.catch(() => this.limiters.delete(route))
      this.limiters.set(route, limiter)
    }
    return limiter
  }

  private redis(): unknown {
    if (this.config.store !== "redis") {
      return undefined
    }
    if (!this.redisClient) {
      // Loaded only when configured: stores without Redis need no ioredis (checked at boot).
      const Redis = this.deps.loadRedis?.() ?? loadIoredis()
      // No offline queue: with Redis down a call fails at once (and is let through) instead of waiting.
      this.redisClient = new Redis(this.config.redisUrl!, { enableOfflineQueue: false })
    }
    return this.redisClient
  }
}

function loadIoredis(): new (url: string, options: Record<string, unknown>) => unknown {
  const loaded = require("ioredis")
  return loaded.default ?? loaded
}
