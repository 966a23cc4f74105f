#!/usr/bin/env node
// `npm run test:cluster`: the cluster test layer alone (integration-tests/cluster): a throwaway
// Redis (Debian's redis-server) and three `medusa start` instances of the plugin on the Redis
// modules of examples/cluster, on the embedded PostgreSQL `npm test` starts. The same layer runs
// in a full `npm test`, after the HTTP layer. Extra arguments go to jest.
const path = require("path")
const { run } = require("./lib/run")
const { findRedisServer, INSTALL_HINT } = require("./lib/redis")

async function main() {
  // Fail before the database starts, with the command that fixes it.
  if (!findRedisServer()) {
    console.error(`test:cluster needs Debian's redis-server: ${INSTALL_HINT} (or set REDIS_SERVER to its path)`)
    process.exit(1)
  }
  const started = Date.now()
  const code = await run("node", [path.join(__dirname, "test.js"), "cluster", ...process.argv.slice(2)], {
    cwd: path.join(__dirname, ".."),
    env: process.env,
  })
  console.log(`\ntest:cluster took ${Math.round((Date.now() - started) / 1000)} s`)
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
