import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

export function solarViabilityAnalysesAdminSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService
  let ids: { sp: string; mg: string; ba: string }

  const analysis = (fields: Record<string, unknown>) =>
    solar360.createSolarViabilityAnalyses({
      monthly_consumption_kwh: 450,
      monthly_bill_brl: 420,
      system_size_kwp: 3.6,
      total_investment: 15_000,
      cash_flow: [{ year: 0, net: -15_000 }, { year: 1, net: 4_300 }],
      assumptions: { tariff_inflation_annual: 0.06 },
      resume_token_hash: "b".repeat(64),
      ...fields,
    } as any)

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
    const sp = await analysis({
      state: "SP",
      is_viable: true,
      viability_score: 86,
      recommendation: "highly_recommended",
      customer_id: "cus_ana",
    })
    const mg = await analysis({
      state: "MG",
      is_viable: true,
      viability_score: 64,
      recommendation: "recommended",
      customer_id: "cus_bruno",
    })
    const ba = await analysis({
      state: "BA",
      is_viable: false,
      viability_score: 30,
      recommendation: "not_recommended",
      customer_id: "cus_bruno",
    })
    ids = { sp: sp.id, mg: mg.id, ba: ba.id }
  })

  const listIds = async (query: string) =>
    (await api.get(`/admin/solar360/solar-viability-analyses?${query}`, admin)).data.solar_viability_analyses
      .map((a: any) => a.id)
      .sort()

  describe("GET /admin/solar360/solar-viability-analyses", () => {
    it("from/to are whole days in the report time zone, like the distribution beside the list", async () => {
      expect(solar360.options.reportTimezone).toBe("America/Sao_Paulo")
      // 22:30 on 1 March 2031 in São Paulo, already 2 March in UTC; and noon on 2 March.
      const evening = await analysis({ state: "RJ", created_at: new Date("2031-03-02T01:30:00Z") })
      const noon = await analysis({ state: "RJ", created_at: new Date("2031-03-02T15:00:00Z") })
      expect(await listIds("from=2031-03-01&to=2031-03-01")).toEqual([evening.id])
      expect(await listIds("from=2031-03-02")).toEqual([noon.id])
      const both = await responseOf(api.get("/admin/solar360/solar-viability-analyses?to=2031-03-01&created_at[$lte]=2031-03-01", admin))
      expect(both.status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/solar-viability-analyses?from=2031-13-01", admin))).status).toBe(400)
    })

    it("lists without the resume token hash, cash flow or assumptions, paginated and ordered", async () => {
      const { data } = await api.get("/admin/solar360/solar-viability-analyses?order=-viability_score&limit=2", admin)
      expect(data).toMatchObject({ count: 3, offset: 0, limit: 2 })
      expect(data.solar_viability_analyses.map((a: any) => a.id)).toEqual([ids.sp, ids.mg])
      const [first] = data.solar_viability_analyses
      expect(first).toMatchObject({ state: "SP", is_viable: true, recommendation: "highly_recommended" })
      expect(Number(first.total_investment)).toBe(15_000)
      for (const hidden of ["resume_token_hash", "cash_flow", "assumptions"]) {
        expect(first).not.toHaveProperty(hidden)
      }
    })

    it("filters by recommendation, viability, state, customer, score and creation date", async () => {
      expect(await listIds("recommendation=recommended")).toEqual([ids.mg])
      expect(await listIds("recommendation[]=recommended&recommendation[]=not_recommended")).toEqual(
        [ids.mg, ids.ba].sort()
      )
      expect(await listIds("is_viable=true")).toEqual([ids.sp, ids.mg].sort())
      expect(await listIds("is_viable=false")).toEqual([ids.ba])
      expect(await listIds("state=sp")).toEqual([ids.sp])
      expect(await listIds("state[]=MG&state[]=BA")).toEqual([ids.mg, ids.ba].sort())
      expect(await listIds("customer_id=cus_bruno")).toEqual([ids.mg, ids.ba].sort())
      expect(await listIds("viability_score_min=60")).toEqual([ids.sp, ids.mg].sort())
      expect(await listIds("viability_score_max=64")).toEqual([ids.mg, ids.ba].sort())
      expect(await listIds("viability_score_min=50&viability_score_max=70")).toEqual([ids.mg])
      const future = new Date(Date.now() + 3600_000).toISOString()
      const past = new Date(Date.now() - 3600_000).toISOString()
      expect(await listIds(`created_at[$gte]=${future}`)).toEqual([])
      expect(await listIds(`created_at[$gte]=${past}&created_at[$lte]=${future}`)).toHaveLength(3)
    })

    it("gives the cash flow on request but never the resume token hash", async () => {
      const { data } = await api.get(
        `/admin/solar360/solar-viability-analyses?state=SP&fields=id,cash_flow,resume_token_hash`,
        admin
      )
      expect(data.solar_viability_analyses[0].cash_flow).toHaveLength(2)
      expect(data.solar_viability_analyses[0]).not.toHaveProperty("resume_token_hash")
      for (const fields of ["resume_token_hash", "+resume_token_hash", "*"]) {
        const response = await responseOf(
          api.get(`/admin/solar360/solar-viability-analyses?fields=${encodeURIComponent(fields)}`, admin)
        )
        expect(JSON.stringify(response.data)).not.toContain("resume_token_hash")
      }
    })

    it("rejects unknown filters and bad values with 400", async () => {
      for (const query of [
        "recommendation=maybe",
        "is_viable=perhaps",
        "state=Sao%20Paulo",
        "viability_score_min=101",
        "viability_score_max=abc",
        "colour=red",
        "created_at[$lte]=yesterday",
        "order=resume_token_hash",
      ]) {
        const response = await responseOf(api.get(`/admin/solar360/solar-viability-analyses?${query}`, admin))
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.type).toBe("invalid_data")
      }
    })

    it("answers 401 without an admin session", async () => {
      expect((await responseOf(api.get("/admin/solar360/solar-viability-analyses"))).status).toBe(401)
      expect((await responseOf(api.get(`/admin/solar360/solar-viability-analyses/${ids.sp}`))).status).toBe(401)
    })
  })

  describe("GET /admin/solar360/solar-viability-analyses/:id", () => {
    it("answers one analysis with its cash flow and assumptions, without the hash", async () => {
      const { data } = await api.get(`/admin/solar360/solar-viability-analyses/${ids.mg}`, admin)
      expect(data.solar_viability_analysis).toMatchObject({
        id: ids.mg,
        state: "MG",
        viability_score: 64,
        assumptions: { tariff_inflation_annual: 0.06 },
      })
      expect(data.solar_viability_analysis.cash_flow).toHaveLength(2)
      expect(data.solar_viability_analysis).not.toHaveProperty("resume_token_hash")
    })

    it("answers 404 with a stable code for an unknown id", async () => {
      const response = await responseOf(api.get("/admin/solar360/solar-viability-analyses/sva_missing", admin))
      expect(response.status).toBe(404)
      expect(response.data).toMatchObject({ type: "not_found", code: "solar360_not_found" })
    })
  })
}
