// The calculators and caches dashboards (issue 16) on the demo store: every page opens in
// English and Portuguese without console errors; a simulation opens from the list and takes a
// credit-analysis move; a viability analysis shows its 25-year cash flow; a cache is purged by
// kind; a date-range change redraws a chart.
import { eventually } from "../../helpers/eventually"
import type { AdminSuite } from "./context"

type Simulation = { id: string; status: string; rejection_reason: string | null }
type Analysis = { id: string; cash_flow: Array<{ year: number; cumulative_cash_flow_brl: number }> }
type CacheStats = { caches: Array<{ table: string; entries: number }> }

export const calculatorsSuite: AdminSuite = ({ openPage, screenshot, adminApi }) => {
  const firstSimulation = async () =>
    (await adminApi<{ financing_simulations: Simulation[] }>("GET", "/admin/solar360/financing-simulations?limit=1&order=-created_at"))
      .financing_simulations[0]
  const firstAnalysis = async () =>
    (await adminApi<{ solar_viability_analyses: Analysis[] }>("GET", "/admin/solar360/solar-viability-analyses?limit=1&order=-created_at"))
      .solar_viability_analyses[0]
  const entries = async (table: string) =>
    (await adminApi<CacheStats>("GET", "/admin/solar360/caches")).caches
      .filter((row) => row.table === table)
      .reduce((sum, row) => sum + row.entries, 0)

  describe("the calculators and caches dashboards", () => {
    const pages = [
      { route: async () => "/solar360/calculators", name: "admin-calculators", en: /^Financing funnel$/, ptBR: /^Funil de financiamento$/ },
      { route: async () => "/solar360/calculators/simulations", name: "admin-calculators-simulations", en: /^Financing simulations$/, ptBR: /^Simulações de financiamento$/ },
      { route: async () => `/solar360/calculators/simulations/${(await firstSimulation()).id}`, name: "admin-calculators-simulation", en: /^Simulation fsim_/, ptBR: /^Simulação fsim_/ },
      { route: async () => "/solar360/calculators/viability", name: "admin-calculators-viability", en: /^Viability analyses$/, ptBR: /^Análises de viabilidade$/ },
      { route: async () => `/solar360/calculators/viability/${(await firstAnalysis()).id}`, name: "admin-calculators-viability-analysis", en: /^Viability analysis sva_/, ptBR: /^Análise de viabilidade sva_/ },
      { route: async () => "/solar360/caches", name: "admin-caches", en: /^Caches$/, ptBR: /^Caches$/ },
    ]

    it.each(pages)("$name opens without errors in English and Portuguese", async ({ route, name, en, ptBR }) => {
      const path = await route()
      const page = await openPage(path, en)
      await screenshot(page, name)
      expect(page.problems).toEqual([])
      await page.close()
      const pt = await openPage(path, ptBR, "ptBR")
      await screenshot(pt, `${name}-pt-BR`)
      expect(pt.problems).toEqual([])
      await pt.close()
    })

    it("opens a pending simulation from the list and records its credit analysis", async () => {
      const { financing_simulations } = await adminApi<{ financing_simulations: Simulation[] }>(
        "GET",
        "/admin/solar360/financing-simulations?status=pending&limit=1&order=-created_at"
      )
      const pending = financing_simulations[0]
      expect(pending).toBeDefined()
      const page = await openPage("/solar360/calculators/simulations?status=pending", /^Financing simulations$/)
      await page.locator("tbody tr").first().click()
      await page.getByRole("heading", { name: `Simulation ${pending.id}` }).waitFor()
      await page.getByTestId("start-analysis").click()
      await page.getByTestId("reject").waitFor()
      await page.getByLabel("Reason").fill("Renda insuficiente (teste)")
      await page.getByTestId("reject").click()
      await expect(page.getByTestId("credit-analysis-result").textContent()).resolves.toContain("Rejected: Renda insuficiente (teste)")
      const { financing_simulation } = await adminApi<{ financing_simulation: Simulation }>("GET", `/admin/solar360/financing-simulations/${pending.id}`)
      expect(financing_simulation).toMatchObject({ status: "rejected", rejection_reason: "Renda insuficiente (teste)" })
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("shows a viability analysis' 25-year cash flow as the API has it", async () => {
      const { id } = await firstAnalysis()
      const { solar_viability_analysis } = await adminApi<{ solar_viability_analysis: Analysis }>("GET", `/admin/solar360/solar-viability-analyses/${id}`)
      const page = await openPage(`/solar360/calculators/viability/${id}`, /^Viability analysis sva_/)
      const cells = page.getByTestId("chart-viability-cash-flow-data").locator("tbody td")
      const values = (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute("data-value")))).map(Number)
      expect([25, 26]).toContain(values.length)
      expect(values).toEqual(solar_viability_analysis.cash_flow.map((row) => row.cumulative_cash_flow_brl))
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("purges one cache by kind and leaves the others", async () => {
      const pvlibBefore = await entries("pvlib_cache")
      expect(await entries("aneel_cache")).toBeGreaterThan(0)
      expect(pvlibBefore).toBeGreaterThan(0)
      const page = await openPage("/solar360/caches", /^Caches$/)
      await page.getByTestId("purge-aneel").click()
      await page.getByRole("alertdialog").getByRole("button", { name: "Purge" }).click()
      await eventually(async () => expect(await page.getByTestId("cache-entries-aneel").getAttribute("data-value")).toBe("0"), 30_000)
      expect(await entries("aneel_cache")).toBe(0)
      expect(await entries("pvlib_cache")).toBe(pvlibBefore)
      expect(await page.getByTestId("cache-entries-pvlib").getAttribute("data-value")).toBe(String(pvlibBefore))
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("redraws a chart's data when the date range changes", async () => {
      const page = await openPage("/solar360/caches?range=30d", /^Caches$/)
      const rows = page.getByTestId("chart-cache-aneel-data").locator("tbody tr")
      await eventually(async () => expect(await rows.count()).toBe(30), 30_000)
      await page.locator("#solar360-range").click()
      await page.getByRole("option", { name: "Last 7 days" }).click()
      await eventually(async () => expect(await rows.count()).toBe(7), 30_000)
      expect(page.url()).toContain("range=7d")
      expect(page.problems).toEqual([])
      await page.close()
    })
  })
}
