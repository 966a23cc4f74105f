#!/usr/bin/env node
// `npm run bench:subjects`: LGPD data-subject requests at scale. Uses the dev embedded
// PostgreSQL (.data/postgres) or DATABASE_URL/DB_HOST, in a database of its own (dropped
// afterwards unless BENCH_KEEP=1), migrates it, then runs bench/data-subjects-measure.ts
// through `medusa exec`: BENCH_ROWS events (default 1,000,000) and a tenth as many catalog
// logs from 50,000 visitors, one person with thousands of rows; prints the plan of every
// matching query (flagging sequential scans) and the time of summary, export and erasure.
const path = require("path")
const { execFileSync } = require("child_process")
const { provideDatabase } = require("../scripts/lib/database")

const root = path.join(__dirname, "..")
const bin = (name) => path.join(root, "node_modules", ".bin", name)

async function main() {
  const name = process.env.BENCH_DATABASE || "solar360_bench_subjects"
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
  }
  let code = 0
  try {
    execFileSync(bin("medusa"), ["db:migrate"], { cwd: root, env, stdio: "ignore" })
    execFileSync(bin("medusa"), ["exec", "./bench/data-subjects-measure.ts"], {
      cwd: root,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    })
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

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
