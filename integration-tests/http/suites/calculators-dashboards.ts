import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { dayInTimeZone } from "../../../src/lib/analytics/reports"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// The calculators and caches dashboards' report routes (issue 16): the figures themselves are
// pinned by the module spec (calculator-dashboards.spec.ts); here the HTTP contract.
export function calculatorsDashboardsSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  const today = () => dayInTimeZone(new Date(), solar360.options.reportTimezone)

  describe("GET /admin/solar360/financing-simulations/funnel", () => {
    it("answers the funnel of the range, overall and by term and bank", async () => {
      await solar360.createFinancingSimulations([
        { system_cost: 30000, financing_amount: 25000, term_months: 60, bank: "Banco Solar", accepted_by_customer: true },
        { system_cost: 12000, financing_amount: 10000, term_months: 36, bank: "Banco Solar" },
      ] as any)
      const day = today()
      const response = await api.get(`/admin/solar360/financing-simulations/funnel?from=${day}&to=${day}`, admin)
      expect(response.status).toBe(200)
      expect(response.data.range).toMatchObject({ from: day, to: day, days: 1 })
      expect(response.data.steps.map((s: any) => [s.step, s.count, s.value])).toEqual([
        ["simulated", 2, 35000],
        ["accepted", 1, 25000],
        ["credit_analysis", 0, 0],
        ["approved", 0, 0],
        ["ordered", 0, 0],
      ])
      expect(response.data.by_term.map((row: any) => row.term_months)).toEqual([36, 60])
      expect(response.data.by_bank.map((row: any) => row.bank)).toEqual(["Banco Solar"])
      // The detail route still answers ids (the funnel path is not taken for one).
      const list = await api.get("/admin/solar360/financing-simulations?limit=1", admin)
      const one = await api.get(`/admin/solar360/financing-simulations/${list.data.financing_simulations[0].id}`, admin)
      expect(one.status).toBe(200)
    })

    it("refuses a bad range or an unknown parameter with 400 and needs an admin", async () => {
      const tooLong = await responseOf(api.get("/admin/solar360/financing-simulations/funnel?from=2025-01-01&to=2026-06-01", admin))
      expect(tooLong.status).toBe(400)
      expect(tooLong.data.code).toBe("solar360_invalid_range")
      const reversed = await responseOf(api.get("/admin/solar360/financing-simulations/funnel?from=2026-02-01&to=2026-01-01", admin))
      expect(reversed.status).toBe(400)
      const badDay = await responseOf(api.get("/admin/solar360/financing-simulations/funnel?from=2026-02-30", admin))
      expect(badDay.status).toBe(400)
      const unknown = await responseOf(api.get("/admin/solar360/financing-simulations/funnel?bank=x", admin))
      expect(unknown.status).toBe(400)
      const anonymous = await responseOf(api.get("/admin/solar360/financing-simulations/funnel"))
      expect(anonymous.status).toBe(401)
    })
  })

  describe("GET /admin/solar360/solar-viability-analyses/distribution", () => {
    it("answers sizes and paybacks by UF, and one UF on request", async () => {
      await solar360.createSolarViabilityAnalyses([
        { state: "SP", system_size_kwp: 4.4, payback_years: 2.5 },
        { state: "RJ", system_size_kwp: 9, payback_years: 4.2 },
      ] as any)
      const day = today()
      const all = await api.get(`/admin/solar360/solar-viability-analyses/distribution?from=${day}&to=${day}`, admin)
      expect(all.status).toBe(200)
      expect(all.data.total.count).toBe(2)
      expect(all.data.total.system_size).toEqual([0, 1, 0, 1, 0, 0, 0])
      expect(all.data.total.payback).toEqual([0, 1, 0, 1, 0, 0, 0])
      const rj = await api.get(`/admin/solar360/solar-viability-analyses/distribution?from=${day}&to=${day}&state=rj`, admin)
      expect(rj.data.by_state.map((row: any) => [row.state, row.count])).toEqual([["RJ", 1]])
    })

    it("refuses a bad UF, a bad range and anonymous callers", async () => {
      const badUf = await responseOf(api.get("/admin/solar360/solar-viability-analyses/distribution?state=SAO", admin))
      expect(badUf.status).toBe(400)
      const tooLong = await responseOf(api.get("/admin/solar360/solar-viability-analyses/distribution?from=2024-01-01&to=2026-01-01", admin))
      expect(tooLong.status).toBe(400)
      const anonymous = await responseOf(api.get("/admin/solar360/solar-viability-analyses/distribution"))
      expect(anonymous.status).toBe(401)
    })
  })

  describe("GET /admin/solar360/caches/timeseries", () => {
    it("answers every kind per day, and per week on request", async () => {
      const opts = { ttlMs: 3_600_000, staleIfErrorMs: 3_600_000, negativeTtlMs: 3_600_000 }
      const fetcher = async () => ({ found: true as const, value: { te: 0.3 } })
      await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "RJ" }, fetcher, opts)
      await solar360.getOrFetch("aneel_cache", "tariffs", { uf: "RJ" }, fetcher, opts)
      const day = new Date().toISOString().slice(0, 10)
      const response = await api.get(`/admin/solar360/caches/timeseries?from=${day}&to=${day}`, admin)
      expect(response.status).toBe(200)
      expect(response.data.interval).toBe("day")
      expect(response.data.kinds.map((k: any) => k.kind)).toEqual(["aneel", "pvlib", "photogrammetry"])
      expect(response.data.kinds[0].points).toEqual([
        expect.objectContaining({ bucket: day, hits: 1, upstream_calls: 1, hit_rate: 0.5, calls_avoided: 1 }),
      ])
      const weekly = await api.get(`/admin/solar360/caches/timeseries?interval=week`, admin)
      expect(weekly.status).toBe(200)
      expect(weekly.data.kinds[0].totals.hits).toBe(1)
    })

    it("refuses a bad interval or range and anonymous callers; purging an unknown cache is a 404", async () => {
      const badInterval = await responseOf(api.get("/admin/solar360/caches/timeseries?interval=hour", admin))
      expect(badInterval.status).toBe(400)
      const tooLong = await responseOf(api.get("/admin/solar360/caches/timeseries?from=2024-01-01&to=2026-01-01", admin))
      expect(tooLong.status).toBe(400)
      const anonymous = await responseOf(api.get("/admin/solar360/caches/timeseries"))
      expect(anonymous.status).toBe(401)
      const unknown = await responseOf(api.delete("/admin/solar360/caches/google", admin))
      expect(unknown.status).toBe(404)
    })
  })
}
