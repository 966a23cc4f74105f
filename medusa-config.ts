// Configuration for developing and testing the plugin in this repository only (excluded
// from the build). A store installs the plugin through `plugins` in its own config instead.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { redisModules, workerModeFromEnv } from "./examples/cluster/redis-modules"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `npm run test:cluster` sets this: the instances then run the production example's Redis
// modules and worker mode (examples/cluster), so the test runs what the example documents.
const clusterRedisUrl = process.env.SOLAR360_CLUSTER_REDIS_URL || undefined

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    ...(clusterRedisUrl ? { redisUrl: clusterRedisUrl, workerMode: workerModeFromEnv() } : {}),
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
  },
  modules: [
    ...(clusterRedisUrl ? redisModules(clusterRedisUrl) : []),
    {
      resolve: "./src/modules/solar360",
      options: {
        pvlibBaseUrl: process.env.SOLAR360_PVLIB_BASE_URL,
        aneelBaseUrl: process.env.SOLAR360_ANEEL_BASE_URL,
        // As behind a CDN that sets the visitor's location (tests send these headers).
        geoHeaders: {
          country: "cf-ipcountry",
          region: "x-geo-region",
          city: "x-geo-city",
        },
        // Tests point these at a local server answering a recorded Google Solar payload;
        // undefined when unset (an empty string would not fall back to the default URL).
        googleSolarBaseUrl: process.env.SOLAR360_GOOGLE_SOLAR_BASE_URL || undefined,
        googleSolarApiKey: process.env.SOLAR360_GOOGLE_SOLAR_API_KEY || undefined,
        // The storefront page of the double opt-in link (lead consent confirmation events carry it).
        leadConsentConfirmationUrl: "https://loja.example.com/confirmar-consentimento",
        // No cap here (tests make many calls to a local stand-in) unless a test sets one.
        googleSolarDailySpendCapUsd: process.env.SOLAR360_GOOGLE_SOLAR_DAILY_SPEND_CAP_USD
          ? Number(process.env.SOLAR360_GOOGLE_SOLAR_DAILY_SPEND_CAP_USD)
          : null,
        // The test suite makes hundreds of calls from one address: limits far above the
        // defaults, unless a test sets SOLAR360_RATE_LIMITS (the rateLimits option as JSON).
        rateLimits: process.env.SOLAR360_RATE_LIMITS
          ? JSON.parse(process.env.SOLAR360_RATE_LIMITS)
          : {
              routes: Object.fromEntries(
                ["photogrammetryLookup", "tariffs", "distributors", "financingSimulations", "solarViabilityAnalyses", "leads"].map(
                  (route) => [route, { points: 100_000, durationSeconds: 60 }]
                )
              ),
            },
        // The test runner sets "*": a job firing mid-test would change rows a test asserts on.
        disabledJobs: (process.env.SOLAR360_DISABLED_JOBS || "").split(",").filter(Boolean),
        // A test sets a small chunk so a run spans several transactions.
        retention: {
          chunkSize: process.env.SOLAR360_RETENTION_CHUNK_SIZE
            ? Number(process.env.SOLAR360_RETENTION_CHUNK_SIZE)
            : undefined,
        },
        // An operator's address for the weekly digest, e-mailed through the local provider below
        // (it logs instead of sending), so `npm run dev` and the tests exercise the e-mail path.
        dataHealth: { digestRecipients: ["operador@solar360.test"] },
        helio: {
          // SOLAR360_HELIO_CAPTURE_CONTENT=false runs the "metrics only" mode (a test does).
          captureContent: process.env.SOLAR360_HELIO_CAPTURE_CONTENT !== "false",
          // Example prices (USD per million tokens) so costs are computed in development.
          prices: {
            "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6, cachedInputPerMillion: 0.075, version: "example-2026-11" },
            "gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10, cachedInputPerMillion: 1.25, version: "example-2026-11" },
          },
        },
      },
    },
    {
      // Medusa's default feed provider, also for e-mail: the local provider logs a notification
      // instead of sending it (a store configures SendGrid or another provider for `email`).
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed", "email"] } },
        ],
      },
    },
    {
      // Medusa's Analytics Module with the plugin's provider: analytics.track() from any
      // workflow is stored as an event row.
      resolve: "@medusajs/medusa/analytics",
      // The provider writes through the solar360 module's service, which the Analytics
      // Module's container holds only when listed here.
      dependencies: ["solar360"],
      options: {
        providers: [{ resolve: "./src/providers/analytics", id: "solar360" }],
      },
    },
  ],
})
