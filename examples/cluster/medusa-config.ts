// A store's medusa-config.ts for several instances on Redis (docs/several-instances.md,
// "Production configuration with Redis"). Every instance runs this same file; the environment
// says which role it has:
//   web instances:    MEDUSA_WORKER_MODE=server  npx medusa start   (behind the load balancer)
//   worker instances: MEDUSA_WORKER_MODE=worker  npx medusa start   (subscribers, scheduled jobs)
// with the same DATABASE_URL and REDIS_URL everywhere. Copy redis-modules.ts beside it.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { redisModules, workerModeFromEnv } from "./redis-modules"

loadEnv(process.env.NODE_ENV || "production", process.cwd())

const redisUrl = process.env.REDIS_URL || "redis://localhost:6379"
const workerMode = workerModeFromEnv()

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET!,
      cookieSecret: process.env.COOKIE_SECRET!,
    },
  },
  admin: {
    // Only web instances serve the dashboard.
    disable: workerMode === "worker" || process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  plugins: [
    {
      resolve: "medusa-plugin-solar360",
      options: {
        // Every instance counts against the same per-client limits (with the default
        // "memory", a client behind a load balancer gets the limit once per instance).
        rateLimits: { store: "redis", redisUrl },
        // Nothing to set for scheduled jobs: in Medusa 2.21 a `server` instance loads no job,
        // and the Redis workflow engine runs each tick on one worker. `disabledJobs` stays for
        // a store that wants a job off everywhere.
      },
    },
  ],
  modules: [
    ...redisModules(redisUrl),
    {
      // The plugin's analytics provider (docs/analytics.md), as in a single-instance store.
      resolve: "@medusajs/medusa/analytics",
      dependencies: ["solar360"],
      options: {
        providers: [{ resolve: "medusa-plugin-solar360/providers/analytics", id: "solar360" }],
      },
    },
  ],
})
