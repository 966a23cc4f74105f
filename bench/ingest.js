#!/usr/bin/env node
// `npm run bench:ingest`: starts its own PostgreSQL (or uses DATABASE_URL), migrates, starts
// the app with the plugin, creates a publishable key, then runs bench/ingest-measure.ts.
// Prints figures; asserts nothing. BENCH_EVENTS sets the number of events (default 50000), BENCH_CLUSTER=2 runs the server as a 2-process cluster.
const path = require("path")
const { spawn, execFileSync } = require("child_process")
const { provideDatabase } = require("../scripts/lib/database")

const root = path.join(__dirname, "..")
const bin = (name) => path.join(root, "node_modules", ".bin", name)
const ADMIN = { email: "bench@solar360.test", password: "bench-password" }

async function waitForHealth(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error("the server did not start")
}

async function main() {
  const database = await provideDatabase({ database: `solar360_bench_${Date.now()}` })
  const port = 9400 + Math.floor(Math.random() * 400)
  const baseUrl = `http://localhost:${port}`
  const env = {
    ...process.env,
    ...database.env,
    NODE_ENV: "development",
    LOG_LEVEL: "error",
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(port),
  }
  let server
  try {
    execFileSync(bin("medusa"), ["db:migrate"], { cwd: root, env, stdio: "ignore" })
    execFileSync(bin("medusa"), ["user", "-e", ADMIN.email, "-p", ADMIN.password], {
      cwd: root,
      env,
      stdio: "ignore",
    })
    // `medusa start` (what production runs) unless BENCH_SERVER=develop: the dev server adds
    // a file watcher and type generation to every start.
    // BENCH_CLUSTER=2 runs `medusa start --cluster 2` (one server process per core).
    const command = process.env.BENCH_SERVER === "develop" ? "develop" : "start"
    const clusterArgs =
      command === "start" && process.env.BENCH_CLUSTER ? ["--cluster", process.env.BENCH_CLUSTER] : []
    server = spawn(bin("medusa"), [command, ...clusterArgs], {
      cwd: root,
      env: command === "start" ? { ...env, NODE_ENV: "production" } : env,
      stdio: "ignore",
      detached: true,
    })
    await waitForHealth(baseUrl)

    const { token } = await (
      await fetch(`${baseUrl}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(ADMIN),
      })
    ).json()
    const { api_key } = await (
      await fetch(`${baseUrl}/admin/api-keys`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ title: "bench", type: "publishable" }),
      })
    ).json()

    execFileSync(bin("medusa"), ["exec", "./bench/ingest-measure.ts"], {
      cwd: root,
      env: {
        ...env,
        BENCH_BASE_URL: baseUrl,
        BENCH_PUBLISHABLE_KEY: api_key.token,
        BENCH_SERVER_PGID: String(server.pid),
      },
      stdio: ["ignore", "inherit", "inherit"],
    })
  } finally {
    if (server) {
      try {
        process.kill(-server.pid, "SIGTERM")
      } catch {
        // gone
      }
      await new Promise((resolve) => setTimeout(resolve, 1500))
    }
    await database.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
