#!/usr/bin/env node
// `npm run bench:retention`: the data retention at scale. Runs bench/retention-measure.ts in
// a database of its own (bench/lib/run-measure.js): BENCH_ROWS old + BENCH_ROWS recent events
// (default 200,000 each), a quarter as many catalog logs, closed leads with history, then the
// retention with the default chunk (BENCH_CHUNK to change it). Prints rows/second and the
// longest single chunk transaction; asserts only that exactly the old rows went.
const { runMeasure } = require("./lib/run-measure")

runMeasure({
  database: "solar360_bench_retention",
  script: "./bench/retention-measure.ts",
  env: process.env.BENCH_CHUNK ? { SOLAR360_RETENTION_CHUNK_SIZE: process.env.BENCH_CHUNK } : {},
}).catch((error) => {
  console.error(error)
  process.exit(1)
})
