#!/usr/bin/env node
// `npm run bench:ingest`: starts its own PostgreSQL (or uses DATABASE_URL), migrates, starts
// the app with the plugin, creates a publishable key, then runs bench/ingest-measure.ts.
// Prints figures; asserts nothing. BENCH_EVENTS sets the number of events (default 50000), BENCH_CLUSTER=2 runs the server as a 2-process cluster.
const path = require("path")
const { execFileSync } = require("child_process")
const { provideDatabase } = require("../scripts/lib/database")
const { startMedusaServer } = require("../scripts/lib/medusa-server")

const root = path.join(__dirname, "..")

async function main() {
  const database = await provideDatabase({ database: "solar360_bench_ingest" })
  let server
  try {
    // `medusa start` (what production runs) unless BENCH_SERVER=develop: the dev server adds
    // a file watcher and type generation to every start.
    // BENCH_CLUSTER=2 runs `medusa start --cluster 2` (one server process per core).
    const command = process.env.BENCH_SERVER === "develop" ? "develop" : "start"
    server = await startMedusaServer({
      databaseUrl: database.env.DATABASE_URL,
      name: "solar360_bench_ingest",
      command,
      args: command === "start" && process.env.BENCH_CLUSTER ? ["--cluster", process.env.BENCH_CLUSTER] : [],
    })
    execFileSync(path.join(root, "node_modules", ".bin", "medusa"), ["exec", "./bench/ingest-measure.ts"], {
      cwd: root,
      env: {
        ...process.env,
        ...database.env,
        DATABASE_URL: server.databaseUrl,
        NODE_ENV: "development",
        LOG_LEVEL: "error",
        MEDUSA_ADMIN_DISABLED: "true",
        MEDUSA_DISABLE_TELEMETRY: "true",
        BENCH_BASE_URL: server.baseUrl,
        BENCH_PUBLISHABLE_KEY: server.publishableKey,
        BENCH_SERVER_PGID: String(server.pid),
      },
      stdio: ["ignore", "inherit", "inherit"],
    })
  } finally {
    if (server) await server.close()
    await database.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
