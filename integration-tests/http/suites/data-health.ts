import { Modules } from "@medusajs/framework/utils"
import { addDays, dayInTimeZone } from "../../../src/lib/analytics/reports"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import {
  checkDataHealthWorkflow,
  DATA_HEALTH_NOTIFICATION_TITLE,
  sendWeeklyDigestWorkflow,
  WEEKLY_DIGEST_TEMPLATE,
} from "../../../src/workflows/health"
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

export function weeklyDigestSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  // Monday 2026-11-23 to Sunday 2026-11-29 in São Paulo: two leads and a qualified one; one the week before.
  async function seedWeeks() {
    await solar360.createLeads([
      { email: "semana1@example.com", interest_type: "solar", created_at: new Date("2026-11-24T15:00:00Z") },
      { email: "semana2@example.com", interest_type: "quote", is_qualified: true, created_at: new Date("2026-11-30T02:30:00Z") },
      { email: "antes@example.com", interest_type: "solar", created_at: new Date("2026-11-20T15:00:00Z") },
    ] as any)
  }

  describe("GET /admin/solar360/health/digest", () => {
    it("answers a week's figures beside the week before, as JSON and as CSV", async () => {
      await seedWeeks()
      const response = await api.get("/admin/solar360/health/digest?week=2026-11-26", admin)
      expect(response.status).toBe(200)
      expect(response.data.week).toEqual({ from: "2026-11-23", to: "2026-11-29" })
      const leads = response.data.rows.find((row: { metric: string }) => row.metric === "leads_created")
      // 2026-11-30 02:30 UTC is Sunday the 29th in São Paulo.
      expect(leads).toEqual({ metric: "leads_created", current: 2, previous: 1, change: 1 })
      expect(response.data.rows.find((row: { metric: string }) => row.metric === "leads_qualified")).toEqual({
        metric: "leads_qualified",
        current: 1,
        previous: 0,
        change: null,
      })

      const csv = await api.get("/admin/solar360/health/digest?week=2026-11-26&format=csv", admin)
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      expect(csv.headers["content-disposition"]).toBe('attachment; filename="solar360-digest-2026-11-23.csv"')
      const lines = String(csv.data).replace(/^\uFEFF/, "").trim().split(/\r?\n/)
      expect(lines[0]).toBe("metric,week_2026-11-23,week_2026-11-16,change")
      expect(lines).toContain("leads_created,2,1,1")
      expect(lines).toContain("leads_qualified,1,0,")
    })

    it("refuses a bad week or format with 400, and answers 401 without an admin session", async () => {
      for (const query of ["week=2026-13-01", "format=xlsx", "since=2026-01-01"]) {
        const response = await responseOf(api.get(`/admin/solar360/health/digest?${query}`, admin))
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      }
      expect((await responseOf(api.get("/admin/solar360/health/digest"))).status).toBe(401)
    })
  })

  describe("the send-weekly-digest workflow (job solar360-send-weekly-digest)", () => {
    it("e-mails the digest to each recipient once per week, with the CSV", async () => {
      await seedWeeks()
      const container = getContainer()
      const { result } = await sendWeeklyDigestWorkflow(container).run({ input: { week: "2026-11-26" } })
      // The repository's config names one recipient (medusa-config.ts).
      expect(result).toEqual({ week: { from: "2026-11-23", to: "2026-11-29" }, sent_to: ["operador@solar360.test"] })
      await sendWeeklyDigestWorkflow(container).run({ input: { week: "2026-11-26" } })
      const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ channel: "email" })
      expect(sent).toHaveLength(1)
      expect(sent[0]).toMatchObject({ to: "operador@solar360.test", template: WEEKLY_DIGEST_TEMPLATE })
      expect((sent[0].data as { csv: string }).csv).toContain("leads_created,2,1,1")
    })
  })
}
