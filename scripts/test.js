#!/usr/bin/env node
// `npm test`: every test layer against a real PostgreSQL.
// Starts a throwaway embedded PostgreSQL unless DATABASE_URL/DB_HOST is set, runs the unit,
// module, HTTP, cluster and browser layers (or the one named: `npm test -- unit`), stops the database and
// exits non-zero if any layer failed. Extra arguments after the layer go to jest.
const path = require("path")
const { provideDatabase } = require("./lib/database")
const { run, withCleanup } = require("./lib/run")
const { buildAdmin } = require("./lib/admin-rig")
const { LAYERS, planLayers, selectLayers, workersFor } = require("./lib/test-layers")

const root = path.join(__dirname, "..")

/**
 * Every HTTP spec file creates its own database and migrates it (about ten seconds of core
 * Medusa migrations each). PostgreSQL creates a database as a copy of `template1`, so on the
 * throwaway cluster we migrate `template1` once: each file's database then starts migrated and
 * test-utils' migration run only confirms it. Never done on a DATABASE_URL server (its
 * template1 is not ours to change).
 */
async function migrateTemplateDatabase(env, { capture = false } = {}) {
  console.log(
    `\n=== migrating template1 once for the HTTP layer${capture ? " (beside the unit layer; its output follows when it ends)" : ""} ===`
  )
  const url = new URL(env.DATABASE_URL)
  url.pathname = "/template1"
  return run("npx", ["medusa", "db:migrate"], {
    capture,
    cwd: root,
    env: {
      ...env,
      DATABASE_URL: url.toString(),
      NODE_ENV: "test",
      MEDUSA_DISABLE_TELEMETRY: "true",
      LOG_LEVEL: process.env.LOG_LEVEL || "error",
    },
  })
}

async function main() {
  const [requested, ...jestArgs] = process.argv.slice(2)
  if (requested && !LAYERS.includes(requested)) {
    jestArgs.unshift(requested)
  }

  const layers = selectLayers(requested)
  const needsDatabase = layers.some((layer) => layer !== "unit")
  const database = needsDatabase
    ? await provideDatabase({ database: "solar360_test" })
    : { env: {}, stop: async () => {} }

  const failed = await withCleanup(database, async () => {
    const failures = []
    const runLayer = async (layer) => {
      console.log(`\n=== ${layer} tests ===`)
      const layerStarted = Date.now()
      const code = await run(
        "npx",
        [
          "jest",
          `--silent=${process.env.TEST_VERBOSE === "1" ? "false" : "true"}`,
          // Files side by side per layer (workersFor: each worker's files use their own
          // databases), in workers that are replaced once they hold more than 1 GB after a
          // file: each booted Medusa app leaves memory behind, and one process running all the
          // HTTP files ran out of heap (4 GB).
          `--maxWorkers=${workersFor(layer)}`,
          "--workerIdleMemoryLimit=1GB",
          "--forceExit",
          ...jestArgs,
        ],
        {
          cwd: root,
          env: {
            ...database.env,
            TEST_TYPE: layer,
            NODE_ENV: "test",
            MEDUSA_DISABLE_TELEMETRY: "true",
            // Scheduled jobs would fire mid-test on the wall clock; tests run their workflows.
            SOLAR360_DISABLED_JOBS: "*",
            LOG_LEVEL: process.env.LOG_LEVEL || "error",
            // test-utils' app runner loads ESM pieces through dynamic import().
            NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"]
              .filter(Boolean)
              .join(" "),
          },
        }
      )
      // CI time is scarce: each layer's time is printed so a slow one shows.
      console.log(`=== ${layer} tests: ${Math.round((Date.now() - layerStarted) / 1000)} s ===`)
      if (code !== 0) {
        failures.push(layer)
      }
    }

    // The migration's output is held and printed once it ends, so it does not interleave
    // with the unit layer's.
    const { order, migrateTemplate, overlap } = planLayers(requested, { embedded: database.embedded })
    let migration = null
    // The admin browser tests need the dashboard built with the plugin's screens (1-3 minutes,
    // mostly one core; skipped when the last build is current): it starts now and runs beside
    // the other layers, and only the browser layer waits for it.
    let adminBuild = null
    if (layers.includes("browser")) {
      adminBuild = buildAdmin()
      adminBuild.done.catch(() => undefined)
    }
    for (const layer of order) {
      if (layer === "unit" && overlap) {
        migration = migrateTemplateDatabase(database.env, { capture: true })
      }
      if (layer === "integration:http" && migrateTemplate) {
        const migrated = await (migration ?? migrateTemplateDatabase(database.env))
        if (migrated !== 0) {
          failures.push(`${layer} (migrating template1)`)
          continue
        }
      }
      if (layer === "browser" && adminBuild) {
        const built = await adminBuild.done.then(
          (result) => result,
          (error) => {
            console.error(error.message)
            return null
          }
        )
        if (!built) {
          failures.push(`${layer} (building the admin dashboard)`)
          continue
        }
        if (built.built) {
          console.log(`\n(the admin dashboard was built beside the other layers in ${built.seconds} s)`)
        }
      }
      await runLayer(layer)
    }
    return failures
  })

  if (failed.length) {
    console.error(`\nFailed test layers: ${failed.join(", ")}`)
    process.exit(1)
  }
  console.log(`\nAll test layers passed: ${layers.join(", ")}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
