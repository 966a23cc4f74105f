// Several `medusa start` instances of the plugin on one database and one Redis, the way a
// store runs past one process (docs/several-instances.md): the repository's medusa-config.ts
// with SOLAR360_CLUSTER_REDIS_URL set loads the Redis modules of examples/cluster, and each
// instance's MEDUSA_WORKER_MODE gives its role. The database is migrated once, before any
// instance starts; the instances then boot side by side.
const { execFileSync, spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const { freePort, createDatabase, dropDatabase, waitForHealth, adminTokenAndPublishableKey, queryOn, execScript, ADMIN } = require("./medusa-server")

const root = path.join(__dirname, "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

/**
 * - `databaseUrl`: any database on the PostgreSQL server; a new one is created beside it.
 * - `redisUrl`: the Redis every instance shares.
 * - `instances`: `[{ name, mode }]`, mode "server" | "worker" | "shared".
 * - `env`: extra environment for every instance (SOLAR360_* options).
 * Returns `{ instances, databaseUrl, query(sql, params), adminToken, publishableKey, close() }`;
 * each instance is `{ name, mode, baseUrl, logFile, pid, log(), kill() }` (`kill`: SIGKILL).
 */
async function startMedusaCluster({ databaseUrl, redisUrl, instances, env = {}, name = "solar360_cluster", timeoutMs = 150_000 }) {
  const database = `${name}_${Date.now()}`
  const url = await createDatabase(databaseUrl, database)
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `${database}-`))
  const baseEnv = {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    SOLAR360_CLUSTER_REDIS_URL: redisUrl,
    ...env,
  }
  // Jest's own variables would make an instance think it runs under a test runner.
  delete baseEnv.JEST_WORKER_ID
  delete baseEnv.TEST_TYPE
  delete baseEnv.NODE_OPTIONS

  // The CLI runs as a `server` instance: it must not consume the Redis queues.
  const cliEnv = { ...baseEnv, NODE_ENV: "development", LOG_LEVEL: "error", MEDUSA_WORKER_MODE: "server" }
  const cli = (args) => execFileSync(medusaBin, args, { cwd: root, env: cliEnv, stdio: "pipe" })
  cli(["db:migrate"])
  // `medusa user` boots the app once, which runs Medusa's createDefaultsWorkflow (default store,
  // sales channel, ...) on the fresh database. Every `medusa start` runs that workflow too, and it
  // checks then creates: three instances booting side by side on an empty database race on it
  // and one can exit with code 1 (seen in CI). So the defaults are made by this one process
  // first, as docs/several-instances.md tells a store to do on its first deploy.
  cli(["user", "-e", ADMIN.email, "-p", ADMIN.password])

  const started = await Promise.all(
    instances.map(async ({ name: instanceName, mode }) => {
      const port = await freePort()
      const baseUrl = `http://localhost:${port}`
      const logFile = path.join(logDir, `${instanceName}.log`)
      const out = fs.openSync(logFile, "a")
      const child = spawn(medusaBin, ["start"], {
        cwd: root,
        env: {
          ...baseEnv,
          PORT: String(port),
          MEDUSA_WORKER_MODE: mode,
          NODE_OPTIONS: `--require ${JSON.stringify(path.join(__dirname, "exit-after-logs.js"))}`,
        },
        stdio: ["ignore", out, out],
        detached: true,
      })
      fs.closeSync(out)
      const exited = new Promise((resolve) => child.once("exit", resolve))
      const instance = {
        name: instanceName,
        mode,
        baseUrl,
        logFile,
        pid: child.pid,
        log: () => fs.readFileSync(logFile, "utf8"),
        alive: () => child.exitCode === null && child.signalCode === null,
        kill: async () => {
          try {
            process.kill(-child.pid, "SIGKILL")
          } catch {
            // already gone
          }
          await exited
        },
      }
      return { instance, ready: waitForHealth(baseUrl, child, timeoutMs) }
    })
  )
  const all = started.map(({ instance }) => instance)
  const close = async () => {
    await Promise.all(all.map((instance) => instance.kill()))
    await dropDatabase(databaseUrl, database)
    fs.rmSync(logDir, { recursive: true, force: true })
  }
  try {
    await Promise.all(started.map(({ ready }) => ready))
  } catch (error) {
    const logs = all.map((instance) => `--- ${instance.name} (${instance.mode}) ---\n${instance.log().slice(-4000)}`).join("\n")
    await close()
    throw new Error(`${error.message}\n${logs}`)
  }

  const web = all.find((instance) => instance.mode !== "worker")
  const { token, publishableKey } = await adminTokenAndPublishableKey(web.baseUrl)
  const query = queryOn(url)
  /** Runs a script with `medusa exec` as a `server` instance of the cluster (it only emits). */
  const exec = (script) => execScript(script, cliEnv)

  return { instances: all, databaseUrl: url, adminToken: token, publishableKey, query, exec, close }
}

module.exports = { startMedusaCluster }
