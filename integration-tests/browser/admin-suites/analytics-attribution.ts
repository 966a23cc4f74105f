// The Analytics page's "Revenue by campaign / channel" section (issue 16) on the demo store:
// its rows are the API's for the page's range, in both languages, and the group-by switch
// changes them.
import { eventually } from "../../helpers/eventually"
import type { AdminPage } from "../admin-harness"
import type { AdminSuite } from "./context"

type Attribution = {
  rows: Array<{ key: string | null; revenue: number; sessions: number }>
  totals: { sessions: number; revenue: number }
}

/** The section's table rows: each group's key ("" for none). */
async function tableKeys(page: AdminPage) {
  return page
    .locator('[data-testid="analytics-attribution"] [data-testid="attribution-row"]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-key") ?? ""))
}

/** The page's range, from the time series chart's hidden table (30 daily buckets). */
async function pageRange(page: AdminPage) {
  const buckets = await page
    .locator('[data-testid="chart-analytics-timeseries-data"] tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-bucket") ?? ""))
  return { buckets, query: `from=${buckets[0]}&to=${buckets[buckets.length - 1]}` }
}

export const analyticsAttributionSuite: AdminSuite = ({ openPage, screenshot, adminApi }) => {
  describe("the analytics dashboard: revenue by campaign / channel", () => {
    it("shows the API's rows for the page's range, and switching group-by changes them", async () => {
      const page = await openPage("/solar360/analytics?range=30d", /^Analytics$/)
      await eventually(async () => expect((await pageRange(page)).buckets).toHaveLength(30), 30_000)
      const { query } = await pageRange(page)

      const channels = await adminApi<Attribution>("GET", `/admin/solar360/analytics/attribution?${query}&group_by=channel`)
      // The demo store has visits and purchases in the last 30 days.
      expect(channels.totals.sessions).toBeGreaterThan(0)
      expect(channels.totals.revenue).toBeGreaterThan(0)
      const channelKeys = channels.rows.map((row) => row.key ?? "")
      await eventually(async () => expect(await tableKeys(page)).toEqual(channelKeys), 30_000)
      await page.getByTestId("attribution-total").waitFor()
      // The bar chart's hidden table has one row per group.
      expect(
        await page.locator('[data-testid="chart-analytics-attribution-data"] tbody tr').count()
      ).toBe(channelKeys.length)
      await page.getByTestId("analytics-attribution").scrollIntoViewIfNeeded()
      await screenshot(page, "admin-analytics-attribution")

      await page.getByTestId("attribution-group-utm_campaign").click()
      const campaigns = await adminApi<Attribution>("GET", `/admin/solar360/analytics/attribution?${query}&group_by=utm_campaign`)
      const campaignKeys = campaigns.rows.map((row) => row.key ?? "")
      expect(campaignKeys).not.toEqual(channelKeys)
      await eventually(async () => expect(await tableKeys(page)).toEqual(campaignKeys), 30_000)
      expect(await page.getByTestId("attribution-group-utm_campaign").getAttribute("aria-pressed")).toBe("true")
      expect(page.problems).toEqual([])
      await page.close()

      const pt = await openPage("/solar360/analytics?range=30d", /^Analytics$/, "ptBR")
      await pt.getByText("Receita por campanha / canal").first().waitFor()
      await eventually(async () => expect(await tableKeys(pt)).toEqual(channelKeys), 30_000)
      expect(pt.problems).toEqual([])
      await pt.close()
    })

    it("shows a 12-month range (stored days come from the daily rollup)", async () => {
      const page = await openPage("/solar360/analytics?range=12m", /^Analytics$/)
      await page.getByText("Revenue by campaign / channel").first().waitFor()
      await eventually(async () => expect(await page.locator('[data-testid="attribution-row"]').count()).toBeGreaterThan(0), 30_000)
      expect(await page.getByTestId("attribution-too-long").count()).toBe(0)
      expect(page.problems).toEqual([])
      await page.close()
    })
  })
}
