import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import { SOLAR360_MODULE } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// Personal data a customer might type; none of it may reach any column.
const CPF = "529.982.247-25"
const EMAIL = "maria.souza@example.com"
const PHONE = "(11) 98765-4321"
const CARD = "4111 1111 1111 1111"
const RAW_PII = [CPF, "52998224725", EMAIL, PHONE, "98765-4321", CARD, "4111111111111111"]

const queryBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  message_id: randomUUID(),
  query_text: "Quanto custa um sistema de 5 kWp em Campinas?",
  query_language: "pt-BR",
  query_type: "pricing",
  embedding_model: "text-embedding-3-small",
  query_embedding: [0.1, 0.2, 0.3],
  retrieved_chunks: [
    { id: "doc-1#3", score: 0.82, source: "kb/precos.md", text: "Sistemas de 5 kWp custam cerca de R$ 12.500." },
  ],
  vector_db: "pgvector",
  vector_search_time_ms: 12,
  retrieval_time_ms: 40,
  llm_model: "gpt-4o-mini",
  llm_temperature: 0.2,
  prompt: "Responda com base no contexto.",
  response: "Um sistema de 5 kWp custa cerca de R$ 12.500 instalado.",
  llm_response_time_ms: 900,
  total_response_time_ms: 1000,
  time_to_first_token_ms: 300,
  prompt_tokens: 1000,
  completion_tokens: 200,
  cached_tokens: 400,
  reasoning_tokens: 0,
  confidence_score: 0.9,
  recommended_products: [{ product_id: "prod_kit5", score: 0.7 }],
  ...overrides,
})

