// A real Medusa server with the plugin, run from this repository the way production runs it
// (`medusa start`, admin dashboard off), for the browser tests and the benchmarks: its own
// database, an admin user, a publishable key, and a stop/start that keeps the database, so a
// test can take the server away mid-session and bring it back.
const { execFile, execFileSync, spawn } = require("child_process")
const fs = require("fs")
const { freePort } = require("./ports")
const os = require("os")
const path = require("path")
const { Client } = require("pg")

const root = path.join(__dirname, "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const ADMIN = { email: "server@solar360.test", password: "server-password" }

/** Logs the rig's admin in and creates a publishable key: `{ token, publishableKey }`. */
async function adminTokenAndPublishableKey(baseUrl) {
  const { token } = await (
    await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
  ).json()
  const keyAnswer = await fetch(`${baseUrl}/admin/api-keys`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ title: "storefront", type: "publishable" }),
  })
  if (!keyAnswer.ok) throw new Error(`creating a publishable key answered ${keyAnswer.status}`)
  const { api_key } = await keyAnswer.json()
  return { token, publishableKey: api_key.token }
}

/** A one-connection-per-call query function on a database (test checks, not hot paths). */
function queryOn(url) {
  return async (sql, params = []) => {
    const client = new Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(sql, params)).rows
    } finally {
      await client.end()
    }
  }
}

/** Runs a script with `medusa exec` in `env`; resolves with its output. */
function execScript(script, env) {
  return new Promise((resolve, reject) => {
    execFile(medusaBin, ["exec", script], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`medusa exec ${script} failed: ${error.message}\n${stderr}`)) : resolve(`${stdout}${stderr}`)
    )
  })
}

async function waitForHealth(baseUrl, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the Medusa server exited with code ${child.exitCode} before answering /health`)
    }
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`the Medusa server did not answer /health within ${timeoutMs / 1000} s`)
}

/** A database of its own on the server `databaseUrl` points at (a copy of template1). */
async function createDatabase(databaseUrl, name) {
  const admin = new Client({ connectionString: databaseUrl })
  await admin.connect()
  try {
    // Identifiers cannot be bound; the name is made here from a timestamp, never from input.
    await admin.query(`CREATE DATABASE "${name.replace(/[^a-z0-9_]/g, "")}"`)
  } finally {
    await admin.end()
  }
  const url = new URL(databaseUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Drops a database `createDatabase` made, closing its connections first. */
async function dropDatabase(databaseUrl, name) {
  const admin = new Client({ connectionString: databaseUrl })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/[^a-z0-9_]/g, "")}" WITH (FORCE)`)
  } finally {
    await admin.end()
  }
}

/**
 * Starts the plugin's Medusa server.
 * - `databaseUrl`: any database on the PostgreSQL server to use; a new database is created
 *   beside it and migrated.
 * - `env`: extra environment (e.g. STORE_CORS, SOLAR360_* test options).
 * - `command`: "start" (what production runs, the default) or "develop"; `args` go after it
 *   (e.g. `["--cluster", "2"]`).
 * Returns `{ baseUrl, publishableKey, adminToken, databaseUrl, pid, query(sql, params),
 * exec(script), stop(), start(), close() }` (`pid` is the server's process group).
 * `stop()` kills the server (SIGKILL: an abrupt loss, the harder case for a client) and keeps the
 * database; `start()` brings it back on the same port; `close()` stops it and drops the database.
 */
async function startMedusaServer({
  databaseUrl,
  env = {},
  name = "solar360_server",
  command = "start",
  args = [],
  timeoutMs = 120_000,
  log,
} = {}) {
  const database = `${name}_${Date.now()}`
  const url = await createDatabase(databaseUrl, database)
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const logFile = log ?? path.join(os.tmpdir(), `${database}.log`)
  const serverEnv = {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: command === "start" ? "production" : "development",
    LOG_LEVEL: "error",
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(port),
    ...env,
  }
  // Jest's own variables would make the server think it runs under a test runner.
  delete serverEnv.JEST_WORKER_ID
  delete serverEnv.TEST_TYPE
  delete serverEnv.NODE_OPTIONS

  const cli = (args) =>
    execFileSync(medusaBin, args, { cwd: root, env: { ...serverEnv, NODE_ENV: "development" }, stdio: "pipe" })
  cli(["db:migrate"])
  cli(["user", "-e", ADMIN.email, "-p", ADMIN.password])

  let child = null
  const start = async () => {
    if (child) throw new Error("the server is already running")
    const out = fs.openSync(logFile, "a")
    child = spawn(medusaBin, [command, ...args], { cwd: root, env: serverEnv, stdio: ["ignore", out, out], detached: true })
    fs.closeSync(out)
    await waitForHealth(baseUrl, child, timeoutMs)
  }
  const stop = async () => {
    if (!child) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // already gone
    }
    await exited
    child = null
  }

  await start()
  const { token, publishableKey } = await adminTokenAndPublishableKey(baseUrl)
  const query = queryOn(url)
  /** Runs a script with `medusa exec` against the server's database; resolves with its output. */
  const exec = (script) => execScript(script, { ...serverEnv, NODE_ENV: "development", LOG_LEVEL: "info" })

  const close = async () => {
    await stop()
    await dropDatabase(databaseUrl, database)
  }

  return {
    baseUrl,
    publishableKey,
    adminToken: token,
    databaseUrl: url,
    logFile,
    get pid() {
      return child?.pid
    },
    query,
    exec,
    stop,
    start,
    close,
  }
}

module.exports = { startMedusaServer, freePort, createDatabase, dropDatabase, waitForHealth, adminTokenAndPublishableKey, queryOn, execScript, ADMIN }
