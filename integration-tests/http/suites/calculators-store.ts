import { randomUUID } from "crypto"
import { resumeTokenForIdempotencyKey } from "../../../src/lib/calculators"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const TOKEN_HEADER = "x-solar360-resume-token"

const simulationBody = (overrides: Record<string, unknown> = {}) => ({
  system_cost: 30_000,
  down_payment: 5_000,
  term_months: 60,
  interest_rate_monthly: 1.9,
  person_type: "PF",
  fees: { tac: 500 },
  insurance_amount: 300,
  costs_financed: true,
  release_date: "2026-03-10",
  bank: "Banco Solar",
  ...overrides,
})

// A typical São Paulo home (domain reference): 400 kWh a month at R$ 0.95/kWh.
const analysisBody = (overrides: Record<string, unknown> = {}) => ({
  monthly_consumption_kwh: 400,
  tariff_kwh_brl: 0.95,
  state: "sp",
  city: "São Paulo",
  utility_company: "ENEL SP",
  connection_type: "bi",
  roof_area_m2: 40,
  ...overrides,
})

export function calculatorsStoreSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ store, solar360 } = await createHttpContext(api, getContainer(), { store: true }))
  })

  const simulationCount = async () => (await solar360.listFinancingSimulations({}, { select: ["id"] })).length
  const analysisCount = async () => (await solar360.listSolarViabilityAnalyses({}, { select: ["id"] })).length

  describe("POST /store/solar360/financing-simulations", () => {
    it("computes, stores every input and answers the record with a resume token stored only as a hash", async () => {
      const response = await api.post("/store/solar360/financing-simulations", simulationBody(), store)

      expect(response.status).toBe(201)
      const { financing_simulation: sim, resume_token } = response.data
      expect(resume_token).toMatch(/^s360rt_[A-Za-z0-9_-]{43}$/)
      expect(sim).toMatchObject({
        term_months: 60,
        person_type: "PF",
        rate_input_period: "monthly",
        interest_rate_monthly: 1.9,
        interest_rate_annual: 25.3401,
        fees_amount: 500,
        insurance_amount: 300,
        costs_financed: true,
        status: "pending",
        accepted_by_customer: false,
        bank: "Banco Solar",
        customer_id: null,
      })
      expect(sim.cet_annual).toBeGreaterThan(sim.interest_rate_annual)
      expect(sim.schedule).toHaveLength(60)
      expect(sim.alternative_simulations.filter((a: any) => a.is_chosen)).toEqual([
        expect.objectContaining({ term_months: 60, monthly_payment: sim.monthly_payment }),
      ])
      expect(sim.assumptions).toMatchObject({ cet_convention: "365-day", inputs: { release_date: "2026-03-10" } })
      expect(sim).not.toHaveProperty("resume_token_hash")
      expect(sim).not.toHaveProperty("idempotency_key_hash")

      const stored = await solar360.retrieveFinancingSimulation(sim.id)
      expect(stored.resume_token_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(JSON.stringify(stored)).not.toContain(resume_token)
      // The schedule's principal sums to the amount financed.
      const principal = (stored.schedule as unknown as any[]).reduce((sum, row) => sum + row.principal, 0)
      expect(Math.round(principal * 100) / 100).toBe(Number(stored.financing_amount))
    })

    it("takes an annual rate and converts it compoundly", async () => {
      const response = await api.post(
        "/store/solar360/financing-simulations",
        simulationBody({ interest_rate_monthly: undefined, interest_rate_annual: 25.3401 }),
        store
      )
      expect(response.status).toBe(201)
      expect(response.data.financing_simulation.rate_input_period).toBe("annual")
      expect(Number(response.data.financing_simulation.interest_rate_monthly)).toBeCloseTo(1.9, 4)
    })

    it("a collected contact creates a lead through the capture rules, once per simulation", async () => {
      const contact = {
        name: "Ana Lima",
        email: "Ana.Lima@Example.com",
        anonymous_id: "anon-calc",
        session_id: "sess-calc",
        consent: { analytics: true },
      }
      const headers = { ...store.headers, "idempotency-key": randomUUID() }
      const first = await api.post("/store/solar360/financing-simulations", simulationBody({ contact }), { headers })
      expect(first.status).toBe(201)
      expect(first.data.financing_simulation).not.toHaveProperty("contact")
      const [lead] = (await solar360.listLeads({ email: "ana.lima@example.com" })) as any[]
      expect(lead).toMatchObject({ interest_type: "financing", anonymous_id: "anon-calc", session_id: "sess-calc", touch_count: 1 })
      // A replay answers the first simulation and captures nothing again.
      await api.post("/store/solar360/financing-simulations", simulationBody({ contact }), { headers })
      expect(((await solar360.listLeads({ email: "ana.lima@example.com" })) as any[])[0].touch_count).toBe(1)
      // Another simulation with the same contact touches the same lead (dedupe).
      await api.post("/store/solar360/financing-simulations", simulationBody({ contact }), store)
      const leads = (await solar360.listLeads({ email: "ana.lima@example.com" })) as any[]
      expect(leads).toHaveLength(1)
      expect(leads[0].touch_count).toBe(2)
    })

    it("without a contact creates no lead; a contact without e-mail or phone is a 400 that writes nothing", async () => {
      await api.post("/store/solar360/financing-simulations", simulationBody(), store)
      expect(await solar360.listLeads({})).toHaveLength(0)
      const before = await simulationCount()
      const bad = await responseOf(
        api.post("/store/solar360/financing-simulations", simulationBody({ contact: { name: "Sem contato" } }), store)
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/e-mail or a phone/)
      expect(await simulationCount()).toBe(before)
      expect(await solar360.listLeads({})).toHaveLength(0)
    })

    it("answers the same record and token when a request is retried with its Idempotency-Key", async () => {
      const key = randomUUID()
      const headers = { ...store.headers, "idempotency-key": key }
      const first = await api.post("/store/solar360/financing-simulations", simulationBody(), { headers })
      const before = await simulationCount()
      const retry = await api.post("/store/solar360/financing-simulations", simulationBody(), { headers })

      expect(first.status).toBe(201)
      expect(retry.status).toBe(200)
      expect(retry.data.financing_simulation.id).toBe(first.data.financing_simulation.id)
      expect(retry.data.resume_token).toBe(first.data.resume_token)
      expect(await simulationCount()).toBe(before)
    })

    it("answers a replayed Idempotency-Key only to the same caller; anyone else gets a fresh, unrelated record", async () => {
      const key = randomUUID()
      const as = (address: string, agent: string, extra: Record<string, string> = store.headers) => ({
        headers: { ...extra, "idempotency-key": key, "x-forwarded-for": address, "user-agent": agent },
      })
      const first = await api.post("/store/solar360/financing-simulations", simulationBody(), as("198.51.100.7", "Mozilla/5.0 A"))
      expect(first.status).toBe(201)
      const token = first.data.resume_token
      // The token is not derivable from the key alone (a server-side secret is mixed in).
      expect(resumeTokenForIdempotencyKey({ key, caller: "", secret: key }).token).not.toBe(token)

      const same = await api.post("/store/solar360/financing-simulations", simulationBody(), as("198.51.100.7", "Mozilla/5.0 A"))
      expect(same.status).toBe(200)
      expect(same.data.resume_token).toBe(token)

      for (const [address, agent] of [["198.51.100.8", "Mozilla/5.0 A"], ["198.51.100.7", "Mozilla/5.0 B"]]) {
        const other = await api.post("/store/solar360/financing-simulations", simulationBody(), as(address, agent))
        expect(other.status).toBe(201)
        expect(other.data.financing_simulation.id).not.toBe(first.data.financing_simulation.id)
        expect(other.data.resume_token).not.toBe(token)
      }

      // A customer's replay is theirs alone, whatever address it comes from.
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const mine = await api.post("/store/solar360/financing-simulations", simulationBody(), as("198.51.100.9", "x", customer.headers))
      const mineAgain = await api.post("/store/solar360/financing-simulations", simulationBody(), as("198.51.100.10", "y", customer.headers))
      expect(mineAgain.status).toBe(200)
      expect(mineAgain.data.financing_simulation.id).toBe(mine.data.financing_simulation.id)
      const stranger = await createCustomerHeaders(api, getContainer(), store, `estranho-${Date.now()}@example.com`)
      const theirs = await api.post("/store/solar360/financing-simulations", simulationBody(), as("198.51.100.9", "x", stranger.headers))
      expect(theirs.status).toBe(201)
      expect(theirs.data.financing_simulation.customer_id).toBe(stranger.customer_id)
      expect(theirs.data.resume_token).not.toBe(mine.data.resume_token)
    })

    it("belongs to the logged-in customer who creates it", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const response = await api.post("/store/solar360/financing-simulations", simulationBody(), {
        headers: customer.headers,
      })
      expect(response.data.financing_simulation.customer_id).toBe(customer.customer_id)
    })

    it("links a viability analysis the customer holds and projects its savings and payback", async () => {
      const analysis = await api.post("/store/solar360/solar-viability-analyses", analysisBody(), store)
      const { id } = analysis.data.solar_viability_analysis
      const response = await api.post(
        "/store/solar360/financing-simulations",
        simulationBody({
          system_cost: analysis.data.solar_viability_analysis.total_investment,
          down_payment: 0,
          solar_viability_analysis_id: id,
          solar_viability_analysis_token: analysis.data.resume_token,
        }),
        store
      )
      expect(response.status).toBe(201)
      const sim = response.data.financing_simulation
      expect(sim.solar_viability_analysis_id).toBe(id)
      expect(sim.monthly_energy_savings).toBe(analysis.data.solar_viability_analysis.monthly_savings_brl)
      // Financed, the system takes longer to pay back than bought in cash.
      expect(sim.payback_months).toBeGreaterThan(analysis.data.solar_viability_analysis.payback_months)
      expect(sim.roi_percentage).toBeGreaterThan(0)
    })

    it("answers 404 and stores nothing when the linked analysis is someone else's", async () => {
      const analysis = await api.post("/store/solar360/solar-viability-analyses", analysisBody(), store)
      const before = await simulationCount()
      const response = await responseOf(
        api.post(
          "/store/solar360/financing-simulations",
          simulationBody({ solar_viability_analysis_id: analysis.data.solar_viability_analysis.id }),
          store
        )
      )
      expect(response.status).toBe(404)
      expect(await simulationCount()).toBe(before)
    })

    it.each([
      ["a negative cost", { system_cost: -1 }, "finance_invalid_amount"],
      ["a down payment equal to the cost", { down_payment: 30_000 }, "finance_down_payment_too_high"],
      ["term 0", { term_months: 0 }, "finance_term_out_of_range"],
      ["term above 420 months", { term_months: 421 }, "finance_term_out_of_range"],
      ["a rate above 20% a month", { interest_rate_monthly: 20.5 }, "finance_rate_out_of_range"],
      ["a negative fee", { fees: { tac: -1 } }, "finance_invalid_amount"],
    ])("refuses %s with 400 and its code, storing nothing", async (_label, overrides, code) => {
      const before = await simulationCount()
      const response = await responseOf(api.post("/store/solar360/financing-simulations", simulationBody(overrides), store))
      expect(response.status).toBe(400)
      expect(response.data).toMatchObject({ type: "invalid_data", code })
      expect(await simulationCount()).toBe(before)
    })

    it.each([
      ["both rates", { interest_rate_annual: 25 }],
      ["no rate", { interest_rate_monthly: undefined }],
      ["a fractional term", { term_months: 12.5 }],
      ["an unknown field", { status: "approved" }],
      ["a bad release date", { release_date: "2026-02-30" }],
      ["a person type that is not PF or PJ", { person_type: "CPF" }],
      ["a javascript: bank_url", { bank_url: "javascript:alert(document.cookie)" }],
      ["a data: bank_url", { bank_url: "data:text/html,<script>alert(1)</script>" }],
    ])("refuses %s with 400", async (_label, overrides) => {
      const before = await simulationCount()
      const response = await responseOf(api.post("/store/solar360/financing-simulations", simulationBody(overrides), store))
      expect(response.status).toBe(400)
      expect(await simulationCount()).toBe(before)
    })

    it("refuses a short Idempotency-Key with 400", async () => {
      const response = await responseOf(
        api.post("/store/solar360/financing-simulations", simulationBody(), {
          headers: { ...store.headers, "idempotency-key": "abc" },
        })
      )
      expect(response.status).toBe(400)
    })

    it("refuses a request without a publishable key (Medusa answers 400 not_allowed)", async () => {
      const response = await responseOf(api.post("/store/solar360/financing-simulations", simulationBody()))
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("not_allowed")
    })
  })

  describe("GET /store/solar360/financing-simulations/:id and accept", () => {
    it("opens for the token holder (header only) and for the owning customer, 404 for anyone else", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const created = await api.post("/store/solar360/financing-simulations", simulationBody(), { headers: customer.headers })
      const { id } = created.data.financing_simulation
      const token = created.data.resume_token
      const url = `/store/solar360/financing-simulations/${id}`

      const byOwner = await api.get(url, { headers: customer.headers })
      expect(byOwner.data.financing_simulation).toMatchObject({ id, schedule: expect.any(Array) })
      expect(byOwner.data.financing_simulation).not.toHaveProperty("resume_token_hash")
      expect((await api.get(url, { headers: { ...store.headers, [TOKEN_HEADER]: token } })).status).toBe(200)
      expect((await api.get(url, { headers: { ...store.headers, "x-resume-token": token } })).status).toBe(200)
      // Never in the URL (access logs keep URLs): a 400 that names the header.
      const inUrl = await responseOf(api.get(`${url}?resume_token=${token}`, store))
      expect(inUrl.status).toBe(400)
      expect(inUrl.data.message).toContain("x-resume-token")
      expect(inUrl.data.message).not.toContain(token)

      const other = await createCustomerHeaders(api, getContainer(), store, `outro-${Date.now()}@example.com`)
      for (const headers of [
        other.headers,
        store.headers,
        { ...store.headers, [TOKEN_HEADER]: "s360rt_wrong" },
        { ...store.headers, [TOKEN_HEADER]: token.slice(0, -1) + (token.endsWith("A") ? "B" : "A") },
      ]) {
        const response = await responseOf(api.get(url, { headers }))
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("solar360_not_found")
      }
      const missing = await responseOf(
        api.get("/store/solar360/financing-simulations/fsim_missing", { headers: { ...store.headers, [TOKEN_HEADER]: token } })
      )
      expect(missing.status).toBe(404)
    })

    it("answers 400 without a publishable key", async () => {
      expect((await responseOf(api.get("/store/solar360/financing-simulations/fsim_x"))).status).toBe(400)
    })

    it("lets the token holder accept once, keeping the first time, and claims it for a logged-in guest", async () => {
      const created = await api.post("/store/solar360/financing-simulations", simulationBody(), store)
      const { id } = created.data.financing_simulation
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const headers = { ...customer.headers, [TOKEN_HEADER]: created.data.resume_token }

      const accepted = await api.post(
        `/store/solar360/financing-simulations/${id}/accept`,
        { chosen_reason: "lowest installment" },
        { headers }
      )
      expect(accepted.data.financing_simulation).toMatchObject({
        accepted_by_customer: true,
        chosen_reason: "lowest installment",
        customer_id: customer.customer_id,
      })
      const firstAcceptedAt = accepted.data.financing_simulation.accepted_at
      const again = await api.post(`/store/solar360/financing-simulations/${id}/accept`, {}, { headers })
      expect(again.data.financing_simulation.accepted_at).toBe(firstAcceptedAt)
      expect(again.data.financing_simulation.chosen_reason).toBe("lowest installment")
      // Now theirs: the customer opens it without the token.
      expect((await api.get(`/store/solar360/financing-simulations/${id}`, { headers: customer.headers })).status).toBe(200)
    })

    it("answers 404 to accept without the token, and 400 for a rejected simulation or bad body, changing nothing", async () => {
      const created = await api.post("/store/solar360/financing-simulations", simulationBody(), store)
      const { id } = created.data.financing_simulation
      const withToken = { headers: { ...store.headers, [TOKEN_HEADER]: created.data.resume_token } }

      expect((await responseOf(api.post(`/store/solar360/financing-simulations/${id}/accept`, {}, store))).status).toBe(404)
      const badBody = await responseOf(api.post(`/store/solar360/financing-simulations/${id}/accept`, { accepted: true }, withToken))
      expect(badBody.status).toBe(400)

      await solar360.updateFinancingSimulations({ id, status: "rejected", rejection_reason: "score" })
      const rejected = await responseOf(api.post(`/store/solar360/financing-simulations/${id}/accept`, {}, withToken))
      expect(rejected.status).toBe(400)
      expect(rejected.data.code).toBe("solar360_invalid_state")
      expect((await solar360.retrieveFinancingSimulation(id)).accepted_by_customer).toBe(false)
    })
  })

  describe("POST /store/solar360/solar-viability-analyses", () => {
    it("analyses a typical São Paulo home, stores every assumption and answers a resume token", async () => {
      const response = await api.post("/store/solar360/solar-viability-analyses", analysisBody(), store)

      expect(response.status).toBe(201)
      const { solar_viability_analysis: a, resume_token } = response.data
      expect(resume_token).toMatch(/^s360rt_/)
      expect(a).toMatchObject({
        state: "SP",
        connection_type: "bi",
        utility_company: "ENEL SP",
        roof_area_available_m2: 40,
        grandfathered: false,
        is_viable: true,
      })
      expect(a.system_size_kwp).toBeGreaterThan(2.5)
      expect(a.system_size_kwp).toBeLessThan(4)
      expect(a.payback_months).toBeGreaterThan(12)
      expect(a.payback_months).toBeLessThan(72)
      expect(a.cash_flow).toHaveLength(26)
      expect(a.alternative_scenarios.map((s: any) => s.sizing_factor)).toEqual([0.8, 1, 1.2])
      expect(a.financing_options.financed.length).toBeGreaterThan(0)
      expect(a.assumptions).toMatchObject({
        model_version: "solar-viability/2",
        inputs: { monthly_consumption_kwh: 400, tariff_kwh_brl: 0.95, connection_type: "bi" },
        derived: {
          hsp: expect.objectContaining({ state: "SP" }),
          billing: expect.objectContaining({
            connection_date_source: "request_date_plus_lead_days",
            regimes: [expect.objectContaining({ regime: "gd2", rule: expect.stringMatching(/Lei 14\.300 art\. 16/) })],
          }),
        },
      })
      // Billing starts 60 days (the connection_lead_days default) after the request day.
      const { request_date, expected_connection_date } = a.assumptions.derived.billing
      expect(Date.parse(expected_connection_date) - Date.parse(request_date)).toBe(60 * 86_400_000)
      expect(a.cash_flow[1].first_month).toBe(expected_connection_date.slice(0, 7))
      expect(a).not.toHaveProperty("resume_token_hash")
      const stored = await solar360.retrieveSolarViabilityAnalysis(a.id)
      expect(stored.resume_token_hash).toMatch(/^[0-9a-f]{64}$/)
    })

    it("a collected contact creates a lead with the analysis's bill, city and UF, once per analysis", async () => {
      const contact = { name: "Bruno Sol", phone: "+55 11 98765-4321", consent: { marketing: true, terms_version: "v3" } }
      const headers = { ...store.headers, "idempotency-key": randomUUID() }
      const first = await api.post(
        "/store/solar360/solar-viability-analyses",
        analysisBody({ monthly_bill_brl: 380, contact }),
        { headers }
      )
      expect(first.status).toBe(201)
      expect(first.data.solar_viability_analysis).not.toHaveProperty("contact")
      const [lead] = (await solar360.listLeads({ phone: "+5511987654321" })) as any[]
      expect(lead).toMatchObject({
        name: "Bruno Sol",
        interest_type: "solar",
        city: "São Paulo",
        state: "SP",
        monthly_consumption_kwh: 400,
        touch_count: 1,
      })
      expect(Number(lead.monthly_bill_brl)).toBe(380)
      // The bill counts in the score (its breakdown names the R$ 380 bill).
      expect(JSON.stringify(lead.score_breakdown)).toMatch(/380/)
      // A replay answers the first analysis and captures nothing again.
      const replay = await api.post(
        "/store/solar360/solar-viability-analyses",
        analysisBody({ monthly_bill_brl: 380, contact }),
        { headers }
      )
      expect(replay.status).toBe(200)
      expect(((await solar360.listLeads({ phone: "+5511987654321" })) as any[])[0].touch_count).toBe(1)
    })

    it("without a contact creates no lead; a contact without e-mail or phone is a 400 that writes nothing", async () => {
      expect((await api.post("/store/solar360/solar-viability-analyses", analysisBody(), store)).status).toBe(201)
      expect(await solar360.listLeads({})).toHaveLength(0)
      const [, before] = await solar360.listAndCountSolarViabilityAnalyses({})
      const bad = await responseOf(
        api.post("/store/solar360/solar-viability-analyses", analysisBody({ contact: { name: "Sem contato" } }), store)
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/e-mail or a phone/)
      expect((await solar360.listAndCountSolarViabilityAnalyses({}))[1]).toBe(before)
      expect(await solar360.listLeads({})).toHaveLength(0)
    })

    it("starts billing at the expected connection date the request names", async () => {
      const connection = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)
      const response = await api.post(
        "/store/solar360/solar-viability-analyses",
        analysisBody({ expected_connection_date: connection }),
        store
      )
      expect(response.status).toBe(201)
      const { billing } = response.data.solar_viability_analysis.assumptions.derived
      expect(billing).toMatchObject({
        expected_connection_date: connection,
        connection_date_source: "provided",
        first_month: connection.slice(0, 7),
      })
    })

    it("stores a two-phase 2-wire connection with its 30 kWh minimum", async () => {
      const response = await api.post(
        "/store/solar360/solar-viability-analyses",
        analysisBody({ connection_type: "bi_2_wires" }),
        store
      )
      expect(response.status).toBe(201)
      const a = response.data.solar_viability_analysis
      expect(a.connection_type).toBe("bi_2_wires")
      expect(a.assumptions.derived.minimum_bill_kwh).toBe(30)
      expect((await solar360.retrieveSolarViabilityAnalysis(a.id)).connection_type).toBe("bi_2_wires")
    })

    it("derives the tariff from bill and consumption when both are given", async () => {
      const response = await api.post(
        "/store/solar360/solar-viability-analyses",
        analysisBody({ tariff_kwh_brl: undefined, monthly_bill_brl: 380 }),
        store
      )
      expect(Number(response.data.solar_viability_analysis.tariff_kwh_brl)).toBeCloseTo(0.95, 6)
      expect(response.data.solar_viability_analysis.assumptions.derived.tariff_source).toBe(
        "bill_divided_by_consumption"
      )
    })

    it("answers the same record on a retry with the same Idempotency-Key", async () => {
      const headers = { ...store.headers, "idempotency-key": randomUUID() }
      const first = await api.post("/store/solar360/solar-viability-analyses", analysisBody(), { headers })
      const retry = await api.post("/store/solar360/solar-viability-analyses", analysisBody(), { headers })
      expect(retry.status).toBe(200)
      expect(retry.data.solar_viability_analysis.id).toBe(first.data.solar_viability_analysis.id)
      expect(retry.data.resume_token).toBe(first.data.resume_token)
    })

    it.each([
      ["consumption 0", { monthly_consumption_kwh: 0 }, "solar_invalid_consumption"],
      ["an unknown UF", { state: "XX" }, "solar_unknown_state"],
      ["a negative tariff", { tariff_kwh_brl: -0.5 }, "solar_invalid_tariff"],
      ["no consumption and no bill", { monthly_consumption_kwh: undefined }, "solar_consumption_required"],
      ["a connection before the request", { expected_connection_date: "2020-01-01" }, "solar_invalid_connection_date"],
      ["a connection years ahead", { expected_connection_date: "2099-01-01" }, "solar_invalid_connection_date"],
    ])("refuses %s with 400 and its code, storing nothing", async (_label, overrides, code) => {
      const before = await analysisCount()
      const response = await responseOf(api.post("/store/solar360/solar-viability-analyses", analysisBody(overrides), store))
      expect(response.status).toBe(400)
      expect(response.data).toMatchObject({ type: "invalid_data", code })
      expect(await analysisCount()).toBe(before)
    })

    it.each([
      ["a latitude out of range", { latitude: 123 }],
      ["an unknown connection type", { connection_type: "quad" }],
      ["a connection date that is not a date", { expected_connection_date: "2027-02-30" }],
      ["an unknown field", { viability_score: 100 }],
    ])("refuses %s with 400", async (_label, overrides) => {
      const before = await analysisCount()
      const response = await responseOf(api.post("/store/solar360/solar-viability-analyses", analysisBody(overrides), store))
      expect(response.status).toBe(400)
      expect(await analysisCount()).toBe(before)
    })

    it("refuses a request without a publishable key", async () => {
      const response = await responseOf(api.post("/store/solar360/solar-viability-analyses", analysisBody()))
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("not_allowed")
    })

    it("opens by token or owner only; 404 otherwise", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const created = await api.post("/store/solar360/solar-viability-analyses", analysisBody(), { headers: customer.headers })
      const url = `/store/solar360/solar-viability-analyses/${created.data.solar_viability_analysis.id}`
      expect((await api.get(url, { headers: customer.headers })).data.solar_viability_analysis.cash_flow).toHaveLength(26)
      expect((await api.get(url, { headers: { ...store.headers, "x-resume-token": created.data.resume_token } })).status).toBe(200)
      expect((await responseOf(api.get(`${url}?resume_token=${created.data.resume_token}`, store))).status).toBe(400)
      expect((await responseOf(api.get(url, store))).status).toBe(404)
      const other = await createCustomerHeaders(api, getContainer(), store, `outra-${Date.now()}@example.com`)
      expect((await responseOf(api.get(url, { headers: other.headers }))).status).toBe(404)
      expect((await responseOf(api.get("/store/solar360/solar-viability-analyses/sva_missing", customer))).status).toBe(404)
    })
  })

  describe("GET /store/solar360/customers/me/...", () => {
    it("lists only the customer's own simulations and analyses, newest first, without bulky fields", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const other = await createCustomerHeaders(api, getContainer(), store, `terceiro-${Date.now()}@example.com`)
      const first = await api.post("/store/solar360/financing-simulations", simulationBody({ term_months: 36 }), { headers: customer.headers })
      const second = await api.post("/store/solar360/financing-simulations", simulationBody({ term_months: 48 }), { headers: customer.headers })
      await api.post("/store/solar360/financing-simulations", simulationBody(), { headers: other.headers })
      await api.post("/store/solar360/financing-simulations", simulationBody(), store)
      const analysis = await api.post("/store/solar360/solar-viability-analyses", analysisBody(), { headers: customer.headers })

      const sims = await api.get("/store/solar360/customers/me/financing-simulations", { headers: customer.headers })
      expect(sims.data.count).toBe(2)
      expect(sims.data.financing_simulations.map((s: any) => s.id)).toEqual([
        second.data.financing_simulation.id,
        first.data.financing_simulation.id,
      ])
      expect(sims.data.financing_simulations[0]).not.toHaveProperty("schedule")
      expect(sims.data.financing_simulations[0]).not.toHaveProperty("resume_token_hash")

      const analyses = await api.get("/store/solar360/customers/me/solar-viability-analyses", { headers: customer.headers })
      expect(analyses.data.solar_viability_analyses.map((a: any) => a.id)).toEqual([
        analysis.data.solar_viability_analysis.id,
      ])
      expect(analyses.data.solar_viability_analyses[0]).not.toHaveProperty("cash_flow")
    })

    it("answers 401 to a guest", async () => {
      for (const path of ["financing-simulations", "solar-viability-analyses"]) {
        const response = await responseOf(api.get(`/store/solar360/customers/me/${path}`, store))
        expect(response.status).toBe(401)
      }
    })

    it("answers 400 to a bad query", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const response = await responseOf(
        api.get("/store/solar360/customers/me/financing-simulations?limit=abc", { headers: customer.headers })
      )
      expect(response.status).toBe(400)
    })
  })
}
