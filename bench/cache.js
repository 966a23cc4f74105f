#!/usr/bin/env node
// `npm run bench:cache`: the photogrammetry cache lookup at scale. Runs
// bench/cache-measure.ts in a database of its own (bench/lib/run-measure.js): 1,000,000 rows
// (BENCH_ROWS), EXPLAIN ANALYZE of each lookup level and p95 over BENCH_LOOKUPS random lookups
// per level. Asserts nothing but that no level falls back to a sequential scan.
const { runMeasure } = require("./lib/run-measure")

runMeasure({ database: "solar360_bench_cache", script: "./bench/cache-measure.ts" }).catch((error) => {
  console.error(error)
  process.exit(1)
})
