import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { LEAD_TIMELINE_TYPES } from "../../../lib/leads"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// A lead's timeline against real PostgreSQL: one fixture with a row of every type, plus rows
// of other people that must stay out (another visitor, and rows without a customer while the
// lead has none: `customer_id = NULL` must match nothing).

const ANON = "anon-timeline"
const SESSION = "sess-timeline"
const CUSTOMER = "cus_01JTIMELINE"
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 12, minute))

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    async function fixture() {
      const lead: any = await service.createLeads({
        email: "timeline@example.com",
        interest_type: "solar",
        anonymous_id: ANON,
        session_id: SESSION,
        customer_id: CUSTOMER,
      } as any)
      const other: any = await service.createLeads({ email: "other@example.com", interest_type: "solar" } as any)
      await service.createLeadTouches([
        { lead_id: lead.id, occurred_at: at(1), interest_type: "quote", attribution: { utm_source: "google", at: at(1).toISOString() } },
        { lead_id: other.id, occurred_at: at(1), interest_type: "quote" },
      ] as any)
      await service.createLeadStatusChanges({ lead_id: lead.id, to_status: "new", actor_type: "system", note: "captured" } as any)
      await service.createLeadConsentChanges({
        lead_id: lead.id,
        purpose: "marketing",
        granted: true,
        channel: "web_form",
        occurred_at: at(3),
      } as any)
      await service.createLeadNotes({ lead_id: lead.id, body: "Called, visit on Friday", author_id: "user_1" } as any)
      const event = (message_id: string, extra: Record<string, unknown>) => ({
        message_id,
        event_name: "page_view",
        category: "page_view",
        occurred_at: at(5),
        received_at: at(5),
        ...extra,
      })
      await service.createEvents([
        event("m-page", { anonymous_id: ANON, path: "/kits", title: "Kits solares", occurred_at: at(5) }),
        event("m-click", { session_id: SESSION, event_name: "cta_click", category: "engagement", label: "Simular", occurred_at: at(6) }),
        event("m-customer", { customer_id: CUSTOMER, event_name: "login", category: "engagement", occurred_at: at(7) }),
        event("m-stranger", { anonymous_id: "anon-someone-else", occurred_at: at(8) }),
        event("m-nobody", { occurred_at: at(9) }),
      ] as any)
      await service.createCatalogAccessLogs([
        { message_id: "c-1", action_type: "product_view", product_id: "prod_1", product_name: "Kit 5 kWp", session_id: SESSION, occurred_at: at(10) },
        { message_id: "c-2", action_type: "search", search_term: "inversor", occurred_at: at(11) },
      ] as any)
      await service.createFinancingSimulations([
        { system_cost: 25000, financing_amount: 20000, term_months: 60, monthly_payment: 480, session_id: SESSION },
        { system_cost: 1, financing_amount: 1, term_months: 12 },
      ] as any)
      await service.createSolarViabilityAnalyses([
        { customer_id: CUSTOMER, system_size_kwp: 5.5, recommendation: "recommended", city: "Campinas" },
        { city: "Nowhere" },
      ] as any)
      await service.createPhotogrammetryAnalyses([
        { customer_id: CUSTOMER, status: "completed", usable_area_m2: 42 },
        { status: "completed" },
      ] as any)
      await service.createHelioConversations([
        { lead_id: lead.id, title: "Quanto custa?", started_at: at(20), status: "resolved", message_count: 4 },
        { session_id: ANON, title: "Por anonymous id", started_at: at(21) },
        { title: "Someone else", started_at: at(22) },
      ] as any)
      return { lead, other }
    }

    it("merges every source newest first, with links, and leaves other people's rows out", async () => {
      const { lead } = await fixture()
      const timeline = await service.leadTimeline(lead.id, { limit: 500 })
      const types = new Set(timeline.items.map((item) => item.type))
      expect([...types].sort()).toEqual([...LEAD_TIMELINE_TYPES].sort())

      const times = timeline.items.map((item) => item.occurred_at)
      expect(times).toEqual([...times].sort().reverse())

      // 1 touch, 1 status, 1 consent, 1 note, 3 events (anon, session, customer), 1 catalog
      // log, 1 simulation, 1 analysis, 1 roof, 2 conversations.
      expect(timeline.items).toHaveLength(13)
      const summaries = timeline.items.map((item) => item.summary).join("\n")
      for (const stranger of ["Someone else", "Nowhere", "inversor"]) {
        expect(summaries).not.toContain(stranger)
      }
      expect(timeline.items.find((item) => item.type === "page_view")).toMatchObject({
        summary: "Viewed Kits solares",
        data: expect.objectContaining({ path: "/kits", anonymous_id: ANON }),
      })
      expect(timeline.items.find((item) => item.type === "touch")!.summary).toContain("from google")
      expect(timeline.items.find((item) => item.type === "note")!.summary).toBe("Called, visit on Friday")

      expect(timeline.links).toMatchObject({ customer_id: CUSTOMER, order_id: null })
      expect(timeline.links.helio_conversation_ids).toHaveLength(2)
      expect(timeline.links.financing_simulation_ids).toHaveLength(1)
      expect(timeline.links.solar_viability_analysis_ids).toHaveLength(1)
      expect(timeline.links.photogrammetry_analysis_ids).toHaveLength(1)
      expect(timeline.next_before).toBeNull()
    })

    it("pages with limit and before without repeating or losing an item", async () => {
      const { lead } = await fixture()
      const all = (await service.leadTimeline(lead.id, { limit: 500 })).items.map((item) => item.id)
      const seen: string[] = []
      let before: Date | null = null
      for (let page = 0; page < 10; page++) {
        const result = await service.leadTimeline(lead.id, { limit: 4, before })
        expect(result.items.length).toBeLessThanOrEqual(4)
        seen.push(...result.items.map((item) => item.id))
        if (!result.next_before) break
        before = new Date(result.next_before)
      }
      expect(seen).toEqual(all)
    })

    it("a lead without browsing ids or customer shows only its own rows", async () => {
      const { other } = await fixture()
      const timeline = await service.leadTimeline(other.id)
      expect(timeline.items.map((item) => item.type)).toEqual(["touch"])
      expect(timeline.links).toEqual({
        customer_id: null,
        order_id: null,
        helio_conversation_ids: [],
        financing_simulation_ids: [],
        solar_viability_analysis_ids: [],
        photogrammetry_analysis_ids: [],
      })
    })

    it("answers NOT_FOUND for an unknown or soft-deleted lead", async () => {
      const { other } = await fixture()
      await service.softDeleteLeads([other.id])
      for (const id of ["lead_missing", other.id]) {
        await expect(service.leadTimeline(id)).rejects.toMatchObject({ type: "not_found" })
      }
    })
  },
})
