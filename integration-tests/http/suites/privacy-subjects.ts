import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { unzipSync, strFromU8 } from "fflate"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { abortAfterFirstChunk } from "../../helpers/abort-stream"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import { eventually } from "../../helpers/eventually"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const DAY_MS = 86_400_000
const ago = (ms: number) => new Date(Date.now() - ms)

// The person asking (Maria) and someone with a similar e-mail who must be left alone.
const MARIA = {
  name: "Maria Oliveira Souza",
  email: "maria.souza@example.com",
  phone: "+5511987654321",
  cpf: "52998224725",
  customer_id: "cus_01JMARIA00000000000000000",
  anonymous_id: "anon-maria-browser",
  session_id: "sess-maria-1",
  free_text: "Meu telhado é de cerâmica, ligar após as 18h",
  address: "Rua das Flores, 123",
}
const OTHER = {
  name: "Maria Souza Lima",
  email: "maria.souza@example.com.br",
  phone: "+5521998765432",
  cpf: "11144477735",
  customer_id: "cus_01JOTHER00000000000000000",
  anonymous_id: "anon-other-browser",
  session_id: "sess-other-1",
  free_text: "Quero orçamento para minha empresa em Niterói",
  address: "Avenida Atlântica, 500",
}
type Person = typeof MARIA

// Tables of the plugin; every text and json column is scanned through row_to_json.
const TABLES = [
  "lead",
  "lead_status_change",
  "lead_consent_change",
  "lead_touch",
  "lead_note",
  "event",
  "catalog_access_log",
  "helio_conversation",
  "rag_query",
  "financing_simulation",
  "solar_viability_analysis",
  "photogrammetry_analysis",
  "pvlib_cache",
  "aneel_cache",
  "analytics_daily_rollup",
  "solar360_privacy_audit",
  "solar360_privacy_salt",
]
const PERSONAL_MODELS = [
  "lead",
  "lead_status_change",
  "lead_consent_change",
  "lead_touch",
  "lead_note",
  "event",
  "catalog_access_log",
  "helio_conversation",
  "rag_query",
  "financing_simulation",
  "solar_viability_analysis",
  "photogrammetry_analysis",
]

// Rows seed() writes for one person, per model (the status history has the capture's "new" too).
const SEEDED_COUNTS = {
  lead: 1,
  lead_status_change: 2,
  lead_consent_change: 1,
  lead_touch: 1,
  lead_note: 1,
  event: 3,
  catalog_access_log: 2,
  helio_conversation: 1,
  rag_query: 1,
  financing_simulation: 1,
  solar_viability_analysis: 1,
  photogrammetry_analysis: 1,
  pvlib_cache: 0,
  aneel_cache: 0,
}

