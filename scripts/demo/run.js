#!/usr/bin/env node
// `npm run seed:demo`: the demo store in the database `npm run dev` uses (embedded in
// .data/postgres, or DATABASE_URL/DB_HOST): migrations, the demo admin and publishable key,
// then scripts/seed-demo.ts through `medusa exec`. Safe to run again: it says so and writes nothing.
const { provideDevDatabase, root } = require("../lib/dev-database")
const { run, withCleanup } = require("../lib/run")

async function main() {
  const database = await provideDevDatabase()
  const env = {
    ...database.env,
    NODE_ENV: "development",
    MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY ?? "true",
    // A scheduled job firing mid-seed would roll up half-written days.
    SOLAR360_DISABLED_JOBS: process.env.SOLAR360_DISABLED_JOBS ?? "*",
  }
  const code = await withCleanup(database, async () => {
    for (const args of [["medusa", "db:migrate"], ["medusa", "exec", "./scripts/seed-dev.ts"], ["medusa", "exec", "./scripts/seed-demo.ts"]]) {
      const status = await run("npx", args, { env, cwd: root })
      if (status !== 0) {
        return status
      }
    }
    return 0
  })
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
