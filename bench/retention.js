#!/usr/bin/env node
// `npm run bench:retention`: the data retention at scale. Starts a throwaway embedded
// PostgreSQL (or uses DATABASE_URL/DB_HOST, in a database of its own), migrates it, then runs
// bench/retention-measure.ts through `medusa exec`: BENCH_ROWS old + BENCH_ROWS recent events
// (default 200,000 each), a quarter as many catalog logs, closed leads with history, then the
// retention with the default chunk (BENCH_CHUNK to change it). Prints rows/second and the
// longest single chunk transaction; asserts only that exactly the old rows went.
const path = require("path")
const { execFileSync } = require("child_process")
const { provideDatabase } = require("../scripts/lib/database")

const root = path.join(__dirname, "..")
const bin = (name) => path.join(root, "node_modules", ".bin", name)

async function main() {
  const database = await provideDatabase({ database: `solar360_bench_retention_${Date.now()}` })
  const env = {
    ...process.env,
    ...database.env,
    NODE_ENV: "development",
    LOG_LEVEL: "error",
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // The daily job must not fire on the wall clock mid-measure.
    SOLAR360_DISABLED_JOBS: "*",
    ...(process.env.BENCH_CHUNK ? { SOLAR360_RETENTION_CHUNK_SIZE: process.env.BENCH_CHUNK } : {}),
  }
  let code = 0
  try {
    execFileSync(bin("medusa"), ["db:migrate"], { cwd: root, env, stdio: "ignore" })
    execFileSync(bin("medusa"), ["exec", "./bench/retention-measure.ts"], {
      cwd: root,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    })
  } catch (error) {
    console.error(error.message)
    code = 1
  } finally {
    await database.stop()
  }
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
