import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import applyDataRetentionJob from "../../../src/jobs/apply-data-retention"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { applyHelioRetentionWorkflow } from "../../../src/workflows/helio"
import { applyDataRetentionWorkflow } from "../../../src/workflows/privacy"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// Set before the runner loads medusa-config.ts (its `env` option comes too late): scheduled
// jobs off, and chunks of 100 rows so a run spans several transactions per model.
const previousEnv = {
  SOLAR360_DISABLED_JOBS: process.env.SOLAR360_DISABLED_JOBS,
  SOLAR360_RETENTION_CHUNK_SIZE: process.env.SOLAR360_RETENTION_CHUNK_SIZE,
}
process.env.SOLAR360_DISABLED_JOBS = "*"
process.env.SOLAR360_RETENTION_CHUNK_SIZE = "100"
afterAll(() => {
  for (const [key, value] of Object.entries(previousEnv)) {
    if (value === undefined) {
      delete process.env[key]
    } else {
      process.env[key] = value
    }
  }
})

const DAY_MS = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY_MS)

const TABLES = [
  "event",
  "catalog_access_log",
  "rag_query",
  "lead",
  "financing_simulation",
  "solar_viability_analysis",
  "photogrammetry_analysis",
] as const
type Table = (typeof TABLES)[number]

const RETENTION_LOCK_KEY = "solar360:data-retention"

