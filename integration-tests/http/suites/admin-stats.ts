import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

export function adminStatsSuite({ api, getContainer }: MedusaSuiteOptions): void {
  describe("GET /admin/solar360/stats", () => {
    let admin: RequestHeaders
    let solar360: Solar360ModuleService

    beforeEach(async () => {
      ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
    })

    it("counts the records of each data set and tells the newest", async () => {
      await solar360.createLeads([{ email: "a@example.com" }, { email: "b@example.com" }])
      const [, newest] = await solar360.createEvents([
        {
          message_id: "11111111-1111-4111-8111-111111111111",
          event_name: "page_view",
          category: "page_view",
          occurred_at: new Date(),
          received_at: new Date(),
        },
        {
          message_id: "22222222-2222-4222-8222-222222222222",
          event_name: "add_to_cart",
          category: "ecommerce",
          occurred_at: new Date(),
          received_at: new Date(),
        },
      ])
      await solar360.createEvents({
        message_id: "33333333-3333-4333-8333-333333333333",
        event_name: "scroll",
        category: "engagement",
        occurred_at: new Date(),
        received_at: new Date(),
      })
      const deleted = await solar360.createLeads({ email: "gone@example.com" })
      await solar360.softDeleteLeads([deleted.id])

      const response = await api.get("/admin/solar360/stats", admin)

      expect(response.status).toBe(200)
      const byEntity = Object.fromEntries(
        response.data.stats.map((s: any) => [s.entity, s])
      )
      expect(Object.keys(byEntity)).toHaveLength(10)
      expect(byEntity.lead.count).toBe(2)
      expect(byEntity.event.count).toBe(3)
      expect(byEntity.aneel_cache).toEqual({
        entity: "aneel_cache",
        count: 0,
        latest_created_at: null,
      })
      expect(new Date(byEntity.event.latest_created_at).getTime()).toBeGreaterThanOrEqual(
        new Date(newest.created_at).getTime()
      )
    })

    it("counts only records created since a date, and answers one data set", async () => {
      await solar360.createLeads({ email: "old@example.com" })
      const cutoff = new Date(Date.now() + 60_000).toISOString()

      const all = await api.get("/admin/solar360/stats/lead", admin)
      expect(all.data.stat).toMatchObject({ entity: "lead", count: 1 })

      const recent = await api.get(`/admin/solar360/stats/lead?since=${cutoff}`, admin)
      expect(recent.data.stat).toMatchObject({ entity: "lead", count: 0 })
      expect(recent.data.since).toBe(cutoff)
    })

    it("rejects a malformed date or an unknown parameter with 400", async () => {
      const badDate = await responseOf(api.get("/admin/solar360/stats?since=yesterday", admin))
      expect(badDate.status).toBe(400)
      expect(badDate.data.type).toBe("invalid_data")
      expect(badDate.data.message).toMatch(/since/)

      const unknown = await responseOf(api.get("/admin/solar360/stats?limit=5", admin))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/limit/)
    })

    it("answers 404 for an unknown data set", async () => {
      const response = await responseOf(api.get("/admin/solar360/stats/orders", admin))
      expect(response.status).toBe(404)
      expect(response.data).toMatchObject({
        type: "not_found",
        message: expect.stringContaining("orders"),
      })
    })

    it("answers 401 without an admin session", async () => {
      const response = await responseOf(api.get("/admin/solar360/stats"))
      expect(response.status).toBe(401)
      const one = await responseOf(api.get("/admin/solar360/stats/lead"))
      expect(one.status).toBe(401)
    })
  })
}
