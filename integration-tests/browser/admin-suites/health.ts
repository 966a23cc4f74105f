import type { AdminSuite } from "./context"

type HealthReport = { tables: Array<{ table: string; rows: number }>; alerts: Array<{ kind: string }> }

/** The Data health page: every table the report lists, its alerts, in both languages. */
export const healthSuite: AdminSuite = ({ openPage, screenshot, adminApi }) => {
  describe("the data health page", () => {
    it("lists every table of the report with its rows, and the report's alerts", async () => {
      const report = await adminApi<HealthReport>("GET", "/admin/solar360/health")
      const page = await openPage("/solar360/health", /^Data health$/)
      const rows = page.getByTestId("health-tables").locator("tbody tr")
      await rows.first().waitFor()
      expect(await rows.count()).toBe(report.tables.length)
      const eventRow = page.getByTestId("health-tables").locator("tbody tr", { hasText: /^event/ }).first()
      const events = report.tables.find((table) => table.table === "event")!
      expect(events.rows).toBeGreaterThan(0)
      await expect(eventRow.textContent()).resolves.toContain("event")
      const shownAlerts = page.getByTestId("health-alerts").locator("[data-testid^='health-alert-']")
      expect(await shownAlerts.count()).toBe(report.alerts.length)
      // The size chart's data: the ten largest tables.
      expect(await page.getByTestId("chart-table-sizes-data").locator("tbody tr").count()).toBe(Math.min(10, report.tables.length))
      await screenshot(page, "admin-health")
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("opens in Portuguese without errors", async () => {
      const page = await openPage("/solar360/health", /^Saúde dos dados$/, "ptBR")
      await page.getByTestId("health-tables").locator("tbody tr").first().waitFor()
      await screenshot(page, "admin-health-pt-BR")
      expect(page.problems).toEqual([])
      await page.close()
    })
  })
}
