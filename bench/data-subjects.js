#!/usr/bin/env node
// `npm run bench:subjects`: LGPD data-subject requests at scale. Runs
// bench/data-subjects-measure.ts in a database of its own (bench/lib/run-measure.js):
// BENCH_ROWS events (default 1,000,000) and a tenth as many catalog logs from 50,000
// visitors, one person with thousands of rows; prints the plan of every matching query
// (flagging sequential scans) and the time of summary, export and erasure.
const { runMeasure } = require("./lib/run-measure")

runMeasure({ database: "solar360_bench_subjects", script: "./bench/data-subjects-measure.ts" }).catch((error) => {
  console.error(error)
  process.exit(1)
})
