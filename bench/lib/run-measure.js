// Shared launcher of the benches that measure inside the app: a database of their own on the
// dev embedded PostgreSQL (.data/postgres, as scripts/with-db.js) or DATABASE_URL/DB_HOST,
// migrated, then `medusa exec <script>`; the database is dropped afterwards unless BENCH_KEEP=1
// (then a rerun reuses the rows already filled). Scheduled jobs are off: none must fire on the
// wall clock mid-measure.
const path = require("path")
const { execFileSync } = require("child_process")
const { provideDatabase } = require("../../scripts/lib/database")

const root = path.join(__dirname, "..", "..")
const bin = (name) => path.join(root, "node_modules", ".bin", name)

/** Runs `script` (a path relative to the project root) through `medusa exec` and exits. */
async function runMeasure({ database: defaultName, script, env: extraEnv = {} }) {
  const name = process.env.BENCH_DATABASE || defaultName
  const database = await provideDatabase({
    dataDir: path.join(root, ".data", "postgres"),
    persistent: true,
    port: 54329,
    database: name,
  })
  const env = {
    ...process.env,
    ...database.env,
    NODE_ENV: "development",
    LOG_LEVEL: "error",
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    SOLAR360_DISABLED_JOBS: "*",
    ...extraEnv,
  }
  let code = 0
  try {
    execFileSync(bin("medusa"), ["db:migrate"], { cwd: root, env, stdio: "ignore" })
    execFileSync(bin("medusa"), ["exec", script], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] })
  } catch (error) {
    console.error(error.message)
    code = 1
  } finally {
    if (!process.env.BENCH_KEEP && !process.env.DATABASE_URL && !process.env.DB_HOST) {
      await dropDatabase(database.env, name).catch((error) => console.error(`could not drop ${name}: ${error.message}`))
    }
    await database.stop()
  }
  process.exit(code)
}

async function dropDatabase(env, name) {
  const { Client } = require("pg")
  const url = new URL(env.DATABASE_URL)
  url.pathname = "/postgres"
  const client = new Client({ connectionString: url.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, "")}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

module.exports = { runMeasure }
