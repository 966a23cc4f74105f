#!/usr/bin/env node
// Runs one command with a database available: `node scripts/with-db.js -- <command...>`.
// Uses DATABASE_URL/DB_HOST when set; otherwise the dev embedded PostgreSQL in .data/.
const { provideDevDatabase } = require("./lib/dev-database")
const { run, withCleanup } = require("./lib/run")

async function main() {
  const separator = process.argv.indexOf("--")
  const [command, ...args] = process.argv.slice(separator + 1)
  if (!command) {
    console.error("usage: node scripts/with-db.js -- <command> [args...]")
    process.exit(2)
  }
  const database = await provideDevDatabase()
  const code = await withCleanup(database, () =>
    run("npx", [command, ...args], { env: database.env })
  )
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
