#!/usr/bin/env node
// `npm test`: every test layer against a real PostgreSQL.
// Starts a throwaway embedded PostgreSQL unless DATABASE_URL/DB_HOST is set, runs the unit,
// module, HTTP and browser layers (or the one named: `npm test -- unit`), stops the database and
// exits non-zero if any layer failed. Extra arguments after the layer go to jest.
const path = require("path")
const { provideDatabase } = require("./lib/database")
const { run, withCleanup } = require("./lib/run")

const root = path.join(__dirname, "..")
const LAYERS = ["unit", "integration:modules", "integration:http", "browser"]

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
  const layers = requested && LAYERS.includes(requested) ? [requested] : LAYERS
  if (requested && !LAYERS.includes(requested)) {
    jestArgs.unshift(requested)
  }

  const needsDatabase = layers.some((layer) => layer !== "unit")
  const database = needsDatabase
    ? await provideDatabase({ database: "solar360_test" })
    : { env: {}, stop: async () => {} }

  const failed = await withCleanup(database, async () => {
    const failures = []
    const runLayer = async (layer) => {
      console.log(`\n=== ${layer} tests ===`)
      const code = await run(
        "npx",
        [
          "jest",
          `--silent=${process.env.TEST_VERBOSE === "1" ? "false" : "true"}`,
          // One test file at a time (they share one PostgreSQL), in a worker that is replaced
          // once it holds more than 1 GB after a file: each booted Medusa app leaves memory
          // behind, and one process running all the HTTP files ran out of heap (4 GB).
          "--maxWorkers=1",
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
      if (code !== 0) {
        failures.push(layer)
      }
    }

    // The template1 migration (about 20 s) only has to finish before the HTTP layer. On the
    // throwaway cluster it runs beside the unit layer, which needs no database; the module
    // layer runs first because its databases are copies of template1 and must start empty.
    // The migration's output is held and printed once it ends, so the two do not interleave.
    const migrateTemplate = layers.includes("integration:http") && database.embedded
    const overlap = migrateTemplate && layers.includes("unit")
    const order = overlap
      ? ["integration:modules", "unit", "integration:http"].filter((layer) => layers.includes(layer))
      : layers
    let migration = null
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
