import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { D1, D2, insertAnalyticsFixture } from "../../helpers/analytics-fixture"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// Revenue and conversions by campaign and channel (issue 16) over the hand-counted fixture of
// integration-tests/helpers/analytics-fixture.ts, plus a purchase in s2 and a lead.
export function analyticsAttributionSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
    await insertAnalyticsFixture(solar360)
    await solar360.createEvents([
      {
        // 22:40 on D1 in São Paulo, in s2 (whose first event, e5, is facebook's).
        message_id: "msg-attribution-purchase",
        event_name: "purchase",
        category: "ecommerce",
        session_id: "s2",
        order_id: "order_attribution",
        value: 250.5,
        occurred_at: new Date("2026-11-03T01:40:00Z"),
        received_at: new Date("2026-11-03T01:40:00Z"),
      },
    ] as any)
    await solar360.createLeads([
      {
        email: "attribution@example.com",
        interest_type: "solar",
        utm_source: "newsletter",
        created_at: new Date(`${D1}T15:00:00Z`),
        converted_at: new Date(`${D2}T15:00:00Z`),
        conversion_value: 1500,
      },
    ] as any)
  })

  const get = async (url: string, headers: RequestHeaders = admin) => responseOf(api.get(url, headers))
  const none = {
    sessions: 0, converted_sessions: 0, orders: 0, revenue: 0, leads_captured: 0, leads_converted: 0,
    lead_conversion_value: 0, conversion_rate: 0, revenue_per_session: 0,
  }

  describe("GET /admin/solar360/analytics/attribution", () => {
    it("answers visits, orders, revenue and leads per channel group, and the totals", async () => {
      const response = await get(`/admin/solar360/analytics/attribution?from=${D1}&to=${D2}`)
      expect(response.status).toBe(200)
      const body = response.data
      expect(body.range).toMatchObject({ from: D1, to: D2, days: 2 })
      expect(body.group_by).toBe("channel")
      // Visits by first event: s1 s6 paid_search (google cpc), s2 social (facebook), s7
      // organic_search (google.com), s3 s4 s8 direct. Orders: ours in s2 (R$ 250.50), f4 in s6
      // (no value). The lead (newsletter) is email.
      expect(body.rows).toEqual([
        { ...none, key: "social", sessions: 1, converted_sessions: 1, orders: 1, revenue: 250.5, conversion_rate: 1, revenue_per_session: 250.5 },
        { ...none, key: "paid_search", sessions: 2, converted_sessions: 1, orders: 1, conversion_rate: 0.5 },
        { ...none, key: "direct", sessions: 3 },
        { ...none, key: "organic_search", sessions: 1 },
        { ...none, key: "email", leads_captured: 1, leads_converted: 1, lead_conversion_value: 1500 },
      ])
      expect(body.totals).toEqual({
        ...none, sessions: 7, converted_sessions: 2, orders: 2, revenue: 250.5, leads_captured: 1, leads_converted: 1,
        lead_conversion_value: 1500, conversion_rate: 0.2857, revenue_per_session: 35.79,
      })
    })

    it("groups by campaign and keeps the top `limit` rows", async () => {
      const campaigns = (await get(`/admin/solar360/analytics/attribution?from=${D1}&to=${D2}&group_by=utm_campaign`)).data
      // Only s1's first event carries a campaign.
      expect(campaigns.rows.map((row: any) => [row.key, row.sessions, row.revenue])).toEqual([
        [null, 6, 250.5],
        ["verao", 1, 0],
      ])
      const top = (await get(`/admin/solar360/analytics/attribution?from=${D1}&to=${D2}&limit=1`)).data
      expect(top.rows.map((row: any) => row.key)).toEqual(["social"])
      expect(top.totals.sessions).toBe(7)
    })

    it("refuses a bad grouping, limit or range with a 400 and a clear message", async () => {
      const cases: Array<[string, RegExp]> = [
        [`group_by=device`, /group_by/],
        [`limit=0`, /limit/],
        [`from=2025-01-01&to=2026-11-08`, /at most 400/],
        [`from=${D2}&to=${D1}`, /after/],
        [`from=2026-13-01`, /calendar day/],
        [`from=${D1}&to=${D2}&unknown=1`, /unknown/i],
      ]
      for (const [query, message] of cases) {
        const response = await get(`/admin/solar360/analytics/attribution?${query}`)
        expect([query, response.status]).toEqual([query, 400])
        expect(JSON.stringify(response.data)).toMatch(message)
      }
    })

    it("needs an admin", async () => {
      expect((await get(`/admin/solar360/analytics/attribution`, { headers: {} })).status).toBe(401)
    })
  })
}