export function privacyRetentionSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let solar360: Solar360ModuleService
  let admin: RequestHeaders

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

  async function backdate(table: string, ids: string[], columns: Record<string, Date | null>) {
    await db()(table).whereIn("id", ids).update(columns)
  }

  async function idsOf(table: Table): Promise<string[]> {
    return (await db()(table).select("id")).map((row: { id: string }) => row.id).sort()
  }

  async function snapshot(): Promise<Record<Table, string[]>> {
    const entries = await Promise.all(TABLES.map(async (table) => [table, await idsOf(table)] as const))
    return Object.fromEntries(entries) as Record<Table, string[]>
  }

  let messageSeq = 0
  async function events(count: number, occurredAt: Date, createdAt?: Date) {
    const created: Array<{ id: string }> = await solar360.createEvents(
      Array.from({ length: count }, () => ({
        message_id: `retention-${++messageSeq}`,
        event_name: "page_view",
        category: "page_view",
        occurred_at: occurredAt,
        received_at: occurredAt,
      })) as any[]
    )
    const ids = created.map((row) => row.id)
    if (createdAt) {
      await backdate("event", ids, { created_at: createdAt })
    }
    return ids
  }

  async function catalogLog(occurredAt: Date | null, createdAt: Date) {
    const created = await solar360.createCatalogAccessLogs({ action_type: "product_view", occurred_at: occurredAt } as any)
    await backdate("catalog_access_log", [created.id], { created_at: createdAt })
    return created.id as string
  }

  async function created<T extends { id: string }>(table: Table, rows: T | T[], createdAt: Date) {
    const list = Array.isArray(rows) ? rows : [rows]
    const ids = list.map((row) => row.id)
    await backdate(table, ids, { created_at: createdAt })
    return ids
  }

  async function lead(fields: Record<string, unknown>, history: Array<[string, Date]>, updatedAt: Date) {
    const row = await solar360.createLeads({ email: `lead-${++messageSeq}@example.com`, ...fields } as any)
    for (const [to_status, at] of history) {
      const change = await solar360.createLeadStatusChanges({ lead_id: row.id, to_status, actor_type: "user" } as any)
      await backdate("lead_status_change", [change.id], { created_at: at })
    }
    // Every lead has a consent statement too (as a capture records): it must go with the lead.
    await solar360.createLeadConsentChanges({
      lead_id: row.id,
      purpose: "marketing",
      granted: true,
      channel: "web_form",
      occurred_at: ago(2000),
    } as any)
    await backdate("lead", [row.id], { created_at: ago(2000), updated_at: updatedAt })
    return row.id as string
  }

  const simulation = (fields: Record<string, unknown> = {}) =>
    solar360.createFinancingSimulations({ system_cost: 20000, financing_amount: 20000, term_months: 48, ...fields } as any)

  /**
   * Rows on both sides of every cutoff (a day either side), defaults: events and catalog
   * logs 400 days, the rest 730. Returns the ids the retention must remove, by table.
   */
  async function seed(): Promise<Record<Table, string[]>> {
    const removed: Record<Table, string[]> = Object.fromEntries(TABLES.map((t) => [t, []])) as any

    // event: by occurred_at. More than a chunk (100) past retention.
    removed.event.push(...(await events(150, ago(401))))
    // Occurred long ago though received (created) recently: still past retention.
    removed.event.push(...(await events(1, ago(500), ago(1))))
    await events(3, ago(399))
    // Created long ago, occurred recently (a clock-skewed client): kept.
    await events(1, ago(10), ago(900))
    const softDeletedEvents = await events(2, ago(401))
    await solar360.softDeleteEvents(softDeletedEvents)
    removed.event.push(...softDeletedEvents)

    // catalog_access_log: occurred_at, else created_at.
    removed.catalog_access_log.push(await catalogLog(ago(401), ago(1)))
    removed.catalog_access_log.push(await catalogLog(null, ago(401)))
    await catalogLog(ago(399), ago(900))
    await catalogLog(null, ago(399))
    const softDeletedLog = await catalogLog(ago(800), ago(800))
    await solar360.softDeleteCatalogAccessLogs([softDeletedLog])
    removed.catalog_access_log.push(softDeletedLog)

    // rag_query: by created_at; also more than a chunk.
    const oldQueries = await solar360.createRagQueries(
      Array.from({ length: 120 }, (_, i) => ({ query_text: `antiga ${i}`, prompt_tokens: i })) as any
    )
    removed.rag_query.push(...(await created("rag_query", oldQueries, ago(731))))
    await created("rag_query", await solar360.createRagQueries({ query_text: "recente" } as any), ago(729))
    const softDeletedQuery = await solar360.createRagQueries({ query_text: "apagada" } as any)
    await created("rag_query", softDeletedQuery, ago(731))
    await solar360.softDeleteRagQueries([softDeletedQuery.id])
    removed.rag_query.push(softDeletedQuery.id)

    // lead: closed (converted or lost) before the cutoff; open ones are kept at any age.
    removed.lead.push(await lead({ status: "converted", converted_at: ago(731) }, [["converted", ago(731)]], ago(731)))
    await lead({ status: "converted", converted_at: ago(729) }, [["converted", ago(729)]], ago(900))
    removed.lead.push(await lead({ status: "lost" }, [["new", ago(1000)], ["lost", ago(731)]], ago(731)))
    // Lost long ago, reopened, and lost again recently: closed recently, kept.
    await lead({ status: "lost" }, [["lost", ago(1000)], ["contacted", ago(40)], ["lost", ago(30)]], ago(900))
    // Lost without any history entry: updated_at is the closed date.
    removed.lead.push(await lead({ status: "lost" }, [], ago(731)))
    await lead({ status: "lost" }, [], ago(729))
    // Open leads older than the window: kept.
    await lead({ status: "qualified" }, [["new", ago(2000)]], ago(1500))
    await lead({ status: "new" }, [], ago(2000))
    const softDeletedLead = await lead({ status: "lost" }, [["lost", ago(800)]], ago(800))
    await solar360.softDeleteLeads([softDeletedLead])
    removed.lead.push(softDeletedLead)

    // financing_simulation / solar_viability_analysis: created_at, order-linked included.
    removed.financing_simulation.push(...(await created("financing_simulation", await simulation(), ago(731))))
    removed.financing_simulation.push(
      ...(await created("financing_simulation", await simulation({ order_id: "order_01JRETENTION0000000000000" }), ago(731)))
    )
    await created("financing_simulation", await simulation(), ago(729))
    const softDeletedSimulation = await simulation()
    await created("financing_simulation", softDeletedSimulation, ago(1000))
    await solar360.softDeleteFinancingSimulations([softDeletedSimulation.id])
    removed.financing_simulation.push(softDeletedSimulation.id)

    const analysis = (fields: Record<string, unknown> = {}) => solar360.createSolarViabilityAnalyses(fields as any)
    removed.solar_viability_analysis.push(...(await created("solar_viability_analysis", await analysis(), ago(731))))
    removed.solar_viability_analysis.push(
      ...(await created("solar_viability_analysis", await analysis({ order_id: "order_01JRETENTION0000000000000" }), ago(731)))
    )
    await created("solar_viability_analysis", await analysis(), ago(729))
    const softDeletedAnalysis = await analysis()
    await created("solar_viability_analysis", softDeletedAnalysis, ago(731))
    await solar360.softDeleteSolarViabilityAnalyses([softDeletedAnalysis.id])
    removed.solar_viability_analysis.push(softDeletedAnalysis.id)

    // photogrammetry_analysis: created_at; an expired cache entry younger than that stays.
    const roof = (fields: Record<string, unknown> = {}) => solar360.createPhotogrammetryAnalyses(fields as any)
    removed.photogrammetry_analysis.push(...(await created("photogrammetry_analysis", await roof(), ago(731))))
    await created("photogrammetry_analysis", await roof({ expires_at: ago(300) }), ago(729))
    const softDeletedRoof = await roof()
    await created("photogrammetry_analysis", softDeletedRoof, ago(731))
    await solar360.softDeletePhotogrammetryAnalyses([softDeletedRoof.id])
    removed.photogrammetry_analysis.push(softDeletedRoof.id)

    return removed
  }

  const countsOf = (ids: Record<Table, string[]>) =>
    Object.fromEntries(TABLES.map((table) => [table, ids[table].length]))

  it("the dry run reports exactly what the run then removes; the run removes nothing else; a rerun removes nothing", async () => {
    const removed = await seed()
    const before = await snapshot()
    const historyBefore = Number((await db()("lead_status_change").count("* as n"))[0].n)

    const preview = await api.get("/admin/solar360/privacy/retention", admin)
    expect(preview.status).toBe(200)
    expect(preview.data).toMatchObject({
      dry_run: true,
      counts: countsOf(removed),
      options: {
        eventsDays: 400,
        catalogAccessLogsDays: 400,
        ragQueriesDays: 730,
        leadsAfterClosedDays: 730,
        chunkSize: 100,
      },
    })
    expect(Object.keys(preview.data.cutoffs).sort()).toEqual([...TABLES].sort())
    expect(new Date(preview.data.cutoffs.event).getTime()).toBeCloseTo(ago(400).getTime(), -5)
    expect(preview.data.rules.map((rule: any) => rule.model)).toEqual([...TABLES])
    // Nothing deleted by the dry run.
    expect(await snapshot()).toEqual(before)

    const run = await api.post("/admin/solar360/privacy/retention/run", {}, admin)
    expect(run.status).toBe(200)
    expect(run.data).toMatchObject({ dry_run: false, locked_out: false, counts: countsOf(removed) })
    // 153 events and 121 queries in chunks of 100, plus a final short chunk per pass.
    expect(run.data.chunks).toBeGreaterThan(2 * TABLES.length)

    const after = await snapshot()
    for (const table of TABLES) {
      const expected = before[table].filter((id) => !removed[table].includes(id))
      expect({ table, ids: after[table] }).toEqual({ table, ids: expected })
    }
    // Removed leads' status history went with them; the kept leads' history stayed.
    for (const history of ["lead_status_change", "lead_consent_change"]) {
      const orphans = await db()(history).whereNotIn("lead_id", db()("lead").select("id")).count("* as n")
      expect({ history, orphans: Number(orphans[0].n) }).toEqual({ history, orphans: 0 })
    }
    expect(Number((await db()("lead_consent_change").count("* as n"))[0].n)).toBe(before.lead.length - removed.lead.length)
    const historyAfter = Number((await db()("lead_status_change").count("* as n"))[0].n)
    expect(historyAfter).toBeLessThan(historyBefore)
    expect(historyAfter).toBeGreaterThan(0)

    const again = await api.post("/admin/solar360/privacy/retention/run", {}, admin)
    expect(Object.values(again.data.counts).every((count) => count === 0)).toBe(true)
    const previewAgain = await api.get("/admin/solar360/privacy/retention", admin)
    expect(Object.values(previewAgain.data.counts).every((count) => count === 0)).toBe(true)
  })

  it("previews a future run with ?now= (rows a day inside the window become due) and deletes nothing", async () => {
    await events(2, ago(399))
    await created("rag_query", await solar360.createRagQueries({ query_text: "quase" } as any), ago(729))
    const before = await snapshot()

    const today = await api.get("/admin/solar360/privacy/retention", admin)
    expect(today.data.counts).toMatchObject({ event: 0, rag_query: 0 })

    const inTwoDays = new Date(Date.now() + 2 * DAY_MS)
    const future = await api.get(`/admin/solar360/privacy/retention?now=${inTwoDays.toISOString()}`, admin)
    expect(future.status).toBe(200)
    expect(future.data.now).toBe(inTwoDays.toISOString())
    expect(future.data.counts).toMatchObject({ event: 2, rag_query: 1, lead: 0 })
    expect(future.data.cutoffs.rag_query).toBe(new Date(inTwoDays.getTime() - 730 * DAY_MS).toISOString())
    expect(await snapshot()).toEqual(before)
  })

  it("the dry run also previews the hourly Helio retention, exactly as it then runs", async () => {
    const conversation = async (fields: Record<string, unknown>, createdAt: Date) => {
      const row = await solar360.createHelioConversations({ status: "resolved", title: "Kit 5 kWp", ...fields } as any)
      await backdate("helio_conversation", [row.id], { created_at: createdAt })
      return row.id as string
    }
    const query = async (fields: Record<string, unknown>, createdAt: Date) => {
      const row = await solar360.createRagQueries({ query_text: "Quanto custa?", prompt_tokens: 10, ...fields } as any)
      await backdate("rag_query", [row.id], { created_at: createdAt })
      return row.id as string
    }
    const future = new Date(Date.now() + 700 * DAY_MS)
    // Undated and older than conversationRetentionDays: its date is set, then it is erased.
    const undatedOld = await conversation({ customer_id: "cus_1" }, ago(731))
    await query({ conversation_id: undatedOld }, ago(731))
    // Deletion requested: erased with its query (an old one too, counted as erased only).
    const requested = await conversation({ user_requested_deletion: true, data_retention_until: future }, ago(1))
    await query({ conversation_id: requested }, ago(40))
    // Dated, past contentRetentionDays: content blanked.
    const old = await conversation({ data_retention_until: future }, ago(31))
    await query({ conversation_id: old }, ago(31))
    // Undated and recent: only its date is set.
    await conversation({}, ago(2))
    await query({}, ago(2))

    const preview = await api.get("/admin/solar360/privacy/retention", admin)
    const { result } = await applyHelioRetentionWorkflow(getContainer()).run({ input: {} })
    expect(preview.data.helio_pending).toEqual({
      retention_dates_to_set: 2,
      conversations_to_erase: 2,
      queries_to_erase: 2,
      queries_to_blank: 1,
      conversations_to_blank: 1,
    })
    expect(preview.data.helio_pending).toEqual({
      retention_dates_to_set: result.retention_dates_set,
      conversations_to_erase: result.conversations_erased,
      queries_to_erase: result.queries_erased,
      queries_to_blank: result.queries_blanked,
      conversations_to_blank: result.conversations_blanked,
    })
    const after = await api.get("/admin/solar360/privacy/retention", admin)
    expect(Object.values(after.data.helio_pending).every((count) => count === 0)).toBe(true)
  })

  it("does nothing while another instance holds the retention lock", async () => {
    const old = await events(3, ago(500))
    let result: any
    await db().transaction(async (trx: any) => {
      await trx.raw("select pg_advisory_xact_lock(hashtext(?))", [RETENTION_LOCK_KEY])
      ;({ result } = await applyDataRetentionWorkflow(getContainer()).run({ input: {} }))
    })
    expect(result).toMatchObject({ locked_out: true, chunks: 0, counts: { event: 0 } })
    expect(await db()("event").whereIn("id", old).count("* as n")).toEqual([{ n: "3" }])

    // Once the lock is free, the same run goes through (and releases it again).
    const { result: free } = await applyDataRetentionWorkflow(getContainer()).run({ input: {} })
    expect(free).toMatchObject({ locked_out: false, counts: { event: 3 } })
    const [{ held }] = (
      await db().raw(
        "select count(*)::int as held from pg_locks where locktype = 'advisory' and objid = hashtext(?)::oid",
        [RETENTION_LOCK_KEY]
      )
    ).rows
    expect(held).toBe(0)
  })

  it("the scheduled job does nothing while listed in disabledJobs", async () => {
    const old = await events(1, ago(500))
    await applyDataRetentionJob(getContainer() as any)
    expect(await db()("event").whereIn("id", old).count("* as n")).toEqual([{ n: "1" }])
  })

  it("answers 401 without an admin, 400 for a bad date or an unknown parameter; a secret API key works", async () => {
    expect((await responseOf(api.get("/admin/solar360/privacy/retention"))).status).toBe(401)
    expect((await responseOf(api.post("/admin/solar360/privacy/retention/run", {}))).status).toBe(401)

    const badDate = await responseOf(api.get("/admin/solar360/privacy/retention?now=not-a-date", admin))
    expect(badDate.status).toBe(400)
    expect(badDate.data.type).toBe("invalid_data")
    const unknown = await responseOf(api.get("/admin/solar360/privacy/retention?dry_run=false", admin))
    expect(unknown.status).toBe(400)
    const body = await responseOf(api.post("/admin/solar360/privacy/retention/run", { now: "2030-01-01" }, admin))
    expect(body.status).toBe(400)
    // No body at all is fine (what `curl -X POST` sends).
    expect((await api.post("/admin/solar360/privacy/retention/run", undefined, admin)).status).toBe(200)

    const key = await getContainer()
      .resolve(Modules.API_KEY)
      .createApiKeys({ title: "retention operator", type: "secret", created_by: "test" })
    const basic = { headers: { Authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` } }
    expect((await api.get("/admin/solar360/privacy/retention", basic)).status).toBe(200)
  })
}
