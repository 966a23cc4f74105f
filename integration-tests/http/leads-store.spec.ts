import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SOLAR360_MODULE } from "../../src/modules/solar360"
import type Solar360ModuleService from "../../src/modules/solar360/service"
import { createCustomerHeaders, createStoreHeaders, responseOf } from "../helpers/auth"

jest.setTimeout(120_000)

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

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let solar360: Solar360ModuleService

    beforeEach(async () => {
      store = await createStoreHeaders(getContainer())
      solar360 = getContainer().resolve(SOLAR360_MODULE)
    })

    const leadCount = async () => (await solar360.listLeads({}, { select: ["id"] })).length

    describe("POST /store/leads", () => {
      it("stores a new lead, normalised and scored, and answers 201 with public fields only", async () => {
        const response = await api.post("/store/leads", leadBody(), {
          headers: { ...store.headers, "user-agent": "Mozilla/5.0 (Android 14)" },
        })

        expect(response.status).toBe(201)
        expect(response.data.deduplicated).toBe(false)
        const { lead } = response.data
        expect(lead).toMatchObject({
          email: "maria.souza@example.com",
          phone: "+5511987654321",
          state: "SP",
          interest_type: "quote",
          consent_marketing: true,
        })
        for (const internal of ["score", "score_breakdown", "is_qualified", "status", "ip_hash", "cpf_cnpj", "notes"]) {
          expect(lead).not.toHaveProperty(internal)
        }

        const stored = await solar360.retrieveLead(lead.id, { relations: ["status_history"] })
        expect(stored.cpf_cnpj).toBe("52998224725")
        expect(stored.status).toBe("new")
        expect(stored.ip_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(stored.consent_terms_version).toBe("2026-01")
        expect(stored.consent_at).toBeInstanceOf(Date)
        expect(stored.first_touch).toEqual(stored.last_touch)
        expect(stored.first_touch).toMatchObject({ utm_campaign: "verao-2026", utm_source: "google" })
        expect(stored.touch_count).toBe(1)
        expect(stored.status_history).toHaveLength(1)
        expect(stored.status_history[0]).toMatchObject({ from_status: null, to_status: "new" })

        // The score is explained: its parts add up to it.
        const breakdown = stored.score_breakdown as any
        const sum = breakdown.factors.reduce((total: number, f: any) => total + f.points, 0)
        expect(stored.score).toBeGreaterThan(0)
        expect(Math.abs(sum - stored.score)).toBeLessThanOrEqual(0.5)
        expect(stored.is_qualified).toBe(stored.score >= 60)
      })

      it("stores a lead without marketing consent, flagged", async () => {
        const response = await api.post(
          "/store/leads",
          leadBody({ consent: undefined, email: "sem.consentimento@example.com" }),
          store
        )
        const stored = await solar360.retrieveLead(response.data.lead.id)
        expect(stored.consent_marketing).toBe(false)
        expect(stored.consent_at).toBeNull()
      })

      it("updates the open lead with the same e-mail instead of duplicating it (200)", async () => {
        const first = await api.post("/store/leads", leadBody(), store)
        const second = await api.post(
          "/store/leads",
          leadBody({
            email: "maria.souza@example.com",
            phone: undefined,
            interest_type: "financing",
            utm_campaign: "black-friday",
            utm_source: "facebook",
          }),
          store
        )

        expect(second.status).toBe(200)
        expect(second.data).toMatchObject({ deduplicated: true, lead: { id: first.data.lead.id } })
        const stored = await solar360.retrieveLead(first.data.lead.id)
        expect(stored.touch_count).toBe(2)
        expect(stored.interests).toEqual(["quote", "financing"])
        expect(stored.first_touch).toMatchObject({ utm_campaign: "verao-2026" })
        expect(stored.last_touch).toMatchObject({ utm_campaign: "black-friday", utm_source: "facebook" })
        expect(stored.utm_campaign).toBe("black-friday")
        expect(await leadCount()).toBe(1)
      })

      it("matches by phone written another way", async () => {
        const first = await api.post("/store/leads", leadBody({ email: undefined }), store)
        const second = await api.post(
          "/store/leads",
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
        expect(second.data).toMatchObject({ deduplicated: true, lead: { id: first.data.lead.id } })
        // A touch without attribution keeps the campaign that brought the person.
        const stored = await solar360.retrieveLead(first.data.lead.id)
        expect(stored.touch_count).toBe(2)
        expect(stored.utm_campaign).toBe("verao-2026")
        expect(stored.last_touch).toMatchObject({ utm_source: "google", utm_campaign: "verao-2026" })
        expect(stored.last_touch_at!.getTime()).toBeGreaterThan(stored.first_touch_at!.getTime())
      })

      it("starts a new lead when the person's earlier lead is closed", async () => {
        const first = await api.post("/store/leads", leadBody(), store)
        await solar360.updateLeads({ id: first.data.lead.id, status: "lost", lost_reason: "no budget" })

        const again = await api.post("/store/leads", leadBody(), store)
        expect(again.status).toBe(201)
        expect(again.data.lead.id).not.toBe(first.data.lead.id)
        expect(await leadCount()).toBe(2)
      })

      it("creates exactly one lead from ten identical parallel submissions", async () => {
        const responses = await Promise.all(
          Array.from({ length: 10 }, () => api.post("/store/leads", leadBody(), store))
        )
        const statuses = responses.map((r) => r.status).sort()
        expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
        expect(new Set(responses.map((r) => r.data.lead.id)).size).toBe(1)
        expect(await leadCount()).toBe(1)
        const [lead] = await solar360.listLeads({})
        expect(lead.touch_count).toBe(10)
      })

      it("sets customer_id when a logged-in customer submits", async () => {
        const email = "cliente.logada@example.com"
        const customer = await createCustomerHeaders(api, getContainer(), store, email)

        const response = await api.post("/store/leads", leadBody({ email }), customer)
        const stored = await solar360.retrieveLead(response.data.lead.id)
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

        const first = await api.post("/store/leads", leadBody(), store)
        await api.post("/store/leads", leadBody(), store)

        const id = first.data.lead.id
        await waitFor(() => seen.length >= 2)
        expect(seen).toEqual([
          { name: "created", id },
          { name: "updated", id },
        ])
      })

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
      ])("rejects %s with 400 and writes nothing", async (_label, overrides, message) => {
        const response = await responseOf(api.post("/store/leads", leadBody(overrides), store))
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
        expect(response.data.message).toMatch(message)
        expect(await leadCount()).toBe(0)
      })

      it("rejects a phone number that cannot exist with 400 and writes nothing", async () => {
        const response = await responseOf(
          api.post("/store/leads", leadBody({ phone: "(52) 1234-5678", email: undefined }), store)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/phone/)
        expect(await leadCount()).toBe(0)
      })

      it("refuses a request without a publishable key (Medusa answers 400 not_allowed)", async () => {
        const response = await responseOf(api.post("/store/leads", leadBody()))
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("not_allowed")
        expect(await leadCount()).toBe(0)
      })

      it("does not expose leads to the storefront: there is no GET (404)", async () => {
        await api.post("/store/leads", leadBody(), store)
        const list = await responseOf(api.get("/store/leads", store))
        expect(list.status).toBe(404)
      })
    })
  },
})

async function waitFor(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error("condition not met in time")
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
