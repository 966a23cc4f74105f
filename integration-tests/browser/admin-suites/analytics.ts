// The analytics dashboard (issue 16) on the demo store: it opens in both languages, a preset
// change redraws the chart with the new range's figures, and a breakdown click filters it all.
import { eventually } from "../../helpers/eventually"
import type { AdminPage } from "../admin-harness"
import type { AdminSuite } from "./context"

type Timeseries = {
  buckets: Array<{ bucket: string; visitors: number }>
  totals: { visitors: number; sessions: number; page_views: number }
}

/** The chart's hidden data table: each row's bucket and its current-period figure. */
async function chartRows(page: AdminPage) {
  return page.locator('[data-testid="chart-analytics-timeseries-data"] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      bucket: row.getAttribute("data-bucket") ?? "",
      value: Number(row.querySelector("td")?.getAttribute("data-value")),
    }))
  )
}

type Funnel = {
  window_minutes: number | null
  steps: Array<{ sessions: number }>
  breakdown?: Array<{ key: string | null; other: boolean; overall_conversion: number }>
}

const integer = (value: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(value)

export const analyticsSuite: AdminSuite = ({ openPage, screenshot, adminApi }) => {
  describe("the analytics dashboard", () => {
    it("opens in English and Portuguese without errors", async () => {
      const page = await openPage("/solar360/analytics", /^Analytics$/)
      await page.getByTestId("chart-analytics-timeseries").waitFor()
      await screenshot(page, "admin-analytics")
      expect(page.problems).toEqual([])
      await page.close()

      const pt = await openPage("/solar360/analytics", /^Analytics$/, "ptBR")
      await pt.getByTestId("chart-analytics-timeseries").waitFor()
      await pt.getByText("Taxa de rejeição").first().waitFor()
      expect(pt.problems).toEqual([])
      await pt.close()
    })

    it("redraws the chart for a new preset with the API's figures", async () => {
      const page = await openPage("/solar360/analytics?range=30d", /^Analytics$/)
      await eventually(async () => expect(await chartRows(page)).toHaveLength(30), 30_000)

      await page.locator("#solar360-range").click()
      await page.getByRole("option", { name: "Last 7 days" }).click()
      await eventually(async () => expect(await chartRows(page)).toHaveLength(7), 30_000)
      const rows = await chartRows(page)
      const api = await adminApi<Timeseries>(
        "GET",
        `/admin/solar360/analytics/timeseries?from=${rows[0].bucket}&to=${rows[6].bucket}&interval=day`
      )
      expect(rows).toEqual(api.buckets.map((bucket) => ({ bucket: bucket.bucket, value: bucket.visitors })))
      expect(rows.some((row) => row.value > 0)).toBe(true)
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("filters the whole dashboard by a clicked page, with a chip that removes it", async () => {
      const page = await openPage("/solar360/analytics?range=30d", /^Analytics$/)
      await eventually(async () => expect(await chartRows(page)).toHaveLength(30), 30_000)
      const rows = await chartRows(page)
      const range = `from=${rows[0].bucket}&to=${rows[rows.length - 1].bucket}`
      const all = await adminApi<Timeseries>("GET", `/admin/solar360/analytics/timeseries?${range}`)
      await eventually(async () => expect(await page.getByTestId("stat-sessions-value").textContent()).toBe(integer(all.totals.sessions)), 30_000)

      const row = page.getByTestId("breakdown-pages-row").nth(1)
      const path = (await row.getAttribute("data-key")) ?? ""
      await row.click()
      await page.getByTestId("filter-chip-page").waitFor()
      expect(page.url()).toContain(`page=${encodeURIComponent(path)}`)
      const filtered = await adminApi<Timeseries>(
        "GET",
        `/admin/solar360/analytics/timeseries?${range}&page=${encodeURIComponent(path)}`
      )
      expect(filtered.totals.sessions).toBeLessThan(all.totals.sessions)
      await eventually(async () => {
        expect(await page.getByTestId("stat-sessions-value").textContent()).toBe(integer(filtered.totals.sessions))
        expect(await page.getByTestId("stat-visitors-value").textContent()).toBe(integer(filtered.totals.visitors))
        expect(await page.getByTestId("stat-page_views-value").textContent()).toBe(integer(filtered.totals.page_views))
      }, 30_000)
      await page.waitForLoadState("networkidle")
      await screenshot(page, "admin-analytics-filtered")

      await page.getByTestId("filter-chip-page").click()
      await eventually(async () => expect(await page.getByTestId("stat-sessions-value").textContent()).toBe(integer(all.totals.sessions)), 30_000)
      expect(page.url()).not.toContain("page=")
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("applies a funnel conversion window and breaks the funnel down by device (issue 16)", async () => {
      const page = await openPage("/solar360/analytics?range=30d", /^Analytics$/)
      await eventually(async () => expect(await chartRows(page)).toHaveLength(30), 30_000)
      const rows = await chartRows(page)
      const funnelUrl = `/admin/solar360/analytics/funnel?from=${rows[0].bucket}&to=${rows[rows.length - 1].bucket}`
      const stepSessions = () =>
        page
          .locator('[data-testid="funnel-steps"] tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll("td")[1]?.textContent?.trim() ?? ""))
      const all = await adminApi<Funnel>("GET", funnelUrl)
      await eventually(async () => expect(await stepSessions()).toEqual(all.steps.map((step) => integer(step.sessions))), 30_000)

      // A 30-minute window: the request carries it and the table shows the windowed figures.
      const asked = page.waitForRequest((request) => request.url().includes("/analytics/funnel") && request.url().includes("window=30m"))
      await page.locator("#solar360-funnel-window").click()
      await page.getByRole("option", { name: "30 minutes" }).click()
      await asked
      expect(page.url()).toContain("funnel_window=30m")
      const windowed = await adminApi<Funnel>("GET", `${funnelUrl}&window=30m`)
      expect(windowed.window_minutes).toBe(30)
      await eventually(async () => {
        expect(await stepSessions()).toEqual(windowed.steps.map((step) => integer(step.sessions)))
        expect(await page.getByTestId("funnel-window-note").textContent()).toContain("30 minutes")
      }, 30_000)

      // Breakdown by device: one row per device of the demo sessions, as the API answers.
      await page.locator("#solar360-funnel-breakdown").click()
      await page.getByRole("option", { name: "Device" }).click()
      const byDevice = await adminApi<Funnel>("GET", `${funnelUrl}&window=30m&breakdown=device`)
      const keyed = (byDevice.breakdown ?? []).filter((row) => row.key !== null)
      expect(keyed.length).toBeGreaterThan(0)
      await eventually(async () => {
        const bars = await page
          .locator('[data-testid="chart-funnel-breakdown-data"] tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [tr.querySelector("th")?.textContent ?? "", Number(tr.querySelector("td")?.getAttribute("data-value"))])
          )
        expect(bars.slice(0, keyed.length)).toEqual(keyed.map((row) => [row.key, row.overall_conversion]))
      }, 30_000)
      await page.getByTestId("funnel-breakdown").getByText(keyed[0].key as string).first().waitFor()
      expect(page.url()).toContain("funnel_breakdown=device")
      await page.waitForLoadState("networkidle")
      await page.getByTestId("funnel-breakdown").scrollIntoViewIfNeeded()
      await screenshot(page, "admin-analytics-funnel-breakdown")
      expect(page.problems).toEqual([])
      await page.close()
    })
  })
}
