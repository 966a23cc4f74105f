import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// The Helio dashboards' routes (issue 16): the series, the list's feedback filter and the review
// queue as the admin pages use them. The series' figures are checked in full by the module test
// (src/modules/solar360/__tests__/helio-dashboard.spec.ts); here, the HTTP contract.
export function helioDashboardsSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  describe("GET /admin/solar360/helio/metrics/timeseries", () => {
    it("answers every day of the range, an empty day with null rates, and the range's totals", async () => {
      // Noon UTC is 09:00 in São Paulo (the default report time zone): the same calendar day.
      const [resolved] = await solar360.createHelioConversations([
        { status: "completed", issue_resolved: true, total_cost_usd: 0.04, topics: ["inversor"], created_at: new Date("2026-06-01T12:00:00Z") },
        { status: "abandoned", total_cost_usd: 0.02, created_at: new Date("2026-06-01T13:00:00Z") },
      ] as any[])
      await solar360.createRagQueries([
        { conversation_id: resolved.id, llm_model: "gpt-4o-mini", total_response_time_ms: 100, estimated_cost_usd: 0.01, total_tokens: 50, created_at: new Date("2026-06-01T12:01:00Z") },
        { conversation_id: resolved.id, llm_model: "gpt-4o-mini", total_response_time_ms: 300, estimated_cost_usd: 0.01, total_tokens: 50, created_at: new Date("2026-06-01T12:02:00Z") },
      ] as any[])

      const response = await api.get("/admin/solar360/helio/metrics/timeseries?from=2026-06-01&to=2026-06-02&interval=day", admin)

      expect(response.status).toBe(200)
      expect(response.data).toMatchObject({ from: "2026-06-01", to: "2026-06-02", interval: "day", time_zone: "America/Sao_Paulo" })
      expect(response.data.buckets).toEqual([
        expect.objectContaining({
          bucket: "2026-06-01",
          conversations: 2,
          queries: 2,
          completion_rate: 0.5,
          resolution_rate: 1,
          escalation_rate: 0,
          conversion_rate: 0,
          cost_per_conversation_usd: 0.03,
          cost_per_resolved_conversation_usd: 0.06,
          latency_p50_ms: 200,
          latency_p95_ms: 290,
        }),
        expect.objectContaining({
          bucket: "2026-06-02",
          conversations: 0,
          completion_rate: null,
          resolution_rate: null,
          escalation_rate: null,
          conversion_rate: null,
          cost_per_conversation_usd: null,
          latency_p95_ms: null,
        }),
      ])
      expect(response.data.totals).toMatchObject({ conversations: 2, queries: 2, latency_p50_ms: 200 })
      expect(response.data.top_topics).toEqual([{ topic: "inversor", conversations: 1 }])
      expect(response.data.models).toEqual([expect.objectContaining({ llm_model: "gpt-4o-mini", queries: 2, total_tokens: 100, cost_usd: 0.02 })])

      const weekly = await api.get("/admin/solar360/helio/metrics/timeseries?from=2026-06-01&to=2026-06-14&interval=week", admin)
      // 2026-06-01 is a Monday: two ISO weeks.
      expect(weekly.data.buckets.map((b: any) => b.bucket)).toEqual(["2026-06-01", "2026-06-08"])
    })

    it("defaults to the last 30 days by day", async () => {
      const response = await api.get("/admin/solar360/helio/metrics/timeseries", admin)
      expect(response.status).toBe(200)
      expect(response.data.interval).toBe("day")
      expect(response.data.buckets).toHaveLength(30)
    })

    it("refuses a bad range, a range over 400 days, a bad interval or an unknown parameter with 400; no auth with 401", async () => {
      const tooLong = await responseOf(api.get("/admin/solar360/helio/metrics/timeseries?from=2025-01-01&to=2026-02-05", admin))
      expect(tooLong.status).toBe(400)
      expect(tooLong.data).toMatchObject({ code: "solar360_invalid_range" })
      expect(tooLong.data.message).toMatch(/at most 400/)
      const backwards = await responseOf(api.get("/admin/solar360/helio/metrics/timeseries?from=2026-06-02&to=2026-06-01", admin))
      expect(backwards.status).toBe(400)
      expect(backwards.data).toMatchObject({ code: "solar360_invalid_range" })
      for (const query of ["interval=hour", "from=yesterday", "to=2026-02-30T00:00", "series=true"]) {
        const bad = await responseOf(api.get(`/admin/solar360/helio/metrics/timeseries?${query}`, admin))
        expect({ query, status: bad.status }).toEqual({ query, status: 400 })
      }
      expect((await responseOf(api.get("/admin/solar360/helio/metrics/timeseries"))).status).toBe(401)
    })
  })

  describe("the conversation list's feedback filter", () => {
    it("has_feedback=true keeps the rated conversations, false the others", async () => {
      const [rated, unrated] = await solar360.createHelioConversations([
        { title: "rated", satisfaction_score: 4 },
        { title: "unrated" },
      ] as any[])
      const withFeedback = await api.get("/admin/solar360/helio/conversations?has_feedback=true", admin)
      expect(withFeedback.data.conversations.map((c: any) => c.id)).toEqual([rated.id])
      const without = await api.get("/admin/solar360/helio/conversations?has_feedback=false", admin)
      expect(without.data.conversations.map((c: any) => c.id)).toEqual([unrated.id])
      expect((await responseOf(api.get("/admin/solar360/helio/conversations?has_feedback=maybe", admin))).status).toBe(400)
    })
  })

  describe("the conversation list's calendar days", () => {
    it("from/to are whole days in the report time zone, as the dashboard counts them", async () => {
      // The fixture's times are chosen for São Paulo (UTC-3 all year since 2019).
      expect(solar360.options.reportTimezone).toBe("America/Sao_Paulo")
      const [lateEvening, nextMorning] = await solar360.createHelioConversations([
        // 22:00 on 1 March 2031 in São Paulo, already 2 March in UTC.
        { title: "late evening", created_at: new Date("2031-03-02T01:00:00Z") },
        { title: "next morning", created_at: new Date("2031-03-02T12:00:00Z") },
      ] as any[])
      const ids = async (query: string) =>
        (await api.get(`/admin/solar360/helio/conversations?${query}`, admin)).data.conversations.map((c: any) => c.id)
      expect(await ids("from=2031-03-01&to=2031-03-01")).toEqual([lateEvening.id])
      expect(await ids("from=2031-03-02&to=2031-03-02")).toEqual([nextMorning.id])
      // An instant is used as given.
      expect(await ids("from=2031-03-02T00:00:00Z&to=2031-03-02T02:00:00Z")).toEqual([lateEvening.id])
      const both = await responseOf(api.get("/admin/solar360/helio/conversations?from=2031-03-01&created_at[$gte]=2031-03-01", admin))
      expect(both.status).toBe(400)
      expect(both.data.message).toContain('"from"/"to" and "created_at"')
      for (const query of ["from=yesterday", "from=2031-03-02&to=2031-03-01", "to=2031-02-30"]) {
        const bad = await responseOf(api.get(`/admin/solar360/helio/conversations?${query}`, admin))
        expect({ query, status: bad.status }).toEqual({ query, status: 400 })
      }
      expect((await responseOf(api.get("/admin/solar360/helio/conversations?from=2031-03-01"))).status).toBe(401)
    })
  })

  describe("the review queue", () => {
    it("a reviewed answer leaves the queue and keeps its review; an unknown id is 404", async () => {
      const conversation = await solar360.createHelioConversations({ title: "queue" } as any)
      const [first, second] = await solar360.createRagQueries([
        { conversation_id: conversation.id, query_text: "q1", flagged_for_review: true, flag_reason: "low_confidence" },
        { conversation_id: conversation.id, query_text: "q2", flagged_for_review: true, flag_reason: "negative_feedback" },
      ] as any[])
      const queue = "/admin/solar360/rag-queries?flagged_for_review=true&reviewed_by_human=false&order=created_at"
      expect((await api.get(queue, admin)).data.count).toBe(2)

      // A correction without the corrected answer is refused and changes nothing.
      const bare = await responseOf(api.post(`/admin/solar360/rag-queries/${first.id}/review`, { outcome: "corrected" }, admin))
      expect(bare.status).toBe(400)
      expect(bare.data.message).toMatch(/corrected answer/)
      expect((await api.get(queue, admin)).data.count).toBe(2)

      const corrected = await api.post(
        `/admin/solar360/rag-queries/${first.id}/review`,
        { outcome: "corrected", notes: "Use 5.5 kWp, not 55 kWp." },
        admin
      )
      expect(corrected.status).toBe(200)
      const after = await api.get(queue, admin)
      expect(after.data.rag_queries.map((q: any) => q.id)).toEqual([second.id])
      const stored = await api.get(`/admin/solar360/rag-queries/${first.id}`, admin)
      expect(stored.data.rag_query).toMatchObject({
        reviewed_by_human: true,
        review_outcome: "corrected",
        review_notes: "Use 5.5 kWp, not 55 kWp.",
        flagged_for_review: false,
      })

      const unknown = await responseOf(api.post("/admin/solar360/rag-queries/ragq_nope/review", { outcome: "approved" }, admin))
      expect(unknown.status).toBe(404)
    })
  })
}
