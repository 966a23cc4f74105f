#!/usr/bin/env node
// `npm run test:install`: the real use. Builds the plugin, checks the tarball's file list,
// packs it, creates a scratch Medusa 2.21 app in a temporary directory, installs the tarball
// there (registry as of a pinned date), type-checks a host file importing the plugin under
// `strict`, migrates a fresh database, checks the ten tables and their indexes, starts the
// server and calls store and admin routes of the plugin. Cleans up after itself; exits non-zero
// on any failure.
const { execFileSync, spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const { Client } = require("pg")
const { provideDatabase } = require("./lib/database")
const { REGISTRY_SNAPSHOT_DATE, npmInstallPinned } = require("./lib/registry")
const { packageContentProblems } = require("./lib/package-contents")

const root = path.join(__dirname, "..")
const MEDUSA_VERSION = require("../node_modules/@medusajs/medusa/package.json").version
const TABLES = [
  "lead",
  "event",
  "rag_query",
  "helio_conversation",
  "photogrammetry_analysis",
  "financing_simulation",
  "solar_viability_analysis",
  "catalog_access_log",
  "pvlib_cache",
  "aneel_cache",
]
const ADMIN = { email: "install-check@solar360.test", password: "install-check-pass" }

function step(message) {
  console.log(`\n[install-check] ${message}`)
}

function sh(command, args, options = {}) {
  execFileSync(command, args, { stdio: "inherit", ...options })
}

function fail(message) {
  throw new Error(message)
}

async function waitForHealth(baseUrl, server, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      fail(`the server exited early with code ${server.exitCode}`)
    }
    try {
      const response = await fetch(`${baseUrl}/health`)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  fail(`the server did not answer /health within ${timeoutMs / 1000} s`)
}

async function json(response, what) {
  const body = await response.json().catch(() => ({}))
  if (!response.ok) {
    fail(`${what} answered ${response.status}: ${JSON.stringify(body)}`)
  }
  return body
}

async function checkSchema(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const tables = await client.query(
      "select table_name from information_schema.tables where table_schema = 'public' and table_name = any($1)",
      [TABLES]
    )
    const found = tables.rows.map((r) => r.table_name)
    const missing = TABLES.filter((t) => !found.includes(t))
    if (missing.length) {
      fail(`tables missing after db:migrate: ${missing.join(", ")}`)
    }
    const indexes = await client.query(
      "select tablename, indexdef from pg_indexes where schemaname = 'public' and tablename = any($1)",
      [TABLES]
    )
    for (const table of TABLES) {
      const own = indexes.rows.filter((r) => r.tablename === table)
      // Primary key plus at least created_at/expires_at and the lookup columns.
      if (own.length < 3) {
        fail(`table ${table} has only ${own.length} indexes`)
      }
    }
    for (const [table, column] of [
      ["event", "message_id"],
      ["pvlib_cache", "cache_key"],
      ["aneel_cache", "cache_key"],
    ]) {
      const unique = indexes.rows.some(
        (r) =>
          r.tablename === table &&
          r.indexdef.startsWith("CREATE UNIQUE") &&
          r.indexdef.includes(`(${column})`)
      )
      if (!unique) {
        fail(`unique index on ${table}.${column} missing`)
      }
    }
    console.log(`  ${TABLES.length} tables and ${indexes.rows.length} indexes present`)
  } finally {
    await client.end()
  }
}

/**
 * A TypeScript file a host app would write, compiled under `strict`: it imports every public
 * entry, runs a workflow and uses the module's service type. The `@ts-expect-error` lines fail
 * the compile if the plugin's types were missing or `any` (the directive is then unused).
 */
