import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The Helio series against a hand-counted fixture, in the default report time zone
// (America/Sao_Paulo, UTC-3): 2026-12-01..03 local days.
//
// 12-01: c1 completed+resolved 0.01 · c2 abandoned 0.02 · c3 escalated+converted 0.03 (topic
//        inversor) · c4 active+resolved 0.02 (primary topic financiamento); answers at 100, 200,
//        300, 400, 1000 ms (gpt-4o-mini, 0.001 each, 100+20 tokens).
// 12-02: nothing.
// 12-03: c5 completed, not resolved, 0.05 · c6 abandoned at 02:30Z on the 4th (23:30 local on
//        the 3rd); answers at 500 ms (claude, 0.002) and one untimed without cost.
// Outside: c7 at 02:00Z on 12-01 (23:00 local on 11-30) with a 99,999 ms answer.
const at = (iso: string) => new Date(iso)

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    beforeEach(async () => {
      const conversations = await service.createHelioConversations([
        { status: "completed", issue_resolved: true, total_cost_usd: 0.01, created_at: at("2026-12-01T12:00:00Z") },
        { status: "abandoned", total_cost_usd: 0.02, created_at: at("2026-12-01T13:00:00Z") },
        {
          status: "escalated",
          escalated_to_human: true,
          escalation_reason: "asked for a person",
          led_to_purchase: true,
          total_cost_usd: 0.03,
          topics: ["inversor"],
          created_at: at("2026-12-01T14:00:00Z"),
        },
        { status: "active", issue_resolved: true, total_cost_usd: 0.02, primary_topic: "financiamento", created_at: at("2026-12-01T15:00:00Z") },
        { status: "completed", total_cost_usd: 0.05, created_at: at("2026-12-03T13:00:00Z") },
        { status: "abandoned", created_at: at("2026-12-04T02:30:00Z") },
        { status: "completed", issue_resolved: true, total_cost_usd: 9, created_at: at("2026-12-01T02:00:00Z") },
      ] as any[])
      const [c1, , , , c5, , c7] = conversations
      const answer = (conversation: { id: string }, createdAt: string, ms: number | null, model: string, cost: number | null) => ({
        conversation_id: conversation.id,
        llm_model: model,
        total_response_time_ms: ms,
        prompt_tokens: 100,
        completion_tokens: 20,
        total_tokens: 120,
        estimated_cost_usd: cost,
        created_at: at(createdAt),
      })
      await service.createRagQueries([
        answer(c1, "2026-12-01T12:01:00Z", 100, "gpt-4o-mini", 0.001),
        answer(c1, "2026-12-01T12:02:00Z", 1000, "gpt-4o-mini", 0.001),
        answer(c1, "2026-12-01T12:03:00Z", 300, "gpt-4o-mini", 0.001),
        answer(c1, "2026-12-01T12:04:00Z", 200, "gpt-4o-mini", 0.001),
        answer(c1, "2026-12-01T12:05:00Z", 400, "gpt-4o-mini", 0.001),
        answer(c5, "2026-12-03T13:01:00Z", 500, "claude", 0.002),
        answer(c5, "2026-12-03T13:02:00Z", null, "claude", null),
        answer(c7, "2026-12-01T02:01:00Z", 99_999, "gpt-4o-mini", 5),
      ] as any[])
    })

    it("answers each day's volume, rates, cost and latency percentiles", async () => {
      const series = await service.getHelioTimeseries({ from: "2026-12-01", to: "2026-12-03", interval: "day" })
      expect(series.time_zone).toBe("America/Sao_Paulo")
      expect(series.buckets.map((b) => b.bucket)).toEqual(["2026-12-01", "2026-12-02", "2026-12-03"])
      const [first, empty, third] = series.buckets
      expect(first).toEqual({
        bucket: "2026-12-01",
        conversations: 4,
        completed: 1,
        abandoned: 1,
        resolved: 1,
        resolved_any: 2,
        escalated: 1,
        converted: 1,
        cost_usd: 0.08,
        queries: 5,
        // percentile_cont over 100, 200, 300, 400, 1000: p50 = 300; p95 at 0.95 × 4 = 3.8
        // between 400 and 1000 = 400 + 0.8 × 600 = 880.
        latency_p50_ms: 300,
        latency_p95_ms: 880,
        completion_rate: 0.5,
        resolution_rate: 1,
        escalation_rate: 0.25,
        conversion_rate: 0.25,
        cost_per_conversation_usd: 0.02,
        cost_per_resolved_conversation_usd: 0.04,
      })
      // No conversation and no answer: counts 0, every rate and percentile null (not 0, not NaN).
      expect(empty).toEqual({
        bucket: "2026-12-02",
        conversations: 0,
        completed: 0,
        abandoned: 0,
        resolved: 0,
        resolved_any: 0,
        escalated: 0,
        converted: 0,
        cost_usd: 0,
        queries: 0,
        latency_p50_ms: null,
        latency_p95_ms: null,
        completion_rate: null,
        resolution_rate: null,
        escalation_rate: null,
        conversion_rate: null,
        cost_per_conversation_usd: null,
        cost_per_resolved_conversation_usd: null,
      })
      expect(third).toMatchObject({
        conversations: 2,
        completed: 1,
        abandoned: 1,
        resolved: 0,
        cost_usd: 0.05,
        // The untimed answer counts as an answer but not in the percentiles.
        queries: 2,
        latency_p50_ms: 500,
        latency_p95_ms: 500,
        completion_rate: 0.5,
        resolution_rate: 0,
        escalation_rate: 0,
        conversion_rate: 0,
        cost_per_conversation_usd: 0.025,
        // No resolved conversation that day: nothing to divide by.
        cost_per_resolved_conversation_usd: null,
      })
    })

    it("answers the range's totals, percentiles over every answer, topics and models", async () => {
      const series = await service.getHelioTimeseries({ from: "2026-12-01", to: "2026-12-03", interval: "day" })
      expect(series.totals).toMatchObject({
        conversations: 6,
        completed: 2,
        abandoned: 2,
        resolved: 1,
        resolved_any: 2,
        escalated: 1,
        converted: 1,
        queries: 7,
        // 100, 200, 300, 400, 500, 1000: p50 = (300 + 400) / 2 = 350; p95 at 0.95 × 5 = 4.75
        // between 500 and 1000 = 875. Not the percentile of the daily percentiles.
        latency_p50_ms: 350,
        latency_p95_ms: 875,
        completion_rate: 0.5,
        resolution_rate: 0.5,
        escalation_rate: 0.1667,
        conversion_rate: 0.1667,
        cost_per_conversation_usd: 0.021667,
        cost_per_resolved_conversation_usd: 0.065,
      })
      expect(series.totals.cost_usd).toBeCloseTo(0.13, 10)
      expect(series.top_topics).toEqual([
        { topic: "financiamento", conversations: 1 },
        { topic: "inversor", conversations: 1 },
      ])
      expect(series.models).toEqual([
        expect.objectContaining({ llm_model: "gpt-4o-mini", queries: 5, total_tokens: 600, cost_usd: 0.005, queries_without_cost: 0 }),
        expect.objectContaining({ llm_model: "claude", queries: 2, total_tokens: 240, cost_usd: 0.002, queries_without_cost: 1 }),
      ])
    })

    it("buckets ISO weeks from the Monday before the range", async () => {
      const series = await service.getHelioTimeseries({ from: "2026-12-01", to: "2026-12-03", interval: "week" })
      expect(series.buckets).toHaveLength(1)
      expect(series.buckets[0]).toMatchObject({ bucket: "2026-11-30", conversations: 6, queries: 7, latency_p50_ms: 350, latency_p95_ms: 875 })
    })
  },
})
