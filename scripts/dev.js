#!/usr/bin/env node
// `npm run dev`: the plugin in a real Medusa server with zero configuration.
// 1. PostgreSQL: DATABASE_URL/DB_HOST when set, else embedded, data kept in .data/postgres.
// 2. Migrations (core + plugin), a demo admin user and a publishable API key (idempotent).
// 3. `medusa develop` on port 9000 with the admin dashboard. Ctrl-C stops the database too.
const path = require("path")
const { provideDatabase } = require("./lib/database")
const { run, withCleanup } = require("./lib/run")

const root = path.join(__dirname, "..")

async function main() {
  const database = await provideDatabase({
    dataDir: path.join(root, ".data", "postgres"),
    persistent: true,
    port: 54329,
    database: "medusa-solar360",
  })
  console.log(
    database.embedded
      ? `Embedded PostgreSQL on port ${database.env.DB_PORT} (data in .data/postgres)`
      : "Using the database from DATABASE_URL/DB_HOST"
  )
  const env = { ...database.env, NODE_ENV: "development", MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY ?? "true" }

  const code = await withCleanup(database, async () => {
    const migrated = await run("npx", ["medusa", "db:migrate"], { env, cwd: root })
    if (migrated !== 0) {
      return migrated
    }
    const seeded = await run("npx", ["medusa", "exec", "./scripts/seed-dev.ts"], {
      env,
      cwd: root,
    })
    if (seeded !== 0) {
      return seeded
    }
    return run("npx", ["medusa", "develop"], { env, cwd: root })
  })
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
