import { Modules } from "@medusajs/framework/utils"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const VALID_CPF = "529.982.247-25"

const leadBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Maria Souza",
  email: "  Maria.Souza@Example.COM ",
  phone: "(11) 98765-4321",
  cpf_cnpj: VALID_CPF,
  interest_type: "quote",
  monthly_bill_brl: 650,
  city: "Campinas",
  state: "sp",
  utm_source: "google",
  utm_medium: "cpc",
  utm_campaign: "verao-2026",
  landing_page: "https://loja.example.com/energia-solar",
  consent: { marketing: true, terms_version: "2026-01" },
  ...overrides,
})

export function leadsStoreSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ store, solar360 } = await createHttpContext(api, getContainer(), { store: true }))
  })

  const leadCount = async () => (await solar360.listLeads({}, { select: ["id"] })).length
  const leadByEmail = async (email: string) => {
    const [lead] = await solar360.listLeads({ email }, { relations: ["status_history"] })
    return lead
  }
  const touchesOf = async (leadId: string) =>
    solar360.listLeadTouches({ lead_id: leadId }, { order: { occurred_at: "ASC" } })

  /** The shape of a JSON value: its keys and the types of its leaves, values left out. */
  const shapeOf = (value: unknown): unknown =>
    value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shapeOf(v)]))
      : typeof value

  describe("POST /store/solar360/leads", () => {
    it("stores a new lead, normalised and scored, and answers 202 with a receipt only", async () => {
      const response = await api.post("/store/solar360/leads", leadBody(), {
        headers: { ...store.headers, "user-agent": "Mozilla/5.0 (Android 14)" },
      })

      expect(response.status).toBe(202)
      expect(Object.keys(response.data)).toEqual(["receipt"])
      expect(Object.keys(response.data.receipt).sort()).toEqual(["id", "received_at"])
      expect(new Date(response.data.receipt.received_at).getTime()).toBeGreaterThan(Date.now() - 60_000)

      const stored = await leadByEmail("maria.souza@example.com")
      expect(response.data.receipt.id).not.toBe(stored.id)
      expect(stored).toMatchObject({ phone: "+5511987654321", state: "SP", interest_type: "quote" })
      expect(stored.cpf_cnpj).toBe("52998224725")
      expect(stored.status).toBe("new")
      expect(stored.ip_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(stored.first_touch).toEqual(stored.last_touch)
      expect(stored.first_touch).toMatchObject({ utm_campaign: "verao-2026", utm_source: "google" })
      expect(stored.touch_count).toBe(1)
      expect(stored.status_history).toHaveLength(1)
      expect(stored.status_history[0]).toMatchObject({ from_status: null, to_status: "new" })
      // An anonymous caller's consent waits for the double opt-in (leads-consent.spec).
      expect(stored.consent_marketing).toBe(false)
      expect(stored.consent_at).toBeNull()
      // The receipt is the capture's own record.
      const [touch] = await touchesOf(stored.id)
      expect(touch).toMatchObject({ id: response.data.receipt.id, verified: false, consent_state: "pending" })

      // The score is explained: its parts add up to it.
      const breakdown = stored.score_breakdown as any
      const sum = breakdown.factors.reduce((total: number, f: any) => total + f.points, 0)
      expect(stored.score).toBeGreaterThan(0)
      expect(Math.abs(sum - stored.score)).toBeLessThanOrEqual(0.5)
      expect(stored.is_qualified).toBe(stored.score >= 60)
    })

    it("stores a lead without marketing consent, flagged", async () => {
      await api.post("/store/solar360/leads", leadBody({ consent: undefined, email: "sem.consentimento@example.com" }), store)
      const stored = await leadByEmail("sem.consentimento@example.com")
      expect(stored.consent_marketing).toBe(false)
      expect(stored.consent_at).toBeNull()
    })

    it("counts a second capture with the same e-mail as a visit of the open lead instead of duplicating it", async () => {
      await api.post("/store/solar360/leads", leadBody(), store)
      const second = await api.post(
        "/store/solar360/leads",
        leadBody({
          email: "maria.souza@example.com",
          phone: undefined,
          interest_type: "financing",
          utm_campaign: "black-friday",
          utm_source: "facebook",
        }),
        store
      )

      expect(second.status).toBe(202)
      const stored = await leadByEmail("maria.souza@example.com")
      expect(stored.touch_count).toBe(2)
      expect(stored.interests).toEqual(["quote", "financing"])
      expect(stored.first_touch).toMatchObject({ utm_campaign: "verao-2026" })
      expect(stored.last_touch).toMatchObject({ utm_campaign: "black-friday", utm_source: "facebook" })
      expect(stored.utm_campaign).toBe("black-friday")
      expect(await leadCount()).toBe(1)
      expect((await touchesOf(stored.id)).map((t) => t.id)).toContain(second.data.receipt.id)
    })

    it("matches by phone written another way", async () => {
      await api.post("/store/solar360/leads", leadBody({ email: undefined }), store)
      await api.post(
        "/store/solar360/leads",
        leadBody({
          email: undefined,
          phone: "+55 11 98765 4321",
          // A direct visit: no campaign, click id, landing page or referrer.
          utm_source: undefined,
          utm_medium: undefined,
          utm_campaign: undefined,
          landing_page: undefined,
        }),
        store
      )
      expect(await leadCount()).toBe(1)
      // A touch without attribution keeps the campaign that brought the person.
      const [stored] = await solar360.listLeads({ phone: "+5511987654321" })
      expect(stored.touch_count).toBe(2)
      expect(stored.utm_campaign).toBe("verao-2026")
      expect(stored.last_touch).toMatchObject({ utm_source: "google", utm_campaign: "verao-2026" })
      expect(stored.last_touch_at!.getTime()).toBeGreaterThan(stored.first_touch_at!.getTime())
    })

    it("starts a new lead when the person's earlier lead is closed", async () => {
      await api.post("/store/solar360/leads", leadBody(), store)
      const first = await leadByEmail("maria.souza@example.com")
      await solar360.updateLeads({ id: first.id, status: "lost", lost_reason: "no budget" })

      const again = await api.post("/store/solar360/leads", leadBody(), store)
      expect(again.status).toBe(202)
      expect(await leadCount()).toBe(2)
    })

    it("creates exactly one lead from ten identical parallel submissions", async () => {
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => api.post("/store/solar360/leads", leadBody(), store))
      )
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(202))
      expect(new Set(responses.map((r) => r.data.receipt.id)).size).toBe(10)
      expect(await leadCount()).toBe(1)
      const [lead] = await solar360.listLeads({})
      expect(lead.touch_count).toBe(10)
      expect(await touchesOf(lead.id)).toHaveLength(10)
    })

    it("sets customer_id when a logged-in customer submits", async () => {
      const email = "cliente.logada@example.com"
      const customer = await createCustomerHeaders(api, getContainer(), store, email)

      const response = await api.post("/store/solar360/leads", leadBody({ email }), customer)
      expect(response.status).toBe(202)
      const stored = await leadByEmail(email)
      expect(stored.customer_id).toBe(customer.customer_id)
    })

    it("emits solar360.lead.created, then solar360.lead.updated on a dedupe", async () => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const seen: Array<{ name: string; id: string }> = []
      const record = (name: string) => async (event: any) => {
        seen.push({ name, id: event.data.id })
      }
      eventBus.subscribe("solar360.lead.created", record("created"))
      eventBus.subscribe("solar360.lead.updated", record("updated"))

      await api.post("/store/solar360/leads", leadBody(), store)
      await api.post("/store/solar360/leads", leadBody(), store)

      const { id } = await leadByEmail("maria.souza@example.com")
      await waitFor(() => seen.length >= 2)
      expect(seen).toEqual([
        { name: "created", id },
        { name: "updated", id },
      ])
    })
  })

  // Issue 13 (critical): with only the public publishable key, a stranger could read and
  // change other people's leads through this route. Each test fails on the code before it.
  describe("POST /store/solar360/leads: a stranger cannot read or change someone else's lead", () => {
    const VICTIM = {
      name: "Vitória Reis",
      email: "vitoria.reis@example.com",
      phone: "+5521987650000",
      company: "Reis Energia",
      city: "Niterói",
      state: "RJ",
      message: "Quero um orçamento para a casa",
      monthly_bill_brl: 800,
    }

    /** The victim's lead as she would have made it herself: logged in, consenting. */
    const seedVictim = async () => {
      const { lead_id } = await solar360.captureLead({
        ...VICTIM,
        interest_type: "quote",
        consent_marketing: true,
        consent_terms_version: "2026-01",
        verified_email: VICTIM.email,
      })
      return lead_id
    }

    const CONTACT_FIELDS = [
      "name", "email", "phone", "company", "cpf_cnpj", "city", "state", "message", "monthly_bill_brl",
      "monthly_consumption_kwh", "interest_type", "customer_id", "ip_hash",
      "consent_marketing", "consent_at", "consent_terms_version",
    ] as const

    it("answers a phone-only capture of a known phone with no name, e-mail, company, city or consent", async () => {
      const victimId = await seedVictim()
      const response = await api.post(
        "/store/solar360/leads",
        { phone: "(21) 98765-0000", interest_type: "other" },
        store
      )

      expect(response.status).toBe(202)
      const text = JSON.stringify(response.data)
      for (const secret of [VICTIM.name, VICTIM.email, VICTIM.company, VICTIM.city, "2026-01", victimId]) {
        expect(text).not.toContain(secret)
      }
      expect(text).not.toMatch(/consent|deduplicated|lead/)
      expect(shapeOf(response.data)).toEqual({ receipt: { id: "string", received_at: "string" } })
    })

    it("answers a known and an unknown contact with the same status and the same shape", async () => {
      await seedVictim()
      const known = await api.post("/store/solar360/leads", { phone: VICTIM.phone, interest_type: "other" }, store)
      const unknown = await api.post("/store/solar360/leads", { phone: "+5521912345678", interest_type: "other" }, store)
      const knownByEmail = await api.post("/store/solar360/leads", { email: VICTIM.email, interest_type: "other" }, store)
      const unknownByEmail = await api.post("/store/solar360/leads", { email: "ninguem@example.com", interest_type: "other" }, store)

      expect([known.status, unknown.status, knownByEmail.status, unknownByEmail.status]).toEqual([202, 202, 202, 202])
      expect(shapeOf(known.data)).toEqual(shapeOf(unknown.data))
      expect(shapeOf(knownByEmail.data)).toEqual(shapeOf(unknownByEmail.data))
      expect(shapeOf(known.data)).toEqual(shapeOf(knownByEmail.data))
    })

    it("leaves the victim's data and consent unchanged: no overwrite, no blank filled, no revocation", async () => {
      const victimId = await seedVictim()
      const before = await solar360.retrieveLead(victimId)
      expect(before.cpf_cnpj).toBeNull()
      const historyBefore = await solar360.listLeadConsentChanges({ lead_id: victimId })

      for (const body of [
        // Matched by phone, with the attacker's own e-mail and a revocation.
        {
          phone: VICTIM.phone,
          email: "atacante@example.com",
          name: "Atacante",
          company: "Golpe Ltda",
          cpf_cnpj: "529.982.247-25",
          city: "Lugar Nenhum",
          state: "AC",
          message: "me ligue no 11 91111-2222",
          monthly_bill_brl: 99_999,
          interest_type: "financing",
          consent: { marketing: false, terms_version: "2099-01" },
        },
        // Matched by e-mail.
        { email: VICTIM.email, name: "Outra Pessoa", interest_type: "chat", consent: { marketing: false, terms_version: "2099-01" } },
      ]) {
        expect((await api.post("/store/solar360/leads", body, store)).status).toBe(202)
      }

      const after = await solar360.retrieveLead(victimId)
      for (const field of CONTACT_FIELDS) {
        expect([field, after[field]]).toEqual([field, before[field]])
      }
      expect(after.cpf_cnpj).toBeNull()
      expect(after.consent_marketing).toBe(true)
      expect(await solar360.listLeadConsentChanges({ lead_id: victimId })).toHaveLength(historyBefore.length)
      // Neither capture made a lead of its own: both were visits of the victim's lead.
      expect(await leadCount()).toBe(1)
    })

    it("records the stranger's capture as a touch: attribution, interest, redacted message, pending statement", async () => {
      const victimId = await seedVictim()
      const response = await api.post(
        "/store/solar360/leads",
        {
          phone: VICTIM.phone,
          interest_type: "financing",
          utm_source: "newsletter",
          utm_campaign: "inverno",
          message: "me ligue no (11) 91111-2222",
          consent: { marketing: false, terms_version: "2099-01" },
        },
        store
      )

      const touches = await touchesOf(victimId)
      expect(touches).toHaveLength(2)
      expect(touches[0]).toMatchObject({ verified: true, consent_state: "applied", consent_marketing: true })
      expect(touches[1]).toMatchObject({
        id: response.data.receipt.id,
        verified: false,
        interest_type: "financing",
        attribution: { utm_source: "newsletter", utm_campaign: "inverno" },
        consent_marketing: false,
        consent_terms_version: "2099-01",
        consent_state: "pending",
      })
      expect(touches[1].message).not.toContain("91111")
      expect(touches[1].consent_expires_at!.getTime()).toBeGreaterThan(Date.now())

      // The visit itself is counted on the lead.
      const lead = await solar360.retrieveLead(victimId)
      expect(lead.touch_count).toBe(2)
      expect(lead.interests).toEqual(["quote", "financing"])
      expect(lead.utm_campaign).toBe("inverno")
    })
  })

  describe("POST /store/solar360/leads: the tracker's ids under analytics consent", () => {
    const ids = { anonymous_id: "anon-01JTRACK", session_id: "sess-01JTRACK" }

    it("stores the ids with an analytics grant, and with no statement (requireConsent off)", async () => {
      await api.post("/store/solar360/leads", leadBody({ ...ids, consent: { analytics: true } }), store)
      expect(await leadByEmail("maria.souza@example.com")).toMatchObject(ids)
      await api.post(
        "/store/solar360/leads",
        leadBody({ email: "joao@example.com", phone: null, ...ids, consent: undefined }),
        store
      )
      expect(await leadByEmail("joao@example.com")).toMatchObject(ids)
    })

    it("stores null for both ids under an analytics refusal, marketing statement kept", async () => {
      const response = await api.post(
        "/store/solar360/leads",
        leadBody({ ...ids, consent: { marketing: true, terms_version: "2026-01", analytics: false } }),
        store
      )
      expect(response.status).toBe(202)
      const stored = await leadByEmail("maria.souza@example.com")
      expect(stored).toMatchObject({ anonymous_id: null, session_id: null })
      const [touch] = await touchesOf(stored.id)
      expect(touch).toMatchObject({ consent_marketing: true, consent_state: "pending" })
    })

    it("a dedupe keeps the newest ids; a capture without ids keeps them", async () => {
      await api.post("/store/solar360/leads", leadBody(ids), store)
      await api.post(
        "/store/solar360/leads",
        leadBody({ anonymous_id: "anon-02JNEW", session_id: "sess-02JNEW", consent: { analytics: true } }),
        store
      )
      expect(await leadByEmail("maria.souza@example.com")).toMatchObject({
        anonymous_id: "anon-02JNEW",
        session_id: "sess-02JNEW",
        touch_count: 2,
      })
      await api.post("/store/solar360/leads", leadBody({ consent: { analytics: false }, ...ids }), store)
      expect(await leadByEmail("maria.souza@example.com")).toMatchObject({
        anonymous_id: "anon-02JNEW",
        session_id: "sess-02JNEW",
        touch_count: 3,
      })
    })
  })

  describe("POST /store/solar360/leads: input", () => {
    it.each([
      ["no e-mail and no phone", { email: undefined, phone: undefined }, /e-mail or a phone/],
      ["an invalid CPF", { cpf_cnpj: "529.982.247-26" }, /cpf_cnpj/],
      ["an invalid e-mail", { email: "maria@" }, /email/],
      ["an unknown state", { state: "XX" }, /state/],
      ["an unknown interest", { interest_type: "wind" }, /interest_type/],
      ["a negative bill", { monthly_bill_brl: -10 }, /monthly_bill_brl/],
      ["a server-owned field: status", { status: "qualified" }, /status/],
      ["a server-owned field: score", { score: 100 }, /score/],
      ["a server-owned field: customer_id", { customer_id: "cus_123" }, /customer_id/],
      ["a server-owned field: order_id", { order_id: "order_123" }, /order_id/],
      ["consent without terms version", { consent: { marketing: true } }, /terms_version/],
      ["consent with no statement at all", { consent: {} }, /marketing or an analytics statement/],
      ["an empty anonymous_id", { anonymous_id: "  " }, /anonymous_id/],
      ["a session_id longer than 200 characters", { session_id: "s".repeat(201) }, /session_id/],
      ["a non-boolean analytics statement", { consent: { analytics: "yes" } }, /analytics/],
    ])("rejects %s with 400 and writes nothing", async (_label, overrides, message) => {
      const response = await responseOf(api.post("/store/solar360/leads", leadBody(overrides), store))
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("invalid_data")
      expect(response.data.message).toMatch(message)
      expect(await leadCount()).toBe(0)
    })

    it("rejects a phone number that cannot exist with 400 and writes nothing", async () => {
      const response = await responseOf(
        api.post("/store/solar360/leads", leadBody({ phone: "(52) 1234-5678", email: undefined }), store)
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/phone/)
      expect(await leadCount()).toBe(0)
    })

    it("refuses a request without a publishable key (Medusa answers 400 not_allowed)", async () => {
      const response = await responseOf(api.post("/store/solar360/leads", leadBody()))
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("not_allowed")
      expect(await leadCount()).toBe(0)
    })

    it("does not expose leads to the storefront: there is no GET (404)", async () => {
      await api.post("/store/solar360/leads", leadBody(), store)
      const list = await responseOf(api.get("/store/solar360/leads", store))
      expect(list.status).toBe(404)
    })

    it("answers the receipt only, whatever fields a query string asks for", async () => {
      const response = await responseOf(api.post("/store/solar360/leads?fields=email,name", leadBody(), store))
      expect(response.status).toBe(202)
      expect(Object.keys(response.data)).toEqual(["receipt"])
    })
  })
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error("condition not met in time")
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
