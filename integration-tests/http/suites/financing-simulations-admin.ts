import { Modules } from "@medusajs/framework/utils"
import { Solar360Events } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import { eventually } from "../../helpers/eventually"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// 2% a month compounded, in percent a year: PV 10,000 over 12 months pays 945.60 (Price).
const TWO_PERCENT_MONTHLY_AS_ANNUAL = (Math.pow(1.02, 12) - 1) * 100

export function financingSimulationsAdminSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService
  let ids: { pending: string; analyzing: string; approved: string }

  const simulation = (fields: Record<string, unknown>) =>
    solar360.createFinancingSimulations({
      system_cost: 25_000,
      financing_amount: 20_000,
      term_months: 60,
      interest_rate_monthly: 1.9,
      monthly_payment: 560.12,
      schedule: [{ number: 1, payment: 560.12, interest: 380, principal: 180.12, balance: 19_819.88 }],
      assumptions: { iof: { daily: 0.0082 } },
      resume_token_hash: "a".repeat(64),
      ...fields,
    } as any)

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
    const pending = await simulation({ bank: "Banco Solar", person_type: "PF", customer_id: "cus_ana" })
    const analyzing = await simulation({
      bank: "Sicredi",
      person_type: "PJ",
      status: "analyzing",
      submitted_to_bank: true,
      submitted_at: new Date("2026-01-05T10:00:00Z"),
      customer_id: "cus_bruno",
    })
    const approved = await simulation({
      bank: "Sicredi",
      status: "approved",
      submitted_to_bank: true,
      was_approved: true,
      accepted_by_customer: true,
      customer_id: "cus_bruno",
    })
    ids = { pending: pending.id, analyzing: analyzing.id, approved: approved.id }
  })

  const listIds = async (query: string) =>
    (await api.get(`/admin/solar360/financing-simulations?${query}`, admin)).data.financing_simulations
      .map((s: any) => s.id)
      .sort()

  describe("GET /admin/solar360/financing-simulations", () => {
    it("lists without the resume token hash or the schedule, paginated and ordered", async () => {
      const { data } = await api.get("/admin/solar360/financing-simulations?order=created_at&limit=2", admin)
      expect(data).toMatchObject({ count: 3, offset: 0, limit: 2 })
      expect(data.financing_simulations.map((s: any) => s.id)).toEqual([ids.pending, ids.analyzing])
      const [first] = data.financing_simulations
      expect(first).toMatchObject({ status: "pending", bank: "Banco Solar", person_type: "PF" })
      expect(Number(first.financing_amount)).toBe(20_000)
      expect(first).not.toHaveProperty("resume_token_hash")
      expect(first).not.toHaveProperty("schedule")
      expect(first).not.toHaveProperty("assumptions")

      const second = await api.get("/admin/solar360/financing-simulations?order=created_at&limit=2&offset=2", admin)
      expect(second.data.financing_simulations.map((s: any) => s.id)).toEqual([ids.approved])
    })

    it("filters by status, bank, approval, acceptance, customer, person type and creation date", async () => {
      expect(await listIds("status=pending")).toEqual([ids.pending])
      expect(await listIds("status[]=pending&status[]=approved")).toEqual([ids.pending, ids.approved].sort())
      expect(await listIds("bank=Sicredi")).toEqual([ids.analyzing, ids.approved].sort())
      expect(await listIds("was_approved=true")).toEqual([ids.approved])
      expect(await listIds("accepted_by_customer=true")).toEqual([ids.approved])
      expect(await listIds("accepted_by_customer=false")).toEqual([ids.pending, ids.analyzing].sort())
      expect(await listIds("customer_id=cus_bruno")).toEqual([ids.analyzing, ids.approved].sort())
      expect(await listIds("person_type=PJ")).toEqual([ids.analyzing])
      expect(await listIds("bank=Sicredi&status=analyzing")).toEqual([ids.analyzing])
      const future = new Date(Date.now() + 3600_000).toISOString()
      const past = new Date(Date.now() - 3600_000).toISOString()
      expect(await listIds(`created_at[$gte]=${future}`)).toEqual([])
      expect(await listIds(`created_at[$gte]=${past}&created_at[$lte]=${future}`)).toHaveLength(3)
    })

    it("gives the schedule on request but never the resume token hash", async () => {
      const { data } = await api.get(
        `/admin/solar360/financing-simulations?status=pending&fields=id,schedule,resume_token_hash`,
        admin
      )
      expect(data.financing_simulations[0].schedule).toHaveLength(1)
      expect(data.financing_simulations[0]).not.toHaveProperty("resume_token_hash")
      for (const fields of ["resume_token_hash", "+resume_token_hash", "*"]) {
        const response = await responseOf(
          api.get(`/admin/solar360/financing-simulations?fields=${encodeURIComponent(fields)}`, admin)
        )
        expect(JSON.stringify(response.data)).not.toContain("resume_token_hash")
      }
    })

    it("rejects unknown filters and bad values with 400", async () => {
      for (const query of [
        "status=archived",
        "person_type=XX",
        "was_approved=maybe",
        "colour=red",
        "created_at[$gte]=not-a-date",
        "order=resume_token_hash",
      ]) {
        const response = await responseOf(api.get(`/admin/solar360/financing-simulations?${query}`, admin))
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.type).toBe("invalid_data")
      }
    })

    it("answers 401 without an admin session", async () => {
      expect((await responseOf(api.get("/admin/solar360/financing-simulations"))).status).toBe(401)
      expect((await responseOf(api.get(`/admin/solar360/financing-simulations/${ids.pending}`))).status).toBe(401)
      const post = await responseOf(
        api.post(`/admin/solar360/financing-simulations/${ids.pending}/credit-analysis`, { status: "analyzing" })
      )
      expect(post.status).toBe(401)
      expect((await solar360.retrieveFinancingSimulation(ids.pending)).status).toBe("pending")
    })
  })

  describe("GET /admin/solar360/financing-simulations/:id", () => {
    it("answers one simulation with its schedule and assumptions, without the hash", async () => {
      const { data } = await api.get(`/admin/solar360/financing-simulations/${ids.pending}`, admin)
      expect(data.financing_simulation).toMatchObject({
        id: ids.pending,
        status: "pending",
        assumptions: { iof: { daily: 0.0082 } },
      })
      expect(data.financing_simulation.schedule).toHaveLength(1)
      expect(data.financing_simulation).not.toHaveProperty("resume_token_hash")
    })

    it("answers 404 with a stable code for an unknown id", async () => {
      const response = await responseOf(api.get("/admin/solar360/financing-simulations/fsim_missing", admin))
      expect(response.status).toBe(404)
      expect(response.data).toMatchObject({ type: "not_found", code: "solar360_not_found" })
    })
  })

  describe("POST /admin/solar360/financing-simulations/:id/credit-analysis", () => {
    const post = (id: string, body: unknown) =>
      responseOf(api.post(`/admin/solar360/financing-simulations/${id}/credit-analysis`, body, admin))

    it("submits, then approves with the server's installment, and emits an event", async () => {
      const received: any[] = []
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe(Solar360Events.FINANCING_SIMULATION_CREDIT_ANALYSIS_UPDATED, async (event: any) => {
          received.push(event.data ?? event)
        })

      const before = Date.now()
      const submitted = await post(ids.pending, { status: "analyzing", submitted_to_bank: true })
      expect(submitted.status).toBe(200)
      const submittedSim = submitted.data.financing_simulation
      expect(submittedSim).toMatchObject({ id: ids.pending, status: "analyzing", submitted_to_bank: true })
      expect(new Date(submittedSim.submitted_at).getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(submittedSim.analysis_started_at).toEqual(submittedSim.submitted_at)
      expect(submittedSim.schedule).toHaveLength(1)
      expect(submittedSim).not.toHaveProperty("resume_token_hash")

      const approved = await post(ids.pending, {
        status: "approved",
        approved_amount: 10_000,
        approved_term_months: 12,
        approved_rate_annual: TWO_PERCENT_MONTHLY_AS_ANNUAL,
        approved_monthly_payment: 945.6,
      })
      expect(approved.status).toBe(200)
      const sim = approved.data.financing_simulation
      expect(sim).toMatchObject({
        status: "approved",
        was_approved: true,
        approved_term_months: 12,
        submitted_at: submittedSim.submitted_at,
      })
      expect(Number(sim.approved_amount)).toBe(10_000)
      expect(Number(sim.approved_rate_annual)).toBeCloseTo(TWO_PERCENT_MONTHLY_AS_ANNUAL, 6)
      expect(Number(sim.approved_monthly_payment)).toBe(945.6)
      expect(sim.decided_at).not.toBeNull()
      expect(sim).not.toHaveProperty("resume_token_hash")

      await eventually(async () => {
        expect(received.filter((event) => event.id === ids.pending)).toEqual([
          { id: ids.pending, status: "analyzing" },
          { id: ids.pending, status: "approved" },
        ])
      })
    })

    it("stores the computed installment when the caller's is within tolerance", async () => {
      const response = await post(ids.analyzing, {
        status: "approved",
        approved_amount: 10_000,
        approved_term_months: 12,
        approved_rate_annual: TWO_PERCENT_MONTHLY_AS_ANNUAL,
        approved_monthly_payment: 948,
      })
      expect(response.status).toBe(200)
      expect(Number(response.data.financing_simulation.approved_monthly_payment)).toBe(945.6)
      const row = await solar360.retrieveFinancingSimulation(ids.analyzing)
      expect(Number(row.approved_monthly_payment)).toBe(945.6)
    })

    it("rejects with a reason", async () => {
      const response = await post(ids.analyzing, { status: "rejected", rejection_reason: "renda insuficiente" })
      expect(response.status).toBe(200)
      expect(response.data.financing_simulation).toMatchObject({
        status: "rejected",
        was_approved: false,
        rejection_reason: "renda insuficiente",
      })
      expect(response.data.financing_simulation.decided_at).not.toBeNull()
    })

    it("refuses illegal moves and incomplete or inconsistent terms, writing nothing", async () => {
      const snapshot = async (id: string) => {
        const row: any = await solar360.retrieveFinancingSimulation(id)
        return JSON.stringify({ ...row, updated_at: undefined })
      }
      const pendingBefore = await snapshot(ids.pending)
      const analyzingBefore = await snapshot(ids.analyzing)
      const approvedBefore = await snapshot(ids.approved)
      const terms = {
        approved_amount: 10_000,
        approved_term_months: 12,
        approved_rate_annual: TWO_PERCENT_MONTHLY_AS_ANNUAL,
      }

      const cases: [string, unknown, string][] = [
        [ids.pending, { status: "approved", ...terms }, "solar360_invalid_credit_transition"],
        [ids.pending, { status: "rejected", rejection_reason: "x" }, "solar360_invalid_credit_transition"],
        [ids.approved, { status: "rejected", rejection_reason: "x" }, "solar360_invalid_credit_transition"],
        [ids.analyzing, { status: "analyzing" }, "solar360_invalid_credit_transition"],
        [ids.analyzing, { status: "approved" }, "solar360_invalid_approved_terms"],
        [ids.analyzing, { status: "approved", approved_amount: 10_000 }, "solar360_invalid_approved_terms"],
        [ids.analyzing, { status: "rejected" }, "solar360_rejection_reason_required"],
        [ids.analyzing, { status: "rejected", rejection_reason: "x", ...terms }, "solar360_invalid_input"],
        [ids.pending, { status: "analyzing", submitted_to_bank: false }, "solar360_invalid_input"],
      ]
      for (const [id, body, code] of cases) {
        const response = await post(id, body)
        expect([body, response.status, response.data.code]).toEqual([body, 400, code])
        expect(response.data.type).toBe("invalid_data")
      }

      const mismatch = await post(ids.analyzing, { status: "approved", ...terms, approved_monthly_payment: 1000 })
      expect(mismatch.status).toBe(400)
      expect(mismatch.data.code).toBe("solar360_approved_payment_mismatch")
      expect(mismatch.data.message).toContain("1000.00")
      expect(mismatch.data.message).toContain("945.60")

      // Shapes and ranges are checked before any rule.
      for (const body of [
        {},
        { status: "pending" },
        { status: "analyzing", colour: "red" },
        { status: "approved", ...terms, approved_term_months: 421 },
        { status: "approved", ...terms, approved_rate_annual: 800 },
        { status: "approved", ...terms, approved_amount: -5 },
        { status: "approved", ...terms, approved_amount: "10000" },
      ]) {
        const response = await post(ids.analyzing, body)
        expect([body, response.status]).toEqual([body, 400])
        expect(response.data.type).toBe("invalid_data")
      }

      expect(await snapshot(ids.pending)).toBe(pendingBefore)
      expect(await snapshot(ids.analyzing)).toBe(analyzingBefore)
      expect(await snapshot(ids.approved)).toBe(approvedBefore)
    })

    it("lets only one of two concurrent decisions through", async () => {
      const [approve, reject] = await Promise.all([
        post(ids.analyzing, {
          status: "approved",
          approved_amount: 10_000,
          approved_term_months: 12,
          approved_rate_annual: 24,
        }),
        post(ids.analyzing, { status: "rejected", rejection_reason: "política interna" }),
      ])
      const statuses = [approve.status, reject.status].sort()
      expect(statuses).toEqual([200, 400])
      const loser = approve.status === 400 ? approve : reject
      expect(loser.data.code).toBe("solar360_invalid_credit_transition")
      const row = await solar360.retrieveFinancingSimulation(ids.analyzing)
      const winner = approve.status === 200 ? "approved" : "rejected"
      expect(row.status).toBe(winner)
      expect(row.was_approved).toBe(winner === "approved")
      expect(row.rejection_reason ?? null).toBe(winner === "rejected" ? "política interna" : null)
      expect(row.approved_amount ?? null).toEqual(winner === "approved" ? expect.anything() : null)
    })

    it("answers 404 for an unknown simulation", async () => {
      const response = await post("fsim_missing", { status: "analyzing" })
      expect(response.status).toBe(404)
      expect(response.data).toMatchObject({ type: "not_found", code: "solar360_not_found" })
    })
  })
}
