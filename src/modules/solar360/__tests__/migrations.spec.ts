import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import Solar360ModuleService from "../service"
import { MODEL_FIXTURES } from "./model-fixtures"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(60_000)

const TABLES = MODEL_FIXTURES.map((fixture) => fixture.table)
// Tables beside the ten models: histories and the plugin's internal bookkeeping.
const ALL_TABLES = [
  ...TABLES,
  "lead_status_change",
  "lead_consent_change",
  "analytics_daily_rollup",
  "solar360_privacy_salt",
  "solar360_privacy_audit",
]

// The schema here is built only from the generated migration files. If a model changes
// without `npm run db:generate`, the ORM's diff against this schema is not empty and the
// drift test fails, naming the SQL the missing migration would hold.
moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  dbName: "solar360_migrations_test",
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ MikroOrmWrapper, service }) => {
    it("creates all ten tables", async () => {
      const rows = await MikroOrmWrapper.forkManager()
        .getConnection()
        .execute(
          `select table_name from information_schema.tables
           where table_schema = current_schema() and table_name = any(string_to_array(?, ','))`,
          [TABLES.join(",")]
        )
      expect(rows.map((r: { table_name: string }) => r.table_name).sort()).toEqual(
        [...TABLES].sort()
      )
    })

    it("has no drift between the models and the migrations", async () => {
      const generator = MikroOrmWrapper.getOrm().getSchemaGenerator()
      const diff = await generator.getUpdateSchemaSQL({ wrap: false, safe: false })
      expect(diff.trim()).toBe("")
    })

    it("creates the indexes the queries rely on", async () => {
      const rows = await MikroOrmWrapper.forkManager()
        .getConnection()
        .execute(
          `select tablename, indexname, indexdef from pg_indexes
           where schemaname = current_schema() and tablename = any(string_to_array(?, ','))`,
          [ALL_TABLES.join(",")]
        )
      const defs = rows.map((r: { indexdef: string }) => r.indexdef)
      const hasIndex = (table: string, columns: string, unique = false) =>
        defs.some(
          (def: string) =>
            def.includes(`ON ${def.includes("public.") ? "public." : ""}${table} `) &&
            def.includes(`(${columns})`) &&
            (!unique || def.startsWith("CREATE UNIQUE"))
        )

      const expected: Array<[string, string, boolean?]> = [
        ["event", "message_id", true],
        ["pvlib_cache", "cache_key", true],
        ["aneel_cache", "cache_key", true],
        ["lead", "status"],
        ["lead", "utm_campaign"],
        ["lead", "customer_id"],
        ["lead", "order_id"],
        ["lead", "created_at"],
        ["event", "event_name"],
        ["event", "session_id"],
        ["event", "customer_id"],
        ["rag_query", "conversation_id"],
        ["helio_conversation", "lead_id"],
        ["photogrammetry_analysis", "address_hash"],
        ["photogrammetry_analysis", "coordinates_hash"],
        ["photogrammetry_analysis", "latitude, longitude"],
        ["photogrammetry_analysis", "expires_at"],
        ["photogrammetry_analysis", "cache_source_id"],
        ["financing_simulation", "status"],
        ["solar_viability_analysis", "customer_id"],
        ["catalog_access_log", "product_id"],
        ["pvlib_cache", "expires_at"],
        ["aneel_cache", "expires_at"],
        ["lead_status_change", "lead_id"],
        ["lead_consent_change", "lead_id"],
        ["lead_consent_change", "occurred_at"],
        ["solar360_privacy_salt", "day", true],
        ["solar360_privacy_audit", "idempotency_key_hash", true],
        ["solar360_privacy_audit", "created_at"],
      ]
      const missing = expected.filter(([table, columns, unique]) => !hasIndex(table, columns, unique))
      expect(missing).toEqual([])
    })

    it("has no raw IP column in any table", async () => {
      const rows = await MikroOrmWrapper.forkManager()
        .getConnection()
        .execute(
          `select table_name, column_name from information_schema.columns
           where table_schema = current_schema() and table_name = any(string_to_array(?, ','))
             and (column_name ilike '%ip' or column_name ilike '%ip_address%' or column_name ilike 'ip_%')`,
          [ALL_TABLES.join(",")]
        )
      expect(rows.every((r: { column_name: string }) => r.column_name === "ip_hash")).toBe(true)
      expect(rows.length).toBeGreaterThan(0)
    })

    it("creates the history and internal tables", async () => {
      const rows = await MikroOrmWrapper.forkManager()
        .getConnection()
        .execute(
          `select table_name from information_schema.tables
           where table_schema = current_schema() and table_name = any(string_to_array(?, ','))`,
          [ALL_TABLES.join(",")]
        )
      expect(rows.map((r: { table_name: string }) => r.table_name).sort()).toEqual([...ALL_TABLES].sort())
    })

    it("serves the service from the migrated schema", async () => {
      const lead = await service.createLeads({ email: "a@b.com", interest_type: "quote" })
      expect(lead.status).toBe("new")
      expect(lead.score).toBe(0)
      expect(lead.is_qualified).toBe(false)
    })
  },
})