export function privacySubjectsSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

  /** Rows in every personal model for one person, as the routes and jobs would write them. */
  async function seed(person: Person, tag: string) {
    const { lead_id } = await solar360.captureLead({
      interest_type: "quote",
      name: person.name,
      email: person.email.toUpperCase(),
      phone: person.phone,
      cpf_cnpj: person.cpf,
      message: person.free_text,
      city: "São Paulo",
      state: "SP",
      monthly_bill_brl: 650,
      utm_source: "google",
      utm_campaign: "verao",
      landing_page: `https://loja.example.com/solar?email=${person.email}`,
      customer_id: person.customer_id,
      consent_marketing: true,
      // As when the person, logged in, fills in the form: the consent applies at once.
      verified_email: person.email,
    } as any)
    // The form came with the tracker's ids (stored under analytics consent).
    await solar360.updateLeads({ id: lead_id, status: "contacted", anonymous_id: person.anonymous_id, session_id: person.session_id } as any)
    // An operator's note names the person (redaction removes identifiers, not names).
    await solar360.addLeadNote(lead_id, `Falou com ${person.name} sobre a conta de luz`, "user_staff")
    await solar360.createLeadStatusChanges({
      lead_id,
      from_status: "new",
      to_status: "contacted",
      actor_type: "user",
      note: `Ligou para ${person.name}`,
    } as any)

    const base = (n: number) => ({
      message_id: `${tag}-msg-${n}`,
      category: "navigation",
      occurred_at: ago(2 * DAY_MS - n * 60_000),
      received_at: ago(2 * DAY_MS - n * 60_000),
      path: "/produtos/kit-5kwp",
      url: `https://loja.example.com/produtos/kit-5kwp?utm_source=google&email=${person.email}`,
      referrer: `https://www.google.com/search?q=${encodeURIComponent(person.name)}`,
      device_type: "mobile",
      browser: "Chrome",
      utm_source: "google",
      ip_hash: `${tag}-iphash-day1`,
    })
    await solar360.createEvents([
      // Before login: only the browser's anonymous id (found through the customer's later events).
      { ...base(1), event_name: "page_view", anonymous_id: person.anonymous_id, session_id: person.session_id },
      {
        ...base(2),
        event_name: "page_view",
        anonymous_id: person.anonymous_id,
        session_id: person.session_id,
        customer_id: person.customer_id,
        properties: { email: person.email, note: person.free_text },
        label: person.name,
      },
      { ...base(3), event_name: "add_to_cart", category: "ecommerce", customer_id: person.customer_id, session_id: `${person.session_id}-b`, ip_hash: `${tag}-iphash-day1b` },
    ] as any)

    await solar360.createCatalogAccessLogs([
      {
        action_type: "search",
        search_term: `kit solar ${person.email}`,
        search_results_count: 3,
        occurred_at: ago(2 * DAY_MS),
        anonymous_id: person.anonymous_id,
        session_id: person.session_id,
        page_url: `https://loja.example.com/busca?q=${person.email}`,
        ip_hash: `${tag}-iphash-day1`,
      },
      { action_type: "product_view", product_id: "prod_kit", occurred_at: ago(2 * DAY_MS), customer_id: person.customer_id, session_id: person.session_id },
    ] as any)

    const conversation = await solar360.createHelioConversations({
      status: "resolved",
      title: `Conversa com ${person.name}`,
      summary: person.free_text,
      lead_id,
      session_id: `${person.session_id}-helio`,
      started_at: ago(DAY_MS),
      message_count: 4,
      total_tokens_used: 1200,
      total_cost_usd: 0.004,
      issue_resolved: true,
      user_satisfaction: "satisfied",
      satisfaction_score: 5,
      satisfaction_comment: `Ótimo, obrigado! ${person.phone}`,
    } as any)
    await solar360.createRagQueries([
      {
        conversation_id: conversation.id,
        query_text: `Sou ${person.name}, CPF ${person.cpf}. ${person.free_text}`,
        prompt: `User: ${person.email}`,
        response: "Um kit de 5 kWp atende.",
        retrieved_chunks: [{ id: "c1", score: 0.9, source: "faq", text: person.free_text }],
        llm_model: "gpt-4o-mini",
        prompt_tokens: 800,
        completion_tokens: 400,
        total_tokens: 1200,
        estimated_cost_usd: 0.004,
        total_response_time_ms: 1800,
        user_feedback: "positive",
        user_feedback_comment: `Obrigada, ${person.name}`,
        ip_hash: `${tag}-iphash-day1`,
      },
    ] as any)

    await solar360.createFinancingSimulations({
      system_cost: 20000,
      financing_amount: 20000,
      term_months: 60,
      customer_id: person.customer_id,
      session_id: person.session_id,
      chosen_reason: `Parcela cabe no orçamento de ${person.name}`,
      resume_token_hash: `${tag}-resume`.padEnd(64, "0"),
    } as any)
    await solar360.createSolarViabilityAnalyses({
      monthly_consumption_kwh: 400,
      customer_id: person.customer_id,
      latitude: -23.5505,
      longitude: -46.6333,
      city: "São Paulo",
      state: "SP",
    } as any)
    await solar360.createPhotogrammetryAnalyses({
      address: person.address,
      address_hash: `${tag}-address-hash`,
      street: person.address.split(",")[0],
      number: person.address.split(", ")[1],
      zip_code: "01001-000",
      latitude: -23.5505,
      longitude: -46.6333,
      customer_id: person.customer_id,
      status: "completed",
      total_roof_area_m2: 80,
    } as any)
    return { lead_id, conversation_id: conversation.id }
  }

  /** Caches hold no one's data: rows that must survive every erasure. */
  async function seedCaches() {
    const now = new Date()
    const expires_at = new Date(Date.now() + DAY_MS)
    await solar360.createPvlibCaches({ cache_key: "pvlib:-23.55:-46.63", request_params: { lat: -23.55 }, response: { kwh: 1500 }, status_code: 200, fetched_at: now, expires_at } as any)
    await solar360.createAneelCaches({ cache_key: "aneel:enel-sp", request_params: { distributor: "ENEL SP" }, response: { tariff: 0.95 }, status_code: 200, fetched_at: now, expires_at } as any)
  }

  const needlesOf = (person: Person) => [
    person.email,
    person.phone,
    person.phone.slice(3), // 11987654321 (national form)
    person.cpf,
    `${person.cpf.slice(0, 3)}.${person.cpf.slice(3, 6)}.${person.cpf.slice(6, 9)}-${person.cpf.slice(9)}`,
    person.name,
    person.name.split(" ")[1],
    person.free_text,
    person.address,
    person.customer_id,
    person.anonymous_id,
    person.session_id,
    `${person.session_id}-b`,
    `${person.session_id}-helio`,
  ]

  /** Which needles appear anywhere in any row of any plugin table (every column, as JSON text). */
  async function traces(needles: string[]): Promise<string[]> {
    const found: string[] = []
    for (const table of TABLES) {
      const rows = await db().raw(`select row_to_json(t)::text as doc from "${table}" t`)
      for (const { doc } of rows.rows) {
        for (const needle of needles) {
          // Whole values only: "maria.souza@example.com" is not found inside "maria.souza@example.com.br".
          const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
          if (new RegExp(`(?<![\\w.@-])${escaped}(?![\\w@-]|\\.\\w)`, "i").test(doc)) {
            found.push(`${table}: ${needle}`)
          }
        }
      }
    }
    return [...new Set(found)]
  }

  const count = async (table: string) => Number((await db()(table).count("* as n"))[0].n)
  const summaryOf = async (query: string) => (await api.get(`/admin/solar360/privacy/subjects?${query}`, admin)).data
  // One fixed window, so two calls ask for exactly the same report.
  const FROM = ago(7 * DAY_MS)
  const TO = new Date(Date.now() + 2 * DAY_MS)
  async function reports() {
    const get = async (path: string) => (await api.get(path, admin)).data
    const day = (date: Date) => date.toISOString().slice(0, 10)
    return {
      funnel: await get("/admin/solar360/leads/funnel"),
      overview: await get(`/admin/solar360/analytics/overview?from=${day(FROM)}&to=${day(TO)}`),
      helio: await get(`/admin/solar360/helio/metrics?from=${FROM.toISOString()}&to=${TO.toISOString()}`),
    }
  }

  describe("GET /admin/solar360/privacy/subjects", () => {
    it("finds the person from any identifier, following the links, and says why", async () => {
      const maria = await seed(MARIA, "maria")
      await seed(OTHER, "other")
      await seedCaches()

      const byEmail = await summaryOf(`email=${encodeURIComponent(" Maria.Souza@Example.com ")}`)
      expect(byEmail.subject.lead_ids).toEqual([maria.lead_id])
      expect(byEmail.subject.leads[0].matched_by).toEqual(["email"])
      expect(byEmail.subject.customer_ids).toEqual([MARIA.customer_id])
      expect(byEmail.subject.conversation_ids).toEqual([maria.conversation_id])
      expect(byEmail.subject.anonymous_ids).toEqual([MARIA.anonymous_id])
      expect(byEmail.subject.session_ids.sort()).toEqual([MARIA.session_id, `${MARIA.session_id}-b`].sort())
      const counts = Object.fromEntries(Object.entries(byEmail.models).map(([model, summary]: any) => [model, summary.count]))
      expect(counts).toEqual(SEEDED_COUNTS)
      expect(byEmail.total).toBe(16)
      expect(byEmail.models.pvlib_cache).toEqual({ count: 0, personal_data: false })
      // The pre-login event is found through the browser id only.
      expect(byEmail.models.event.matched_by).toEqual({ customer_id: 2, anonymous_id: 2, session_id: 3 })
      expect(byEmail.models.rag_query.matched_by).toMatchObject({ conversation: 1 })
      expect(new Date(byEmail.models.event.first_at).getTime()).toBeLessThan(new Date(byEmail.models.event.last_at).getTime())

      // Every other identifier finds the same person; several at once merge.
      for (const query of [
        `phone=${encodeURIComponent("(11) 98765-4321")}`,
        "cpf_cnpj=529.982.247-25",
        `customer_id=${MARIA.customer_id}`,
        `lead_id=${maria.lead_id}`,
        `email=${MARIA.email}&phone=${encodeURIComponent(MARIA.phone)}`,
      ]) {
        const summary = await summaryOf(query)
        expect({ query, total: summary.total, leads: summary.subject.lead_ids }).toEqual({ query, total: 16, leads: [maria.lead_id] })
      }
      // A browser id alone finds that browser's rows, never the account behind it.
      const byBrowser = await summaryOf(`anonymous_id=${MARIA.anonymous_id}`)
      expect(byBrowser.subject.customer_ids).toEqual([])
      expect(byBrowser.models.event.count).toBe(2)
      expect(byBrowser.models.lead.count).toBe(0)

      // Ids are matched exactly whatever characters they hold (bound as one escaped array).
      const odd = 'browser "quoted", {braces} \\ end'
      await solar360.createEvents([
        { message_id: "odd-1", event_name: "page_view", category: "navigation", occurred_at: new Date(), received_at: new Date(), anonymous_id: odd },
      ] as any)
      expect((await summaryOf(`anonymous_id=${encodeURIComponent(odd)}`)).models.event.count).toBe(1)
      expect((await summaryOf(`anonymous_id=${encodeURIComponent('browser "quoted"')}`)).models.event.count).toBe(0)

      const nobody = await summaryOf("email=ninguem@example.com")
      expect(nobody.total).toBe(0)
    })

    it("follows a lead's own tracker ids to the browsing before any account existed", async () => {
      const { lead_id } = await solar360.captureLead({ email: "visitante@example.com", interest_type: "solar" } as any)
      await solar360.updateLeads({ id: lead_id, anonymous_id: "anon-visitante", session_id: "sess-visitante" } as any)
      await solar360.createEvents([
        { message_id: "visit-1", event_name: "page_view", category: "navigation", occurred_at: new Date(), received_at: new Date(), anonymous_id: "anon-visitante" },
        { message_id: "visit-2", event_name: "page_view", category: "navigation", occurred_at: new Date(), received_at: new Date(), session_id: "sess-visitante" },
        { message_id: "visit-3", event_name: "page_view", category: "navigation", occurred_at: new Date(), received_at: new Date(), anonymous_id: "anon-someone-else" },
      ] as any)

      const summary = await summaryOf("email=visitante@example.com")
      expect(summary.subject.anonymous_ids).toEqual(["anon-visitante"])
      expect(summary.subject.session_ids).toEqual(["sess-visitante"])
      expect(summary.models.event.count).toBe(2)
    })

    it("answers 400 without an identifier or with an invalid one, 401 without auth", async () => {
      for (const query of ["", "email=not-an-email", "cpf_cnpj=12345678900", "phone=123", "colour=red"]) {
        const response = await responseOf(api.get(`/admin/solar360/privacy/subjects?${query}`, admin))
        expect({ query, status: response.status }).toEqual({ query, status: 400 })
      }
      expect((await responseOf(api.get("/admin/solar360/privacy/subjects?email=a@b.com"))).status).toBe(401)
    })
  })

  describe("GET /admin/solar360/privacy/subjects/export", () => {
    it("exports every row of the person and nothing of someone with a similar e-mail, as JSON or ZIP, audited", async () => {
      const maria = await seed(MARIA, "maria")
      await seed(OTHER, "other")

      const response = await api.get(`/admin/solar360/privacy/subjects/export?email=${MARIA.email}`, admin)
      expect(response.headers["content-type"]).toContain("application/json")
      const exported = response.data
      expect(exported).toMatchObject({ format: "solar360.data-subject-export", version: 1 })
      const ids = (table: string) => exported.models[table].map((row: any) => row.id)
      // Hers: the rows carrying one of her markers (the fixture tags every row).
      const markers = [MARIA.customer_id, "maria-", MARIA.name, maria.lead_id, maria.conversation_id]
      for (const table of PERSONAL_MODELS) {
        const stored = await db()(table).select("*").orderBy("id")
        const hers = stored.filter((row: any) => markers.some((marker) => JSON.stringify(row).includes(marker)))
        expect(hers.length).toBeGreaterThan(0)
        expect({ table, ids: ids(table) }).toEqual({ table, ids: hers.map((row: any) => row.id) })
        expect(exported.counts[table]).toBe(hers.length)
      }
      expect(exported.models.lead[0]).toMatchObject({ id: maria.lead_id, email: MARIA.email, name: MARIA.name, cpf_cnpj: MARIA.cpf })
      // Field names as stored (raw big-number columns too).
      expect(Object.keys(exported.models.lead[0])).toEqual(expect.arrayContaining(["raw_monthly_bill_brl", "created_at", "deleted_at"]))
      const text = JSON.stringify(exported)
      for (const needle of [OTHER.email, OTHER.phone, OTHER.cpf, OTHER.name, OTHER.free_text, OTHER.customer_id]) {
        expect(text).not.toContain(needle)
      }

      const zip = await api.get(`/admin/solar360/privacy/subjects/export?email=${MARIA.email}&format=zip`, {
        ...admin,
        responseType: "arraybuffer",
      })
      expect(zip.headers["content-type"]).toBe("application/zip")
      const files = unzipSync(new Uint8Array(zip.data))
      const fileNames = Object.keys(files).sort()
      expect(fileNames).toEqual(["subject.json", ...PERSONAL_MODELS.map((table) => `${table}.json`)].sort())
      for (const table of PERSONAL_MODELS) {
        const rows = JSON.parse(strFromU8(files[`${table}.json`]))
        expect(rows.map((row: any) => row.id)).toEqual(ids(table))
      }
      expect(JSON.parse(strFromU8(files["subject.json"])).subject.lead_ids).toEqual([maria.lead_id])

      const audit = (await api.get(`/admin/solar360/privacy/audit?email=${MARIA.email}`, admin)).data
      expect(audit.count).toBe(2)
      expect(audit.audits.map((row: any) => [row.action, row.format])).toEqual([
        ["export", "zip"],
        ["export", "json"],
      ])
      expect(audit.audits[0].counts.event).toBe(3)
      expect(audit.audits[0].actor_type).toBe("user")
      expect((await api.get(`/admin/solar360/privacy/audit?email=${OTHER.email}`, admin)).data.count).toBe(0)
    })

    it("exports more rows than one page, in id order", async () => {
      await seed(MARIA, "maria")
      await solar360.createEvents(
        Array.from({ length: 1203 }, (_, n) => ({
          message_id: `bulk-${n}`,
          event_name: "page_view",
          category: "navigation",
          occurred_at: ago(DAY_MS),
          received_at: ago(DAY_MS),
          customer_id: MARIA.customer_id,
        })) as any
      )
      const exported = (await api.get(`/admin/solar360/privacy/subjects/export?customer_id=${MARIA.customer_id}`, admin)).data
      const ids = exported.models.event.map((row: any) => row.id)
      expect(ids).toHaveLength(1206)
      expect(new Set(ids).size).toBe(1206)
      expect([...ids].sort()).toEqual(ids)
    })

    it.each(["json", "zip"])("stops reading rows when the client disconnects (%s)", async (format) => {
      await seed(MARIA, "maria")
      await solar360.createEvents(
        Array.from({ length: 4000 }, (_, n) => ({
          message_id: `gone-${n}`,
          event_name: "page_view",
          category: "navigation",
          occurred_at: ago(DAY_MS),
          received_at: ago(DAY_MS),
          customer_id: MARIA.customer_id,
          properties: { padding: "p".repeat(512) },
        })) as any
      )
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
      const info = jest.spyOn(logger, "info")
      const list = solar360.listDataSubjectRows.bind(solar360)
      let pages = 0
      let aborted!: () => void
      const clientAborted = new Promise<void>((resolve) => (aborted = resolve))
      const spy = jest.spyOn(solar360, "listDataSubjectRows").mockImplementation((async (...args: any[]) => {
        pages++
        // The second page is read only once the client has gone: no timing in the outcome.
        if (pages === 2) {
          await clientAborted
        }
        return (list as any)(...args)
      }) as any)
      try {
        await abortAfterFirstChunk(
          api,
          `/admin/solar360/privacy/subjects/export?customer_id=${MARIA.customer_id}&format=${format}`,
          admin
        )
        aborted()
        await eventually(async () => {
          expect(info).toHaveBeenCalledWith(expect.stringContaining("data-subject export stopped after"))
        })
        // 8 pages of events alone exist; at most the first, the one in flight and one more.
        expect(pages).toBeLessThanOrEqual(3)
      } finally {
        spy.mockRestore()
        info.mockRestore()
      }
    })

    it("answers 404 for a person with no records, 400 for bad input, 401 without auth", async () => {
      const missing = await responseOf(api.get("/admin/solar360/privacy/subjects/export?email=ninguem@example.com", admin))
      expect(missing.status).toBe(404)
      expect(await count("solar360_privacy_audit")).toBe(0)
      for (const query of ["", "email=x", "email=a@b.com&format=pdf"]) {
        expect((await responseOf(api.get(`/admin/solar360/privacy/subjects/export?${query}`, admin))).status).toBe(400)
      }
      expect((await responseOf(api.get("/admin/solar360/privacy/subjects/export?email=a@b.com"))).status).toBe(401)
      expect(await count("solar360_privacy_audit")).toBe(0)
    })
  })

  describe("POST /admin/solar360/privacy/subjects/erase", () => {
    it("anonymise leaves no trace of the person anywhere, keeps report totals, is idempotent and audited", async () => {
      const maria = await seed(MARIA, "maria")
      await seed(OTHER, "other")
      await seedCaches()
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const erasedEvents: any[] = []
      eventBus.subscribe("solar360.subject.erased", async (event: any) => {
        erasedEvents.push(event.data)
      })

      expect(await traces(needlesOf(MARIA))).not.toEqual([])
      const before = await reports()
      // Not empty reports: both people are counted in them.
      expect(before.overview.totals).toMatchObject({ unique_visitors: 4, sessions: 4 })
      expect(before.funnel.counts.contacted).toBe(2)
      expect(before.helio.metrics.average_satisfaction).toBe(5)
      const rowCounts = Object.fromEntries(await Promise.all(TABLES.slice(0, 14).map(async (t) => [t, await count(t)])))

      const response = await api.post(
        "/admin/solar360/privacy/subjects/erase",
        {
          identifiers: { email: MARIA.email },
          mode: "anonymise",
          reason: `Pedido LGPD de ${MARIA.email}, CPF ${MARIA.cpf}`,
        },
        { headers: { ...admin.headers, "Idempotency-Key": "erase-maria-1" } }
      )
      expect(response.status).toBe(200)
      expect(response.data.erasure).toMatchObject({
        mode: "anonymise",
        replayed: false,
        total: 16,
        counts: SEEDED_COUNTS,
      })

      // No e-mail, phone, CPF, name, free text, address or id of hers in any column of any table.
      expect(await traces(needlesOf(MARIA))).toEqual([])
      // The other person is untouched (and the scan does see data).
      expect((await traces(needlesOf(OTHER))).length).toBeGreaterThan(10)
      expect(await summaryOf(`email=${OTHER.email}`)).toMatchObject({ total: 16 })

      // Rows stay (anonymised), so every report gives the same totals.
      expect(Object.fromEntries(await Promise.all(TABLES.slice(0, 14).map(async (t) => [t, await count(t)])))).toEqual(rowCounts)
      expect(await reports()).toEqual(before)
      const lead = (await db()("lead").where({ id: maria.lead_id }))[0]
      expect(lead).toMatchObject({ status: "contacted", interest_type: "quote", utm_campaign: "verao", email: null, consent_marketing: false })
      expect(Number(lead.monthly_bill_brl)).toBe(650)
      expect((await db()("helio_conversation").where({ id: maria.conversation_id }))[0]).toMatchObject({
        user_requested_deletion: true,
        message_count: 4,
        total_tokens_used: 1200,
      })

      // Idempotent: the same key replays; a new request finds nothing left.
      const replay = await api.post(
        "/admin/solar360/privacy/subjects/erase",
        { identifiers: { email: MARIA.email }, mode: "anonymise", reason: "retry" },
        { headers: { ...admin.headers, "Idempotency-Key": "erase-maria-1" } }
      )
      expect(replay.data.erasure).toEqual({ ...response.data.erasure, replayed: true })
      for (const identifiers of [{ email: MARIA.email }, { lead_id: maria.lead_id }, { cpf_cnpj: MARIA.cpf }]) {
        const again = await api.post("/admin/solar360/privacy/subjects/erase", { identifiers, mode: "anonymise", reason: "again" }, admin)
        expect(again.data.erasure.total).toBe(0)
      }
      expect(await reports()).toEqual(before)

      const audits = (await api.get(`/admin/solar360/privacy/audit?email=${MARIA.email}&action=erase`, admin)).data
      expect(audits.count).toBe(2) // the first erasure and the email rerun (the replay wrote nothing)
      const first = audits.audits.find((row: any) => row.id === response.data.erasure.audit_id)
      expect(first).toMatchObject({ action: "erase", mode: "anonymise", actor_type: "user" })
      expect(first.reason).not.toContain(MARIA.email)
      expect(first.identifier_hashes.email).toHaveLength(1)
      expect(first.identifier_hashes.email[0]).toMatch(/^[0-9a-f]{64}$/)
      expect((await api.get(`/admin/solar360/privacy/audit/${first.id}`, admin)).data.audit.id).toBe(first.id)
      // Each erasure but the replay emits one event, without personal data.
      await eventually(async () => expect(erasedEvents).toHaveLength(4))
      expect(erasedEvents.find((event) => event.audit_id === response.data.erasure.audit_id)).toEqual({
        audit_id: response.data.erasure.audit_id,
        mode: "anonymise",
        counts: response.data.erasure.counts,
        total: 16,
      })
    })

    it("delete removes every row of the person and only those; a rerun removes nothing", async () => {
      await seed(MARIA, "maria")
      await seed(OTHER, "other")
      await seedCaches()
      const rowCounts = Object.fromEntries(await Promise.all(PERSONAL_MODELS.map(async (t) => [t, await count(t)])))

      const response = await api.post(
        "/admin/solar360/privacy/subjects/erase",
        { identifiers: { phone: "(11) 98765-4321" }, mode: "delete", reason: "Pedido de exclusão" },
        admin
      )
      expect(response.data.erasure).toMatchObject({ mode: "delete", counts: {}, total: 16 })
      for (const table of PERSONAL_MODELS) {
        expect({ table, left: await count(table) }).toEqual({
          table,
          left: rowCounts[table] - response.data.erasure.counts[table],
        })
      }
      expect(await traces(needlesOf(MARIA))).toEqual([])
      expect(await summaryOf(`email=${OTHER.email}`)).toMatchObject({ total: 16 })
      expect(await count("pvlib_cache")).toBe(1)
      expect(await count("aneel_cache")).toBe(1)

      const again = await api.post(
        "/admin/solar360/privacy/subjects/erase",
        { identifiers: { phone: MARIA.phone }, mode: "delete", reason: "Pedido de exclusão" },
        admin
      )
      expect(again.data.erasure.total).toBe(0)
    })

    it("answers 400 for bad input and writes nothing, 401 without auth", async () => {
      await seed(MARIA, "maria")
      const snapshot = async () => JSON.stringify(await db()("lead").select("*").orderBy("id"))
      const before = await snapshot()
      for (const body of [
        { identifiers: {}, mode: "anonymise", reason: "x" },
        { identifiers: { email: MARIA.email }, mode: "shred", reason: "x" },
        { identifiers: { email: MARIA.email }, mode: "delete" },
        { identifiers: { email: "nope" }, mode: "delete", reason: "x" },
        { identifiers: { email: MARIA.email, colour: "red" }, mode: "delete", reason: "x" },
      ]) {
        const response = await responseOf(api.post("/admin/solar360/privacy/subjects/erase", body, admin))
        expect({ body, status: response.status }).toEqual({ body, status: 400 })
      }
      const unauthenticated = await responseOf(
        api.post("/admin/solar360/privacy/subjects/erase", { identifiers: { email: MARIA.email }, mode: "delete", reason: "x" })
      )
      expect(unauthenticated.status).toBe(401)
      expect(await snapshot()).toEqual(before)
      expect(await count("solar360_privacy_audit")).toBe(0)
    })
  })

  describe("GET /admin/solar360/privacy/audit", () => {
    it("answers 404 for an unknown record, 400 for bad filters, 401 without auth", async () => {
      expect((await responseOf(api.get("/admin/solar360/privacy/audit/paud_missing", admin))).status).toBe(404)
      expect((await responseOf(api.get("/admin/solar360/privacy/audit?action=read", admin))).status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/privacy/audit?email=nope", admin))).status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/privacy/audit"))).status).toBe(401)
      expect((await api.get("/admin/solar360/privacy/audit", admin)).data).toEqual({ audits: [], count: 0, offset: 0, limit: 50 })
    })
  })
}
