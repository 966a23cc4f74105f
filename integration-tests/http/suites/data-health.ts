import { Modules } from "@medusajs/framework/utils"
import { addDays, dayInTimeZone } from "../../../src/lib/analytics/reports"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { checkDataHealthWorkflow, DATA_HEALTH_NOTIFICATION_TITLE } from "../../../src/workflows/health"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// Noon in São Paulo (the default report time zone, UTC-3) `daysAgo` days before today there.
function noonInSaoPaulo(daysAgo: number): Date {
  const day = addDays(dayInTimeZone(new Date(), "America/Sao_Paulo"), -daysAgo)
  return new Date(`${day}T15:00:00Z`)
}

export function dataHealthSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  // One lead three days ago, four yesterday: yesterday is 28x the 7-day baseline of 1/7 a day.
  async function growLeads() {
    await solar360.createLeads([
      { email: "base@example.com", interest_type: "solar", created_at: noonInSaoPaulo(3) },
      ...[1, 2, 3, 4].map((n) => ({ email: `burst${n}@example.com`, interest_type: "solar", created_at: noonInSaoPaulo(1) })),
    ] as any)
  }

  describe("GET /admin/solar360/health", () => {
    it("reports every table with its rows, size and days, and yesterday's growth alert", async () => {
      await growLeads()
      const response = await api.get("/admin/solar360/health", admin)
      expect(response.status).toBe(200)
      const { day, days, tables, alerts, time_zone } = response.data
      expect(time_zone).toBe("America/Sao_Paulo")
      expect(day).toBe(addDays(dayInTimeZone(new Date(), "America/Sao_Paulo"), -1))
      expect(days).toHaveLength(8)
      expect(tables.map((table: { table: string }) => table.table)).toEqual(expect.arrayContaining(["event", "lead", "rag_query", "aneel_cache"]))
      const leads = tables.find((table: { table: string }) => table.table === "lead")
      expect(leads).toMatchObject({ rows: 5, rows_estimated: false, rows_per_day: [0, 0, 0, 0, 0, 1, 0, 4] })
      expect(leads.bytes).toBeGreaterThan(0)
      expect(alerts).toEqual([expect.objectContaining({ key: `table_growth:lead:${day}`, kind: "table_growth", value: 28, limit: 3 })])
    })

    it("refuses parameters with 400 and answers 401 without an admin session", async () => {
      const bad = await responseOf(api.get("/admin/solar360/health?now=2020-01-01", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.type).toBe("invalid_data")
      expect((await responseOf(api.get("/admin/solar360/health"))).status).toBe(401)
      expect((await responseOf(api.get("/admin/solar360/healths", admin))).status).toBe(404)
    })
  })

  describe("the check-data-health workflow (hourly job solar360-check-data-health)", () => {
    it("sends each alert to the admin feed once, however often it runs", async () => {
      await growLeads()
      const container = getContainer()
      const { result } = await checkDataHealthWorkflow(container).run({ input: {} })
      expect(result.alerts.map((alert) => alert.kind)).toEqual(["table_growth"])
      await checkDataHealthWorkflow(container).run({ input: {} })
      const notifications = await container.resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" })
      expect(notifications).toHaveLength(1)
      expect(notifications[0]).toMatchObject({
        template: "admin-ui",
        data: { title: DATA_HEALTH_NOTIFICATION_TITLE, description: result.alerts[0].message },
      })
    })

    it("sends nothing when no threshold is passed", async () => {
      await solar360.createLeads([{ email: "calm@example.com", interest_type: "solar", created_at: noonInSaoPaulo(1) }] as any)
      const { result } = await checkDataHealthWorkflow(getContainer()).run({ input: {} })
      expect(result.alerts).toEqual([])
      expect(await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" })).toHaveLength(0)
    })
  })
}
