import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { D1, D2, insertAnalyticsFixture } from "../../helpers/analytics-fixture"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// The analytics dashboard's routes (issue 16) over the hand-counted fixture of
// integration-tests/helpers/analytics-fixture.ts (see analytics-admin.ts for the counts).
export function analyticsDashboardsSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
    await insertAnalyticsFixture(solar360)
  })

  const get = async (url: string, headers: RequestHeaders = admin) => responseOf(api.get(url, headers))

  describe("GET /admin/solar360/analytics/timeseries", () => {
    it("gives each day's figures and the comparison range's, aligned by position", async () => {
      const response = await get(
        `/admin/solar360/analytics/timeseries?from=${D1}&to=${D2}&compare_from=2026-10-31&compare_to=2026-11-01`
      )
      expect(response.status).toBe(200)
      const body = response.data
      expect(body.interval).toBe("day")
      // D1: e1..e7, page views e1 e3 e5 e6 e7, visitors A1 anon-B A3, sessions s1..s4 (s2 s3 s4 bounce);
      // D2: f1..f10, page views f1 f5 f8 f10, visitors A1d2 A7 A8 A9, sessions s6..s8, purchase f4.
      expect(body.buckets.map((bucket: any) => [bucket.bucket, bucket.events, bucket.page_views, bucket.visitors, bucket.sessions, bucket.bounced_sessions, bucket.conversions])).toEqual([
        [D1, 7, 5, 3, 4, 3, 0],
        [D2, 10, 4, 4, 3, 0, 1],
      ])
      expect(body.totals).toMatchObject({ events: 17, page_views: 9, visitors: 7, sessions: 7, bounce_rate: 0.4286 })
      // The "before" page view (Nov 1, 23:30 in São Paulo) is the comparison's second day.
      expect(body.comparison.range).toMatchObject({ from: "2026-10-31", to: "2026-11-01", days: 2 })
      expect(body.comparison.buckets.map((bucket: any) => bucket.page_views)).toEqual([0, 1])
    })

    it("filters whole visits and reads hours", async () => {
      const filtered = (await get(`/admin/solar360/analytics/timeseries?from=${D1}&to=${D2}&page=/blog`)).data
      // s4 is the only visit with /blog.
      expect(filtered.filters).toEqual({ page: "/blog" })
      expect(filtered.totals).toMatchObject({ events: 1, page_views: 1, sessions: 1, visitors: 1 })

      const hourly = (await get(`/admin/solar360/analytics/timeseries?from=${D1}&to=${D1}&interval=hour`)).data
      expect(hourly.buckets).toHaveLength(24)
      // e7 at 18:00Z is 15:00 in São Paulo.
      expect(hourly.buckets.find((bucket: any) => bucket.bucket === `${D1}T15:00`)).toMatchObject({ page_views: 1 })
    })

    it("refuses bad or too large ranges with a 400 and a clear message", async () => {
      const cases: Array<[string, RegExp]> = [
        [`from=2026-11-01&to=2026-11-08&interval=hour`, /at most 7.*hourly/],
        [`from=2026-01-01&to=2026-11-08&page=/`, /at most 90.*filtered/],
        [`from=2025-01-01&to=2026-11-08`, /at most 400/],
        [`from=${D1}&to=${D2}&compare_from=${D1}`, /go together/],
        [`from=${D2}&to=${D1}`, /after/],
        [`interval=month`, /interval/],
        [`from=${D1}&to=${D2}&unknown=1`, /unknown/i],
      ]
      for (const [query, message] of cases) {
        const response = await get(`/admin/solar360/analytics/timeseries?${query}`)
        expect([query, response.status]).toEqual([query, 400])
        expect(JSON.stringify(response.data)).toMatch(message)
      }
    })

    it("needs an admin", async () => {
      expect((await get(`/admin/solar360/analytics/timeseries`, { headers: {} })).status).toBe(401)
    })
  })

  describe("GET /admin/solar360/analytics/breakdowns", () => {
    it("lists each dimension's top keys, and the same filtered", async () => {
      const response = await get(`/admin/solar360/analytics/breakdowns?from=${D1}&to=${D2}`)
      expect(response.status).toBe(200)
      const { breakdowns, geo_configured } = response.data
      // medusa-config.ts sets the geoHeaders option (the fixture has no geo fields).
      expect(geo_configured).toBe(true)
      expect(breakdowns.countries).toEqual([])
      expect(breakdowns.pages).toEqual([
        { key: "/", value: 5 },
        { key: "/p/painel", value: 2 },
        { key: "/blog", value: 1 },
        { key: "/p/inversor", value: 1 },
      ])
      // First page views: s1 /, s2 /, s3 /, s4 /blog, s6 /, s7 /p/inversor, s8 /p/painel.
      expect(breakdowns.entry_pages).toEqual([
        { key: "/", value: 4 },
        { key: "/blog", value: 1 },
        { key: "/p/inversor", value: 1 },
        { key: "/p/painel", value: 1 },
      ])
      // First events: s1 and s6 google cpc, s2 facebook, s7 referred by google.com; s3 s4 s8 none.
      expect(breakdowns.channels).toEqual([
        { key: "direct", value: 3 },
        { key: "paid_search", value: 2 },
        { key: "organic_search", value: 1 },
        { key: "social", value: 1 },
      ])

      const filtered = (await get(`/admin/solar360/analytics/breakdowns?from=${D1}&to=${D2}&entry_page=/blog`)).data
      expect(filtered.breakdowns.pages).toEqual([{ key: "/blog", value: 1 }])
    })

    it("refuses a bad limit and needs an admin", async () => {
      expect((await get(`/admin/solar360/analytics/breakdowns?limit=0`)).status).toBe(400)
      expect((await get(`/admin/solar360/analytics/breakdowns`, { headers: {} })).status).toBe(401)
    })
  })
}