function writeTypeCheck(appDir) {
  fs.mkdirSync(path.join(appDir, "type-check"), { recursive: true })
  fs.writeFileSync(
    path.join(appDir, "type-check", "uses-the-plugin.ts"),
    `import type { MedusaContainer } from "@medusajs/framework/types"
import solar360Module, {
  SOLAR360_MODULE,
  Solar360Events,
  Solar360ModuleService,
  type Solar360OptionsInput,
} from "medusa-plugin-solar360/modules/solar360"
import { purgeCacheWorkflow } from "medusa-plugin-solar360/workflows"
import analyticsProvider from "medusa-plugin-solar360/providers/analytics"
import Medusa from "@medusajs/js-sdk"
import {
  Tracker,
  createStoreClient,
  invalidFields,
  readCampaign,
  type Consent,
  type StoreRequestBody,
} from "medusa-plugin-solar360/client"

export const options: Solar360OptionsInput = { ipSaltGraceDays: 3 }

export async function useThePlugin(container: MedusaContainer) {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const leads = await solar360.listLeads({}, { take: 1 })
  const firstEmail: string | null | undefined = leads[0]?.email
  const { result } = await purgeCacheWorkflow(container).run({ input: { table: "aneel_cache" } })
  // @ts-expect-error: the workflow's input is typed (not any)
  await purgeCacheWorkflow(container).run({ input: { table: 42 } })
  // @ts-expect-error: the service is typed (not any)
  await solar360.noSuchMethod()
  return {
    firstEmail,
    result,
    created: Solar360Events.LEAD_CREATED,
    service: solar360Module.service,
    provider: analyticsProvider,
  }
}

export const consent: Consent = { analytics: true }
export const campaign: string | undefined = readCampaign("https://loja.example/?utm_source=x").utm_source
// @ts-expect-error: the client's tracker is typed (not any)
export const tracker: Tracker = new Tracker({ transport: 42 })

// The typed store client over the storefront's own Medusa JS SDK instance.
const store = createStoreClient(new Medusa({ baseUrl: "http://localhost:9000", publishableKey: "pk_x" }))
export const lead: StoreRequestBody<"/store/solar360/leads"> = { email: "maria@example.com", interest_type: "quote" }
export async function captureLead(): Promise<string> {
  try {
    const { receipt } = await store.leads.capture(lead)
    return receipt.id
  } catch (error) {
    const problems: string | undefined = invalidFields(error, ["email", "phone"] as const).fields.email
    return problems ?? ""
  }
}
// @ts-expect-error: the store client's request bodies are typed from the routes (not any)
export const wrongField = store.leads.capture({ email: "maria@example.com", favourite_colour: "blue" })
// @ts-expect-error: the store client's answers are typed from the routes (not any)
export const wrongAnswer: Promise<number> = store.dataPractices.list()
`
  )
  fs.writeFileSync(
    path.join(appDir, "tsconfig.strict.json"),
    JSON.stringify(
      {
        extends: "./tsconfig.json",
        compilerOptions: { strict: true, noEmit: true },
        include: ["type-check/**/*.ts"],
        exclude: ["node_modules"],
      },
      null,
      2
    )
  )
}

/**
 * Run inside the scratch app, so both entries resolve through its node_modules as a
 * storefront's would: the CommonJS entry is required, the ESM entry imported, the tracker
 * sends two page views through a minimal SDK-shaped client to the running server, and the
 * typed store client reads the data practices and captures a lead through a real
 * `@medusajs/js-sdk` instance (publishable key and base URL as a storefront sets them).
 */
