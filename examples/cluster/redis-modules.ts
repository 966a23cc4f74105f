// Medusa 2.21's Redis-backed modules for a store that runs several instances (one or more
// `server` instances for HTTP and one or more `worker` instances for subscribers and scheduled
// jobs) on one PostgreSQL. Every resolve path below is one of `@medusajs/medusa`'s own module
// entries (node_modules/@medusajs/medusa/dist/modules/*), checked against 2.21.2.
// The repository's medusa-config.ts uses these functions too, so `npm run test:cluster` runs
// exactly this configuration.

export type WorkerMode = "shared" | "worker" | "server"

/**
 * The instance's role from MEDUSA_WORKER_MODE: `server` answers HTTP only (Medusa loads no
 * scheduled jobs and the Redis event bus starts no queue worker there), `worker` runs
 * subscribers and scheduled jobs and serves no routes, `shared` (the default) does both.
 */
export function workerModeFromEnv(value: string | undefined = process.env.MEDUSA_WORKER_MODE): WorkerMode {
  if (value === undefined || value === "") {
    return "shared"
  }
  if (value === "shared" || value === "worker" || value === "server") {
    return value
  }
  // A typo would otherwise make every instance a web server that never runs a job.
  throw new Error(`MEDUSA_WORKER_MODE must be "server", "worker" or "shared", not "${value}"`)
}

/**
 * The `modules` entries that move Medusa's shared machinery to Redis.
 * - Event bus: events emitted on any instance (order.placed, the plugin's own) go to one
 *   BullMQ queue and each is handled once, by one worker, instead of in the emitting process.
 * - Workflow engine: workflow state lives in Redis (a long workflow survives its instance),
 *   and scheduled jobs become BullMQ repeatable jobs keyed by the job's name, so a tick runs on
 *   one worker however many there are.
 * - Caching (Medusa's caching module with its Redis provider): shared by every instance; core
 *   Medusa uses it only with the MEDUSA_FF_CACHING feature flag on. The plugin's own caches
 *   (ANEEL, pvlib, Google Solar) live in PostgreSQL and do not need it.
 * - Locking with the Redis provider: `locking.execute` calls (Medusa's cart completion and
 *   others) hold across instances instead of within one process.
 */
export function redisModules(redisUrl: string) {
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      // This module takes its URL under `redis` (`redis.url` is the deprecated spelling).
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
      },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
  ]
}
