// Security rules that cut across resources (README "Security model"): list page caps, the
// Helio ingestion key, and identifiers kept out of URLs.
import { createHash, randomUUID } from "crypto"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { MAX_LIST_LIMIT } from "../../../src/api/utils/list-params"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

export function securitySuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, store, solar360 } = await createHttpContext(api, getContainer(), { admin: true, store: true }))
  })

  describe("privacy look-ups by POST (identifiers out of URLs)", () => {
    const seedLead = () =>
      solar360.createLeads({ name: "Maria", email: "maria.souza@example.com", phone: "+5511987654321", interest_type: "quote" } as any)

    it("finds a data subject with the identifiers in the body, as the GET form does", async () => {
      const lead = await seedLead()
      const byPost = await api.post(
        "/admin/solar360/privacy/subjects/search",
        { identifiers: { email: " Maria.Souza@Example.com " } },
        admin
      )
      expect(byPost.status).toBe(200)
      expect(byPost.data.models.lead.count).toBe(1)
      expect(byPost.data.subject.lead_ids).toEqual([lead.id])
      const byGet = await api.get("/admin/solar360/privacy/subjects?email=maria.souza%40example.com", admin)
      expect(byPost.data.total).toBe(byGet.data.total)
    })

    it("exports with the identifiers in the body, and audits it", async () => {
      await seedLead()
      const exported = await api.post(
        "/admin/solar360/privacy/subjects/export",
        { identifiers: { phone: "(11) 98765-4321" }, format: "json" },
        admin
      )
      expect(exported.status).toBe(200)
      expect(exported.headers["content-disposition"]).toMatch(/attachment; filename="data-subject-.*\.json"/)
      expect(exported.data.models.lead).toHaveLength(1)
      expect(exported.data.models.lead[0].email).toBe("maria.souza@example.com")
      const audits = await api.get("/admin/solar360/privacy/audit", admin)
      expect(audits.data.audits.map((a: { action: string }) => a.action)).toEqual(["export"])
    })

    it("refuses a body without identifiers or with unknown fields (400), writing no audit", async () => {
      for (const body of [{ identifiers: {} }, { email: "maria.souza@example.com" }, { identifiers: { mail: "x@y.z" } }]) {
        expect((await responseOf(api.post("/admin/solar360/privacy/subjects/export", body, admin))).status).toBe(400)
        expect((await responseOf(api.post("/admin/solar360/privacy/subjects/search", body, admin))).status).toBe(400)
      }
      expect((await api.get("/admin/solar360/privacy/audit", admin)).data.audits).toHaveLength(0)
      expect((await responseOf(api.post("/admin/solar360/privacy/subjects/search", { identifiers: { email: "a@b.co" } }))).status).toBe(401)
    })
  })

  describe("Helio ingestion keys", () => {
    const createKey = async (title = "Helio produção") => {
      const response = await api.post("/admin/solar360/ingestion-keys", { title }, admin)
      expect(response.status).toBe(201)
      return response.data as { ingestion_key: Record<string, any>; key: string }
    }
    const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } })
    const queryBody = () => ({ message_id: randomUUID(), query_text: "Quanto custa um kit de 5 kWp?", llm_model: "gpt-4o-mini" })

    it("is shown once at creation, stored as its SHA-256 only, and listed redacted", async () => {
      const { ingestion_key, key } = await createKey()
      expect(key).toMatch(/^s360ik_[A-Za-z0-9_-]{43}$/)
      expect(ingestion_key).toMatchObject({ title: "Helio produção", scope: "helio_logging", revoked_at: null })
      expect(ingestion_key.redacted).toBe(`s360ik_…${key.slice(-4)}`)
      expect(ingestion_key).not.toHaveProperty("token_hash")

      const [stored] = await solar360.listIngestionKeys({ id: ingestion_key.id })
      expect(stored.token_hash).toBe(createHash("sha256").update(key).digest("hex"))
      expect(JSON.stringify(stored)).not.toContain(key)

      const list = await api.get("/admin/solar360/ingestion-keys", admin)
      expect(list.data.count).toBe(1)
      expect(JSON.stringify(list.data)).not.toContain(key)
      expect(list.data.ingestion_keys[0]).not.toHaveProperty("token_hash")
    })

    it("logs a conversation, its update and its queries with the key (Bearer or header)", async () => {
      const { key } = await createKey()
      const started = await api.post("/admin/solar360/helio/conversations", { channel: "web" }, bearer(key))
      expect(started.status).toBe(201)
      const id = started.data.conversation.id
      const updated = await api.post(`/admin/solar360/helio/conversations/${id}`, { title: "Orçamento" }, {
        headers: { "x-solar360-ingestion-key": key },
      })
      expect(updated.status).toBe(200)
      const logged = await api.post(`/admin/solar360/helio/conversations/${id}/queries`, queryBody(), bearer(key))
      expect(logged.status).toBe(201)
      expect((await solar360.listRagQueries({ conversation_id: id })).length).toBe(1)
    })

    it("opens no other admin route, not even Helio's reads", async () => {
      const { key } = await createKey()
      const started = await api.post("/admin/solar360/helio/conversations", { channel: "web" }, bearer(key))
      const id = started.data.conversation.id
      for (const path of [
        "/admin/solar360/helio/conversations",
        `/admin/solar360/helio/conversations/${id}`,
        "/admin/solar360/helio/metrics",
        "/admin/solar360/rag-queries",
        "/admin/solar360/leads",
        "/admin/solar360/ingestion-keys",
      ]) {
        expect([path, (await responseOf(api.get(path, bearer(key)))).status]).toEqual([path, 401])
        expect([path, (await responseOf(api.get(path, { headers: { "x-solar360-ingestion-key": key } }))).status]).toEqual([path, 401])
      }
      const created = await responseOf(api.post("/admin/solar360/ingestion-keys", { title: "escalada" }, bearer(key)))
      expect(created.status).toBe(401)
      // The admin reads still work with admin auth, and without any credential are 401.
      expect((await responseOf(api.get(`/admin/solar360/helio/conversations/${id}`, admin))).status).toBe(200)
      expect((await responseOf(api.get("/admin/solar360/helio/conversations"))).status).toBe(401)
      expect((await responseOf(api.post("/admin/solar360/helio/conversations", { channel: "web" }))).status).toBe(401)
    })

    it("answers 401 to an unknown or revoked key, and writes nothing", async () => {
      const { ingestion_key, key } = await createKey()
      const unknown = await responseOf(
        api.post("/admin/solar360/helio/conversations", { channel: "web" }, bearer(`s360ik_${"A".repeat(43)}`))
      )
      expect(unknown.status).toBe(401)

      const revoked = await api.post(`/admin/solar360/ingestion-keys/${ingestion_key.id}/revoke`, {}, admin)
      expect(revoked.status).toBe(200)
      expect(revoked.data.ingestion_key.revoked_at).not.toBeNull()
      const refused = await responseOf(api.post("/admin/solar360/helio/conversations", { channel: "web" }, bearer(key)))
      expect(refused.status).toBe(401)
      expect(refused.data.code).toBe("solar360_invalid_ingestion_key")
      expect(await solar360.listHelioConversations({})).toHaveLength(0)

      expect((await responseOf(api.post("/admin/solar360/ingestion-keys/s360ikey_missing/revoke", {}, admin))).status).toBe(404)
    })
  })

  describe("list routes cap limit", () => {
    it.each([
      "/admin/solar360/leads",
      "/admin/solar360/events",
      "/admin/solar360/rag-queries",
      "/admin/solar360/helio/conversations",
      "/admin/solar360/financing-simulations",
      "/admin/solar360/privacy/audit",
    ])("%s: 400 above the cap, 200 at it", async (route) => {
      const above = await responseOf(api.get(`${route}?limit=${MAX_LIST_LIMIT + 1}`, admin))
      expect(above.status).toBe(400)
      expect(above.data.message).toMatch(/limit/)
      const at = await responseOf(api.get(`${route}?limit=${MAX_LIST_LIMIT}`, admin))
      expect(at.status).toBe(200)
      expect(at.data.limit).toBe(MAX_LIST_LIMIT)
    })

    it("caps the customer's own lists on the store too", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const above = await responseOf(
        api.get(`/store/solar360/customers/me/financing-simulations?limit=${MAX_LIST_LIMIT + 1}`, { headers: customer.headers })
      )
      expect(above.status).toBe(400)
      const fine = await responseOf(api.get(`/store/solar360/customers/me/solar-viability-analyses?limit=5`, { headers: customer.headers }))
      expect(fine.status).toBe(200)
    })
  })
}
