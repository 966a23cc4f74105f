// The HTTP layer with the options that restrict the app, in one boot of their own (see
// app.spec.ts for why suites share a boot): per-client rate limits of two calls an hour
// (SOLAR360_RATE_LIMITS), a Google Solar spend cap of two calls a day
// (SOLAR360_GOOGLE_SOLAR_DAILY_SPEND_CAP_USD) and Helio content capture off
// (SOLAR360_HELIO_CAPTURE_CONTENT=false). Each suite sets its variables when it is imported,
// before the runner loads medusa-config.ts (a stand-in's URL once it listens: run-suites.ts). None of them changes what the other suites test:
// the spend-cap suite sends each lookup from its own address, the rate-limit suite's lookups
// are refused by validation before Google, and content capture only concerns Helio logs.
import { runHttpSuites } from "./run-suites"
import { helioContentOffSuite } from "./suites/helio-content-off"
import { photogrammetryBudgetSuite } from "./suites/photogrammetry-budget"
import { rateLimitsSuite } from "./suites/rate-limits"

runHttpSuites({
  "rate-limits": rateLimitsSuite,
  "photogrammetry-budget": photogrammetryBudgetSuite,
  "helio-content-off": helioContentOffSuite,
})