export function helioAdminSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: { headers: Record<string, string> }
  let assistant: { headers: Record<string, string> }
  let store: { headers: Record<string, string> }
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    const container = getContainer()
    ;({ admin, store } = await createHttpContext(api, container, { admin: true, store: true }))
    // The assistant calls as a backend with a secret API key (HTTP Basic).
    const key = await container.resolve(Modules.API_KEY).createApiKeys({
      title: "helio backend",
      type: "secret",
      created_by: "test",
    })
    assistant = { headers: { authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` } }
    solar360 = container.resolve(SOLAR360_MODULE)
  })

  const start = async (body: Record<string, unknown> = {}, headers = assistant.headers) =>
    api.post("/admin/solar360/helio/conversations", { channel: "web", ...body }, { headers })

  const rowText = async (table: "rag_query" | "helio_conversation", id: string) => {
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw(`SELECT row_to_json(t)::text AS json FROM ${table} t WHERE id = ?`, [id])
    return rows[0].json as string
  }

  describe("conversations", () => {
    it("starts with a secret API key, sets retention and answers a session token once", async () => {
      const response = await start({ customer_id: "cus_1", session_id: "sess_1", title: "Orçamento" })
      expect(response.status).toBe(201)
      const { conversation, session_token } = response.data
      expect(session_token).toMatch(/^s360rt_/)
      expect(conversation).toMatchObject({ status: "active", channel: "web", customer_id: "cus_1", message_count: 0 })
      expect(conversation).not.toHaveProperty("session_token_hash")
      const retention = new Date(conversation.data_retention_until).getTime() - new Date(conversation.created_at).getTime()
      expect(Math.round(retention / 86_400_000)).toBe(730)
      expect(await rowText("helio_conversation", conversation.id)).not.toContain(session_token)
    })

    it("answers the same conversation and token on a retried start", async () => {
      const headers = { ...assistant.headers, "idempotency-key": randomUUID() }
      const first = await start({}, headers)
      const retry = await start({}, headers)
      expect(retry.status).toBe(200)
      expect(retry.data.conversation.id).toBe(first.data.conversation.id)
      expect(retry.data.session_token).toBe(first.data.session_token)
    })

    it("starts a fresh conversation when another actor replays the Idempotency-Key", async () => {
      const key = randomUUID()
      const first = await start({}, { ...assistant.headers, "idempotency-key": key })
      const byAdmin = await start({}, { ...admin.headers, "idempotency-key": key })
      expect(byAdmin.status).toBe(201)
      expect(byAdmin.data.conversation.id).not.toBe(first.data.conversation.id)
      expect(byAdmin.data.session_token).not.toBe(first.data.session_token)
    })

    it("redacts PII in the title and summary", async () => {
      const { conversation } = (await start({ title: `Cliente ${EMAIL}` })).data
      const updated = await api.post(
        `/admin/solar360/helio/conversations/${conversation.id}`,
        { summary: `CPF ${CPF}, telefone ${PHONE}` },
        admin
      )
      expect(updated.data.conversation.summary).toBe("CPF [CPF], telefone [PHONE]")
      expect(updated.data.conversation.contains_pii).toBe(true)
      const stored = await rowText("helio_conversation", conversation.id)
      for (const raw of RAW_PII) {
        expect(stored).not.toContain(raw)
      }
    })

    it("enforces status transitions; escalation needs a reason", async () => {
      const { id } = (await start()).data.conversation
      const noReason = await responseOf(api.post(`/admin/solar360/helio/conversations/${id}`, { status: "escalated" }, admin))
      expect(noReason.status).toBe(400)
      expect(noReason.data.code).toBe("helio_escalation_reason_required")

      const escalated = await api.post(
        `/admin/solar360/helio/conversations/${id}`,
        { status: "escalated", escalation_reason: "asked for a human" },
        admin
      )
      expect(escalated.data.conversation).toMatchObject({ status: "escalated", escalated_to_human: true })
      expect(escalated.data.conversation.escalated_at).toBeTruthy()

      const completed = await api.post(
        `/admin/solar360/helio/conversations/${id}`,
        { status: "completed", issue_resolved: true, topics: ["preço", "financiamento"], primary_topic: "preço" },
        admin
      )
      expect(completed.data.conversation.ended_at).toBeTruthy()
      expect(completed.data.conversation.duration_seconds).toBeGreaterThanOrEqual(0)

      const reopen = await responseOf(api.post(`/admin/solar360/helio/conversations/${id}`, { status: "active" }, admin))
      expect(reopen.status).toBe(400)
      expect(reopen.data.code).toBe("helio_invalid_transition")
      expect((await solar360.retrieveHelioConversation(id)).status).toBe("completed")
    })

    it("a contact collected at the start creates the person's lead and links it, once per start", async () => {
      const headers = { ...assistant.headers, "idempotency-key": randomUUID() }
      const contact = { name: "Carla Dias", email: "Carla.Dias@example.com", city: "Recife", state: "PE" }
      const first = await start({ contact }, headers)
      expect(first.status).toBe(201)
      const [lead] = (await solar360.listLeads({ email: "carla.dias@example.com" })) as any[]
      expect(lead).toMatchObject({ name: "Carla Dias", interest_type: "chat", city: "Recife", state: "PE", touch_count: 1 })
      expect(first.data.conversation).not.toHaveProperty("contact")
      const stored = await solar360.retrieveHelioConversation(first.data.conversation.id)
      expect(stored).toMatchObject({ lead_id: lead.id, lead_generated: true })
      // A retried start answers the same conversation and captures nothing again.
      const retry = await start({ contact }, headers)
      expect(retry.status).toBe(200)
      expect(((await solar360.listLeads({ email: "carla.dias@example.com" })) as any[])[0].touch_count).toBe(1)
    })

    it("a contact collected mid-conversation captures the lead for the conversation's customer", async () => {
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const customer = await customers.createCustomers({ email: "davi.rocha@example.com", first_name: "Davi" })
      const { id } = (await start({ customer_id: customer.id })).data.conversation
      const updated = await api.post(
        `/admin/solar360/helio/conversations/${id}`,
        { primary_topic: "financiamento", contact: { name: "Davi Rocha", email: "davi.rocha@example.com", phone: "+55 81 99876-5432" } },
        assistant
      )
      expect(updated.status).toBe(200)
      expect(updated.data.conversation.primary_topic).toBe("financiamento")
      const [lead] = (await solar360.listLeads({ email: "davi.rocha@example.com" })) as any[]
      // The account's own e-mail: the capture acts for the customer's lead.
      expect(lead).toMatchObject({ interest_type: "chat", customer_id: customer.id, phone: "+5581998765432" })
      expect(await solar360.retrieveHelioConversation(id)).toMatchObject({ lead_id: lead.id, lead_generated: true })
    })

    it("a contact without e-mail or phone is a 400, and a contact for an unknown conversation a 404; neither writes a lead", async () => {
      const { id } = (await start()).data.conversation
      const bad = await responseOf(api.post(`/admin/solar360/helio/conversations/${id}`, { contact: { name: "Sem contato" } }, assistant))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/e-mail or a phone/)
      const badStart = await responseOf(start({ contact: { name: "Sem contato" } }))
      expect(badStart.status).toBe(400)
      const missing = await responseOf(
        api.post("/admin/solar360/helio/conversations/hconv_missing", { contact: { email: "ninguem@example.com" } }, assistant)
      )
      expect(missing.status).toBe(404)
      expect(await solar360.listLeads({})).toHaveLength(0)
      expect((await solar360.retrieveHelioConversation(id)).lead_id).toBeNull()
    })

    it("refuses bad input with 400, unknown ids with 404, and no auth with 401", async () => {
      const { id } = (await start()).data.conversation
      expect((await responseOf(api.post(`/admin/solar360/helio/conversations/${id}`, { status: "closed" }, admin))).status).toBe(400)
      expect((await responseOf(api.post(`/admin/solar360/helio/conversations/${id}`, {}, admin))).status).toBe(400)
      expect((await responseOf(api.post("/admin/solar360/helio/conversations", { channel: 7 }, admin))).status).toBe(400)
      expect((await responseOf(api.post("/admin/solar360/helio/conversations/hconv_missing", { summary: "x" }, admin))).status).toBe(404)
      expect((await responseOf(api.get("/admin/solar360/helio/conversations/hconv_missing", admin))).status).toBe(404)
      expect((await responseOf(api.get("/admin/solar360/helio/conversations"))).status).toBe(401)
      expect((await responseOf(api.post("/admin/solar360/helio/conversations", {}))).status).toBe(401)
      expect((await responseOf(api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody()))).status).toBe(401)
    })

    it("lists with filters and shows one conversation with a page of its queries", async () => {
      const a = (await start({ channel: "whatsapp", customer_id: "cus_list" })).data.conversation
      const b = (await start({ channel: "web", customer_id: "cus_list" })).data.conversation
      for (let i = 0; i < 3; i++) {
        await api.post(`/admin/solar360/helio/conversations/${a.id}/queries`, queryBody(), assistant)
      }
      const list = await api.get("/admin/solar360/helio/conversations?customer_id=cus_list&channel=whatsapp", admin)
      expect(list.data.conversations.map((c: any) => c.id)).toEqual([a.id])
      const both = await api.get("/admin/solar360/helio/conversations?customer_id=cus_list", admin)
      expect(both.data.count).toBe(2)
      expect(both.data.conversations.map((c: any) => c.id).sort()).toEqual([a.id, b.id].sort())

      const detail = await api.get(`/admin/solar360/helio/conversations/${a.id}?queries_limit=2&queries_offset=1`, admin)
      expect(detail.data.conversation.id).toBe(a.id)
      expect(detail.data.queries).toHaveLength(2)
      expect(detail.data.queries_count).toBe(3)
      expect((await responseOf(api.get(`/admin/solar360/helio/conversations/${a.id}?queries_limit=-1`, admin))).status).toBe(400)
    })
  })

  describe("logging queries", () => {
    it("redacts every PII kind before writing and flags the query for review", async () => {
      const { conversation } = (await start({ customer_id: "cus_pii" })).data
      const response = await api.post(
        `/admin/solar360/helio/conversations/${conversation.id}/queries`,
        queryBody({
          query_text: `Meu CPF é ${CPF} e meu e-mail ${EMAIL}`,
          prompt: `Cliente ${PHONE} perguntou`,
          response: `Não guarde o cartão ${CARD}`,
          retrieved_chunks: [{ id: "c1", score: 0.5, source: "crm", text: `contato ${EMAIL}` }],
        }),
        assistant
      )
      expect(response.status).toBe(201)
      const { rag_query } = response.data
      expect(rag_query).toMatchObject({
        query_text: "Meu CPF é [CPF] e meu e-mail [EMAIL]",
        prompt: "Cliente [PHONE] perguntou",
        response: "Não guarde o cartão [CARD]",
        contains_pii: true,
        pii_redacted: true,
        flagged_for_review: true,
        customer_id: "cus_pii",
      })
      expect(rag_query.pii_types).toEqual(expect.arrayContaining(["cpf", "email", "phone", "card"]))
      expect(rag_query.flag_reason).toContain("pii_detected")
      expect(rag_query.retrieved_chunks[0].text).toBe("contato [EMAIL]")
      // The embedding vector is off by default.
      expect(rag_query.query_embedding).toBeNull()
      for (const table of ["rag_query", "helio_conversation"] as const) {
        const stored = await rowText(table, table === "rag_query" ? rag_query.id : conversation.id)
        for (const raw of RAW_PII) {
          expect(stored).not.toContain(raw)
        }
      }
      expect((await solar360.retrieveHelioConversation(conversation.id)).contains_pii).toBe(true)
    })

    it("computes cost from the price table when none is sent, and keeps the caller's when sent", async () => {
      const { id } = (await start()).data.conversation
      const priced = await api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody(), assistant)
      // (600 x 0.15 + 400 x 0.075 + 200 x 0.6) / 1e6
      expect(Number(priced.data.rag_query.estimated_cost_usd)).toBeCloseTo(0.00024, 10)
      expect(priced.data.rag_query).toMatchObject({ cost_source: "price_table", price_version: "example-2026-11", total_tokens: 1200 })

      const sent = await api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody({ estimated_cost_usd: 0.5 }), assistant)
      expect(sent.data.rag_query).toMatchObject({ cost_source: "caller", price_version: null })
      const unknown = await api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody({ llm_model: "local-llama" }), assistant)
      expect(unknown.data.rag_query).toMatchObject({ cost_source: "unknown", estimated_cost_usd: null })
    })

    it("keeps counters exact under 50 parallel logs to one conversation", async () => {
      const { id } = (await start()).data.conversation
      const bodies = Array.from({ length: 50 }, (_, i) =>
        queryBody({ total_response_time_ms: 100 + i * 10, estimated_cost_usd: 0.001 * (i + 1), prompt_tokens: 100 + i, completion_tokens: 10, cached_tokens: 0 })
      )
      const responses = await Promise.all(
        bodies.map((body) => api.post(`/admin/solar360/helio/conversations/${id}/queries`, body, assistant))
      )
      expect(responses.every((r) => r.status === 201)).toBe(true)
      const conversation = await solar360.retrieveHelioConversation(id)
      const tokens = bodies.reduce((sum, b) => sum + (b.prompt_tokens as number) + 10, 0)
      const cost = bodies.reduce((sum, b) => sum + (b.estimated_cost_usd as number), 0)
      const times = bodies.reduce((sum, b) => sum + (b.total_response_time_ms as number), 0)
      expect(conversation).toMatchObject({
        message_count: 100,
        user_message_count: 50,
        helio_message_count: 50,
        total_tokens_used: tokens,
        timed_response_count: 50,
        response_time_total_ms: times,
        avg_response_time_ms: Math.round(times / 50),
      })
      expect(Number(conversation.total_cost_usd)).toBeCloseTo(cost, 9)
    })

    it("logs a batch with per-query results; a retried message_id is a duplicate counted once", async () => {
      const { id } = (await start()).data.conversation
      const repeated = queryBody()
      await api.post(`/admin/solar360/helio/conversations/${id}/queries`, repeated, assistant)
      const batch = await api.post(
        `/admin/solar360/helio/conversations/${id}/queries`,
        { queries: [queryBody(), repeated, queryBody({ message_id: null })] },
        assistant
      )
      expect(batch.status).toBe(201)
      expect(batch.data).toMatchObject({ accepted: 2, duplicates: 1 })
      expect(batch.data.results.map((r: any) => r.duplicate)).toEqual([false, true, false])
      const conversation = await solar360.retrieveHelioConversation(id)
      expect(conversation.helio_message_count).toBe(3)
      const retried = await api.post(`/admin/solar360/helio/conversations/${id}/queries`, repeated, assistant)
      expect(retried.status).toBe(200)
      expect(retried.data.duplicate).toBe(true)
      expect((await solar360.retrieveHelioConversation(id)).helio_message_count).toBe(3)
    })

    it("refuses a batch with one bad query as a whole: 400, nothing written", async () => {
      const { id } = (await start()).data.conversation
      const countBefore = (await solar360.listRagQueries({ conversation_id: id })).length
      for (const bad of [
        { queries: [queryBody(), queryBody({ confidence_score: 3 })] },
        { queries: [queryBody(), queryBody({ cached_tokens: 5000 })] },
        { queries: [] },
        queryBody({ surprise: true }),
      ]) {
        const response = await responseOf(api.post(`/admin/solar360/helio/conversations/${id}/queries`, bad, assistant))
        expect(response.status).toBe(400)
      }
      const inconsistent = await responseOf(
        api.post(`/admin/solar360/helio/conversations/${id}/queries`, { queries: [queryBody(), queryBody({ cached_tokens: 5000 })] }, assistant)
      )
      expect(inconsistent.data.code).toBe("helio_inconsistent_tokens")
      expect((await solar360.listRagQueries({ conversation_id: id })).length).toBe(countBefore)
      expect((await solar360.retrieveHelioConversation(id)).message_count).toBe(0)
      expect((await responseOf(api.post("/admin/solar360/helio/conversations/hconv_missing/queries", queryBody(), assistant))).status).toBe(404)
    })
  })

  describe("RAG query list and review", () => {
    it("filters the list and reviews a flagged answer out of the queue", async () => {
      const { id } = (await start({ customer_id: "cus_rq" })).data.conversation
      const low = (await api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody({ confidence_score: 0.2, llm_model: "gpt-4o" }), assistant)).data.rag_query
      const fine = (await api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody({ estimated_cost_usd: 2 }), assistant)).data.rag_query
      expect(low).toMatchObject({ flagged_for_review: true, flag_reason: "low_confidence" })
      expect(fine.flagged_for_review).toBe(false)

      const flagged = await api.get(`/admin/solar360/rag-queries?conversation_id=${id}&flagged_for_review=true`, admin)
      expect(flagged.data.rag_queries.map((q: any) => q.id)).toEqual([low.id])
      expect(flagged.data.rag_queries[0]).not.toHaveProperty("prompt")
      const byModel = await api.get(`/admin/solar360/rag-queries?conversation_id=${id}&llm_model=gpt-4o`, admin)
      expect(byModel.data.rag_queries.map((q: any) => q.id)).toEqual([low.id])
      const expensive = await api.get(`/admin/solar360/rag-queries?customer_id=cus_rq&min_cost=1`, admin)
      expect(expensive.data.rag_queries.map((q: any) => q.id)).toEqual([fine.id])

      const reviewed = await api.post(`/admin/solar360/rag-queries/${low.id}/review`, { outcome: "corrected", notes: `ligar para ${PHONE}` }, admin)
      expect(reviewed.data.rag_query).toMatchObject({
        reviewed_by_human: true,
        review_outcome: "corrected",
        review_notes: "ligar para [PHONE]",
        flagged_for_review: false,
      })
      expect(reviewed.data.rag_query.reviewed_by).toMatch(/^user:/)
      const queue = await api.get(`/admin/solar360/rag-queries?conversation_id=${id}&flagged_for_review=true`, admin)
      expect(queue.data.count).toBe(0)
      const detail = await api.get(`/admin/solar360/rag-queries/${low.id}`, admin)
      expect(detail.data.rag_query.prompt).toBe("Responda com base no contexto.")

      expect((await responseOf(api.post(`/admin/solar360/rag-queries/${low.id}/review`, { outcome: "fine" }, admin))).status).toBe(400)
      expect((await responseOf(api.post("/admin/solar360/rag-queries/ragq_missing/review", { outcome: "approved" }, admin))).status).toBe(404)
      expect((await responseOf(api.get("/admin/solar360/rag-queries/ragq_missing", admin))).status).toBe(404)
      expect((await responseOf(api.get("/admin/solar360/rag-queries?min_cost=cheap", admin))).status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/rag-queries"))).status).toBe(401)
    })
  })

  describe("storefront feedback", () => {
    it("accepts feedback from the session-token holder and the conversation's customer only", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const started = (await start({ customer_id: customer.customer_id })).data
      const { id } = started.conversation
      const answer = (await api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody(), assistant)).data.rag_query
      const tokenHeaders = { ...store.headers, "x-solar360-session-token": started.session_token }

      const rated = await api.post(`/store/solar360/helio/conversations/${id}/feedback`, { satisfaction: 4, comment: `meu email ${EMAIL}` }, { headers: tokenHeaders })
      expect(rated.status).toBe(200)
      const stored = await solar360.retrieveHelioConversation(id)
      expect(stored).toMatchObject({ satisfaction_score: 4, user_satisfaction: "satisfied", satisfaction_comment: "meu email [EMAIL]" })

      const thumbsDown = await api.post(`/store/solar360/rag-queries/${answer.id}/feedback`, { thumbs: "down" }, { headers: customer.headers })
      expect(thumbsDown.status).toBe(200)
      const query = await solar360.retrieveRagQuery(answer.id)
      expect(query).toMatchObject({ user_feedback: "negative", flagged_for_review: true })
      expect(query.flag_reason).toContain("negative_feedback")

      const state = await api.get(`/store/solar360/helio/conversations/${id}`, { headers: { ...store.headers, "x-resume-token": started.session_token } })
      // Never in the URL (access logs keep URLs).
      expect((await responseOf(api.get(`/store/solar360/helio/conversations/${id}?session_token=${started.session_token}`, store))).status).toBe(400)
      expect(state.data.conversation).toMatchObject({ id, satisfaction_score: 4, helio_message_count: 1 })
      expect(state.data.conversation).not.toHaveProperty("summary")

      const other = await createCustomerHeaders(api, getContainer(), store, `outro-${Date.now()}@example.com`)
      for (const headers of [other.headers, store.headers, { ...store.headers, "x-solar360-session-token": "s360rt_wrong" }]) {
        expect((await responseOf(api.post(`/store/solar360/helio/conversations/${id}/feedback`, { satisfaction: 1 }, { headers }))).status).toBe(404)
        expect((await responseOf(api.post(`/store/solar360/rag-queries/${answer.id}/feedback`, { thumbs: "up" }, { headers }))).status).toBe(404)
        expect((await responseOf(api.get(`/store/solar360/helio/conversations/${id}`, { headers }))).status).toBe(404)
      }
      expect((await solar360.retrieveHelioConversation(id)).satisfaction_score).toBe(4)
      expect((await responseOf(api.post(`/store/solar360/helio/conversations/${id}/feedback`, { satisfaction: 6 }, { headers: tokenHeaders }))).status).toBe(400)
      expect((await responseOf(api.post(`/store/solar360/rag-queries/${answer.id}/feedback`, { thumbs: "sideways" }, { headers: tokenHeaders }))).status).toBe(400)
      expect((await responseOf(api.post(`/store/solar360/helio/conversations/${id}/feedback`, { satisfaction: 3 }))).status).toBe(400)
      expect((await responseOf(api.post("/store/solar360/rag-queries/ragq_missing/feedback", { thumbs: "up" }, { headers: tokenHeaders }))).status).toBe(404)
    })
  })

  describe("GET /admin/solar360/helio/metrics", () => {
    it("computes the design's formulas on a hand-made fixture, and nulls for empty ranges", async () => {
      const day = new Date("2025-03-10T12:00:00Z")
      const make = (fields: Record<string, unknown>) =>
        solar360.createHelioConversations({ created_at: day, started_at: day, ...fields } as any)
      await make({ status: "completed", issue_resolved: true, led_to_purchase: true, order_value: 30_000, satisfaction_score: 5, total_cost_usd: 0.3, topics: ["preço"] })
      await make({ status: "completed", issue_resolved: false, satisfaction_score: 3, total_cost_usd: 0.1, had_errors: true, topics: ["preço", "prazo"] })
      await make({ status: "abandoned", total_cost_usd: 0.05, primary_topic: "prazo" })
      await make({ status: "escalated", escalated_to_human: true, had_hallucinations: true, total_cost_usd: 0.15, topics: ["preço"] })

      const range = "from=2025-03-10T00:00:00Z&to=2025-03-10T23:59:59Z"
      const response = await api.get(`/admin/solar360/helio/metrics?${range}`, admin)
      expect(response.status).toBe(200)
      expect(response.data.metrics).toMatchObject({
        completion_rate: 0.6667, // 2 / (2 + 1)
        resolution_rate: 0.5, // 1 / 2
        escalation_rate: 0.25, // 1 / 4
        conversion_rate: 0.25, // 1 / 4
        revenue_per_conversation: 7500, // 30,000 / 4
        average_satisfaction: 4,
        cost_per_conversation: 0.15, // 0.6 / 4
        cost_per_resolved_issue: 0.6, // 0.6 / 1
        hallucination_rate: 0.25,
        error_rate: 0.25,
      })
      expect(response.data.top_topics[0]).toEqual({ topic: "preço", conversations: 3 })

      const empty = await api.get("/admin/solar360/helio/metrics?from=2001-01-01T00:00:00Z&to=2001-01-02T00:00:00Z", admin)
      expect(JSON.stringify(empty.data)).not.toContain("NaN")
      for (const key of ["completion_rate", "resolution_rate", "escalation_rate", "conversion_rate", "revenue_per_conversation", "cost_per_conversation"]) {
        expect(empty.data.metrics[key]).toBeNull()
      }
      expect((await responseOf(api.get("/admin/solar360/helio/metrics?from=2025-03-11&to=2025-03-10", admin))).status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/helio/metrics?from=yesterday", admin))).status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/helio/metrics"))).status).toBe(401)
    })

    it("reports response-time percentiles and per-model totals of logged answers", async () => {
      const { id } = (await start()).data.conversation
      const before = new Date(Date.now() - 1000).toISOString()
      for (const [model, ms] of [["gpt-4o-mini", 100], ["gpt-4o-mini", 200], ["gpt-4o", 300], ["gpt-4o", 400], ["gpt-4o", 1000]] as const) {
        await api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody({ llm_model: model, total_response_time_ms: ms }), assistant)
      }
      const response = await api.get(`/admin/solar360/helio/metrics?from=${before}&to=${new Date(Date.now() + 1000).toISOString()}`, admin)
      expect(response.data.response_time_ms).toMatchObject({ p50: 300, answers_timed: 5 })
      expect(response.data.response_time_ms.p95).toBe(880) // 400 + 0.8 x 600, linear interpolation
      const byModel = Object.fromEntries(response.data.models.map((m: any) => [m.llm_model, m]))
      expect(byModel["gpt-4o"]).toMatchObject({ queries: 3, total_tokens: 3600, prompt_tokens: 3000, cached_tokens: 1200 })
      expect(byModel["gpt-4o-mini"].queries).toBe(2)
      // gpt-4o: 3 x (600 x 2.5 + 400 x 1.25 + 200 x 10) / 1e6
      expect(byModel["gpt-4o"].cost_usd).toBeCloseTo(0.012, 9)
    })
  })
}
