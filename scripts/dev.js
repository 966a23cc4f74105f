#!/usr/bin/env node
// `npm run dev`: the plugin in a real Medusa server with zero configuration.
// 1. PostgreSQL: DATABASE_URL/DB_HOST when set, else embedded, data kept in .data/postgres.
// 2. Migrations (core + plugin), a demo admin user and a publishable API key (idempotent).
// 3. With `--demo` (`npm run dev -- --demo`): the demo store (scripts/seed-demo.ts), written
//    only into an empty database; on later starts it says the data is there and goes on.
// 4. `medusa develop` on port 9000 with the admin dashboard. Ctrl-C stops the database too.
const { provideDevDatabase, root } = require("./lib/dev-database")
const { run, withCleanup } = require("./lib/run")

const demo = process.argv.slice(2).includes("--demo")

async function main() {
  const database = await provideDevDatabase()
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
    if (demo) {
      const demoSeeded = await run("npx", ["medusa", "exec", "./scripts/seed-demo.ts"], {
        env: { ...env, SOLAR360_DISABLED_JOBS: process.env.SOLAR360_DISABLED_JOBS ?? "*" },
        cwd: root,
      })
      if (demoSeeded !== 0) {
        return demoSeeded
      }
    }
    return run("npx", ["medusa", "develop"], { env, cwd: root })
  })
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
