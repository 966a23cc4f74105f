// The cart abandonment page (issue 16) on the demo store (scripts/demo/carts.ts): it opens from
// the analytics page in both languages, its tiles and list show the API's figures, and the
// list holds the demo's abandoned carts.
import { eventually } from "../../helpers/eventually"
import type { AdminSuite } from "./context"

type Report = { totals: { carts_with_items: number; abandoned: number; completed: number }; days: unknown[] }
type List = { carts: Array<{ id: string }>; count: number }

const integer = (value: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(value)

export const cartsSuite: AdminSuite = ({ openPage, screenshot, adminApi }) => {
  describe("the abandoned carts page", () => {
    it("opens from the analytics page and shows the report's figures and the abandoned carts", async () => {
      const analytics = await openPage("/solar360/analytics?range=30d", /^Analytics$/)
      await analytics.getByTestId("analytics-carts-link").click()
      await analytics.getByRole("heading", { name: /^Abandoned carts$/ }).waitFor()
      expect(analytics.url()).toContain("/solar360/analytics/carts")
      await analytics.close()

      const page = await openPage("/solar360/analytics/carts?range=30d", /^Abandoned carts$/)
      await page.getByTestId("chart-cart-abandonment-days").waitFor()
      const rows = page.getByTestId("abandoned-carts").locator("tbody tr")
      await rows.first().waitFor()
      // The page's range: the chart's first and last day (its hidden data table).
      const days = await page
        .locator('[data-testid="chart-cart-abandonment-days-data"] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-bucket") ?? ""))
      expect(days).toHaveLength(30)
      const range = `from=${days[0]}&to=${days[days.length - 1]}`
      const report = await adminApi<Report>("GET", `/admin/solar360/analytics/cart-abandonment?${range}`)
      const list = await adminApi<List>("GET", `/admin/solar360/analytics/abandoned-carts?${range}&limit=20`)
      // The demo seeds abandoned and completed carts in the last 30 days.
      expect(report.totals.abandoned).toBeGreaterThan(0)
      expect(report.totals.completed).toBeGreaterThan(0)
      expect(list.count).toBe(report.totals.abandoned)
      await eventually(async () => {
        expect(await page.getByTestId("stat-carts_with_items-value").textContent()).toBe(integer(report.totals.carts_with_items))
        expect(await page.getByTestId("stat-abandoned-value").textContent()).toBe(integer(report.totals.abandoned))
        expect(await rows.count()).toBe(Math.min(20, list.carts.length))
      }, 30_000)
      await page.waitForLoadState("networkidle")
      await screenshot(page, "admin-abandoned-carts")
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("shows the last 92 days of a longer period, and says so, without a 400", async () => {
      const page = await openPage("/solar360/analytics/carts?range=12m", /^Abandoned carts$/)
      await page.getByTestId("carts-capped").waitFor()
      await page.getByTestId("chart-cart-abandonment-days").waitFor()
      expect(await page.locator('[data-testid="chart-cart-abandonment-days-data"] tbody tr').count()).toBe(92)
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("opens in Portuguese without errors", async () => {
      const page = await openPage("/solar360/analytics/carts", /^Carrinhos abandonados$/, "ptBR")
      await page.getByTestId("abandoned-carts").locator("tbody tr").first().waitFor()
      await page.getByText("Taxa de abandono").first().waitFor()
      await screenshot(page, "admin-abandoned-carts-pt-BR")
      expect(page.problems).toEqual([])
      await page.close()
    })
  })
}