const CLIENT_CHECK = `import { createRequire } from "node:module"
const require = createRequire(import.meta.url)
const [baseUrl, publishableKey] = process.argv.slice(2)
const cjs = require("medusa-plugin-solar360/client")
const esm = await import("medusa-plugin-solar360/client")
for (const [name, entry] of [["require", cjs], ["import", esm]]) {
  if (typeof entry.Tracker !== "function" || typeof entry.createBrowserTracker !== "function" || typeof entry.createStoreClient !== "function") {
    throw new Error("medusa-plugin-solar360/client (" + name + ") lacks Tracker/createBrowserTracker/createStoreClient")
  }
}
const sdk = {
  client: {
    async fetch(path, init) {
      const response = await fetch(baseUrl + path, {
        method: init.method,
        headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
        body: JSON.stringify(init.body),
      })
      if (!response.ok) throw Object.assign(new Error(await response.text()), { status: response.status })
      return response.json()
    },
  },
}
let n = 0
const tracker = new esm.Tracker({
  transport: esm.sdkTransport(sdk),
  clock: { now: () => Date.now(), setTimeout, clearTimeout },
  newId: () => "5a1e0c3e-0d2b-4e57-9d55-3f4a2f6b9c" + String(++n).padStart(2, "0"),
  consent: { analytics: true },
})
tracker.page({ path: "/kits" })
tracker.page({ path: "/simulador" })
if (!(await tracker.flush()) || tracker.pending.queued !== 0) throw new Error("the tracker did not deliver its queue")
tracker.shutdown()
console.log("  client: require and import entries load; the tracker delivered 2 page views")

const { default: Medusa } = await import("@medusajs/js-sdk")
const store = esm.createStoreClient(new Medusa({ baseUrl, publishableKey }))
const practices = await store.dataPractices.list({ lang: "en" })
if (practices.ip_pseudonymisation?.salt_deleted_after_days !== 3 || !(practices.data_practices?.length > 0)) {
  throw new Error("store client: GET /store/solar360/data-practices answered " + JSON.stringify(practices))
}
const { receipt } = await store.leads.capture({ email: "install-check@example.com", interest_type: "quote" })
if (!/^[a-z]+_/.test(receipt?.id ?? "") || Number.isNaN(Date.parse(receipt.received_at))) {
  throw new Error("store client: POST /store/solar360/leads answered " + JSON.stringify(receipt))
}
const refused = await store.leads.capture({ email: "not-an-address" }).then(() => null, (error) => error)
if (refused?.status !== 400 || !esm.invalidFields(refused, ["email", "phone"]).fields.email) {
  throw new Error("store client: a bad e-mail was not a 400 naming the field: " + (refused && refused.message))
}
console.log("  store client: data practices read, a lead captured (" + receipt.id + "), a bad e-mail refused with its field")
`

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "solar360-install-"))
  const appDir = path.join(workDir, "app")
  let database
  let server

  try {
    step("building the plugin (npm run build: medusa plugin:build and the storefront client)")
    sh("npm", ["run", "build"], { cwd: root })

    step("checking the tarball's file list (npm pack --dry-run --json)")
    const dryRun = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: root, encoding: "utf8" })
    )[0]
    const problems = packageContentProblems(dryRun.files.map((file) => file.path))
    if (problems.length) {
      fail(`the tarball's contents are wrong:\n  ${problems.join("\n  ")}`)
    }
    console.log(
      `  ${dryRun.files.length} files, ${(dryRun.size / 1024).toFixed(0)} KB packed: server code with ` +
        "declarations, admin bundle, README and docs, LICENSE, CHANGELOG; no tests, benches, fixtures or maps"
    )

    step("packing it (npm pack)")
    const packOutput = execFileSync("npm", ["pack", "--pack-destination", workDir, "--json"], {
      cwd: root,
      encoding: "utf8",
    })
    const tarball = path.join(workDir, JSON.parse(packOutput)[0].filename)
    console.log(`  ${path.basename(tarball)}`)

    step(`creating a scratch Medusa ${MEDUSA_VERSION} app in ${appDir}`)
    fs.mkdirSync(path.join(appDir, "src"), { recursive: true })
    fs.writeFileSync(
      path.join(appDir, "package.json"),
      JSON.stringify(
        {
          name: "solar360-install-check-app",
          private: true,
          scripts: {},
          dependencies: {
            "@medusajs/admin-sdk": MEDUSA_VERSION,
            "@medusajs/cli": MEDUSA_VERSION,
            "@medusajs/framework": MEDUSA_VERSION,
            "@medusajs/medusa": MEDUSA_VERSION,
            // What a storefront calls the plugin with: the store client check uses a real instance.
            "@medusajs/js-sdk": MEDUSA_VERSION,
            "medusa-plugin-solar360": `file:${tarball}`,
          },
          devDependencies: {
            "@swc/core": require("../node_modules/@swc/core/package.json").version,
            "ts-node": "10.9.2",
            typescript: require("../node_modules/typescript/package.json").version,
            "@types/node": "20.17.30",
          },
        },
        null,
        2
      )
    )
    fs.writeFileSync(
      path.join(appDir, "tsconfig.json"),
      JSON.stringify(
        {
          compilerOptions: {
            target: "ES2021",
            module: "Node16",
            moduleResolution: "Node16",
            esModuleInterop: true,
            skipLibCheck: true,
            outDir: "./.medusa/server",
          },
          include: ["**/*", ".medusa/types/*"],
          exclude: ["node_modules", ".medusa/server", "type-check"],
        },
        null,
        2
      )
    )
    fs.writeFileSync(
      path.join(appDir, "medusa-config.ts"),
      `import { defineConfig } from "@medusajs/framework/utils"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "install-check",
      cookieSecret: "install-check",
    },
  },
  admin: { disable: true },
  plugins: [{ resolve: "medusa-plugin-solar360", options: { ipSaltGraceDays: 3 } }],
  modules: [
    {
      resolve: "@medusajs/medusa/analytics",
      dependencies: ["solar360"],
      options: {
        providers: [{ resolve: "medusa-plugin-solar360/providers/analytics", id: "solar360" }],
      },
    },
  ],
})
`
    )

    step(
      `installing the tarball and Medusa into the app (npm install --before=${REGISTRY_SNAPSHOT_DATE})`
    )
    await npmInstallPinned(appDir)

    step("type-checking the app's imports of the plugin under strict (tsc)")
    writeTypeCheck(appDir)
    sh("npx", ["tsc", "-p", "tsconfig.strict.json"], { cwd: appDir })
    console.log("  modules/solar360, workflows, providers/analytics and client type-check under strict")

    step("starting a fresh database")
    database = await provideDatabase({ database: `solar360_install_${Date.now()}` })
    const env = {
      ...process.env,
      ...database.env,
      NODE_ENV: "production",
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    if (!database.embedded) {
      fail("test:install needs its own fresh database: unset DATABASE_URL/DB_HOST")
    }

    step("npx medusa db:migrate")
    sh("npx", ["medusa", "db:migrate"], { cwd: appDir, env })
    await checkSchema(database.env.DATABASE_URL)

    step("creating an admin user (npx medusa user)")
    sh("npx", ["medusa", "user", "-e", ADMIN.email, "-p", ADMIN.password], { cwd: appDir, env })

    const port = 9000 + Math.floor(Math.random() * 900) + 50
    const baseUrl = `http://localhost:${port}`
    step(`starting the app (npx medusa start) on port ${port}`)
    server = spawn("npx", ["medusa", "start"], {
      cwd: appDir,
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    })
    await waitForHealth(baseUrl, server)

    step("calling an admin route of the plugin")
    const { token } = await json(
      await fetch(`${baseUrl}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(ADMIN),
      }),
      "admin login"
    )
    const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
    const stats = await json(
      await fetch(`${baseUrl}/admin/solar360/stats`, { headers: admin }),
      "GET /admin/solar360/stats"
    )
    if (stats.stats?.length !== TABLES.length) {
      fail(`GET /admin/solar360/stats returned ${JSON.stringify(stats)}`)
    }
    console.log(`  GET /admin/solar360/stats -> ${stats.stats.length} data sets`)

    step("calling a store route of the plugin with a publishable key")
    const { api_key } = await json(
      await fetch(`${baseUrl}/admin/api-keys`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ title: "install check", type: "publishable" }),
      }),
      "POST /admin/api-keys"
    )
    const practices = await json(
      await fetch(`${baseUrl}/store/solar360/data-practices?lang=en`, {
        headers: { "x-publishable-api-key": api_key.token },
      }),
      "GET /store/solar360/data-practices"
    )
    if (practices.ip_pseudonymisation?.salt_deleted_after_days !== 3) {
      fail(`plugin options did not reach the module: ${JSON.stringify(practices.ip_pseudonymisation)}`)
    }
    console.log(
      `  GET /store/solar360/data-practices -> ${practices.data_practices.length} categories, options applied`
    )
    const ingest = await json(
      await fetch(`${baseUrl}/store/solar360/events`, {
        method: "POST",
        headers: { "x-publishable-api-key": api_key.token, "content-type": "application/json" },
        body: JSON.stringify({
          events: [
            {
              message_id: "4f1c6f3e-0d2b-4e57-9d55-3f4a2f6b9c10",
              event_name: "page_view",
              category: "page_view",
              path: "/",
            },
          ],
        }),
      }),
      "POST /store/solar360/events"
    )
    if (ingest.accepted !== 1) {
      fail(`POST /store/solar360/events did not store the event: ${JSON.stringify(ingest)}`)
    }
    console.log("  POST /store/solar360/events -> accepted 1 (analytics provider loaded from the package)")

    step("sending events and calling store routes with the packaged storefront client (CommonJS and ESM entries)")
    fs.writeFileSync(path.join(appDir, "client-check.mjs"), CLIENT_CHECK)
    sh("node", ["client-check.mjs", baseUrl, api_key.token], { cwd: appDir })
    step("OK: the packed plugin installs, migrates and serves its routes in a fresh app")
  } finally {
    if (server && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM")
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    if (database) {
      await database.stop()
    }
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`\n[install-check] FAILED: ${error.message}`)
  process.exit(1)
})
