import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"

// GET /admin/solar360/leads/:id/timeline: a lead captured in the store with the tracker's ids,
// the events of those ids, and what the admin sees. The sources' merge is covered in depth by
// src/modules/solar360/__tests__/lead-timeline.spec.ts.
export function leadsTimelineSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, store, solar360 } = await createHttpContext(api, getContainer(), { admin: true, store: true }))
  })

  const ids = { anonymous_id: "anon-http-timeline", session_id: "sess-http-timeline" }

  async function capturedLead() {
    await api.post(
      "/store/solar360/leads",
      { email: "timeline@example.com", interest_type: "quote", ...ids, consent: { analytics: true } },
      store
    )
    await api.post(
      "/store/solar360/events",
      {
        events: [
          {
            message_id: "7f1c1f2e-1d4b-4b9a-9d7e-000000000001",
            event_name: "page_view",
            category: "page_view",
            path: "/kits",
            title: "Kits solares",
            ...ids,
            consent: { analytics: true },
          },
        ],
      },
      store
    )
    const [lead] = await solar360.listLeads({ email: "timeline@example.com" })
    return lead
  }

  describe("GET /admin/solar360/leads/:id/timeline", () => {
    it("answers the contract's shape: the capture, its history and the pages of its tracker ids", async () => {
      const lead = await capturedLead()
      const response = await api.get(`/admin/solar360/leads/${lead.id}/timeline`, admin)
      expect(response.status).toBe(200)
      expect(Object.keys(response.data).sort()).toEqual(["items", "links", "next_before"])
      const types = response.data.items.map((item: any) => item.type)
      expect(types).toEqual(expect.arrayContaining(["touch", "status_change", "page_view"]))
      expect(response.data.items.find((item: any) => item.type === "page_view")).toMatchObject({
        summary: "Viewed Kits solares",
        data: expect.objectContaining({ path: "/kits" }),
      })
      for (const item of response.data.items) {
        expect(Object.keys(item).sort()).toEqual(["data", "id", "occurred_at", "summary", "type"])
      }
      expect(response.data.links).toEqual({
        customer_id: null,
        order_id: null,
        helio_conversation_ids: [],
        financing_simulation_ids: [],
        solar_viability_analysis_ids: [],
        photogrammetry_analysis_ids: [],
      })
    })

    it("pages with limit and before", async () => {
      const lead = await capturedLead()
      const first = await api.get(`/admin/solar360/leads/${lead.id}/timeline?limit=1`, admin)
      expect(first.data.items).toHaveLength(1)
      expect(first.data.next_before).toBe(first.data.items[0].occurred_at)
      const next = await api.get(
        `/admin/solar360/leads/${lead.id}/timeline?limit=500&before=${encodeURIComponent(first.data.next_before)}`,
        admin
      )
      expect(next.data.items.length).toBeGreaterThan(0)
      expect(next.data.items.map((item: any) => item.id)).not.toContain(first.data.items[0].id)
      for (const item of next.data.items) {
        expect(item.occurred_at < first.data.next_before).toBe(true)
      }
    })

    it.each([
      ["a limit above 500", "limit=501", /limit/],
      ["a limit of 0", "limit=0", /limit/],
      ["a before that is not a date", "before=yesterday", /before/],
      ["an unknown parameter", "offset=10", /offset/],
    ])("rejects %s with 400", async (_label, query, message) => {
      const lead = await capturedLead()
      const response = await responseOf(api.get(`/admin/solar360/leads/${lead.id}/timeline?${query}`, admin))
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("invalid_data")
      expect(response.data.message).toMatch(message)
    })

    it("answers 401 without an admin session", async () => {
      const lead = await capturedLead()
      expect((await responseOf(api.get(`/admin/solar360/leads/${lead.id}/timeline`))).status).toBe(401)
    })

    it("answers 404 for an unknown lead", async () => {
      const response = await responseOf(api.get("/admin/solar360/leads/lead_unknown/timeline", admin))
      expect(response.status).toBe(404)
      expect(response.data.type).toBe("not_found")
    })
  })
}
