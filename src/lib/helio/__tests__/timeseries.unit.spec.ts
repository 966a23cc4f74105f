import { bucketStarts, EMPTY_BUCKET, fillSeries, seriesPoint, sumBuckets } from "../timeseries"

describe("Helio series buckets", () => {
  it("lists every day of the range, both ends included", () => {
    expect(bucketStarts("2026-11-29", "2026-12-02", "day")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"])
    expect(bucketStarts("2026-12-02", "2026-12-02", "day")).toEqual(["2026-12-02"])
  })

  it("starts weeks on the Monday on or before `from`, as date_trunc('week') does", () => {
    // 2026-12-02 is a Wednesday; 2026-11-30 the Monday before it.
    expect(bucketStarts("2026-12-02", "2026-12-14", "week")).toEqual(["2026-11-30", "2026-12-07", "2026-12-14"])
    // A Monday starts its own week.
    expect(bucketStarts("2026-11-30", "2026-12-06", "week")).toEqual(["2026-11-30"])
    // A Sunday belongs to the week that began six days earlier.
    expect(bucketStarts("2026-12-06", "2026-12-06", "week")).toEqual(["2026-11-30"])
  })
})

describe("Helio series rates", () => {
  it("computes each rate over its own population", () => {
    const point = seriesPoint("2026-12-01", {
      ...EMPTY_BUCKET,
      conversations: 4,
      completed: 2,
      abandoned: 1,
      resolved: 1,
      resolved_any: 2,
      escalated: 1,
      converted: 1,
      cost_usd: 0.06,
      queries: 7,
      latency_p50_ms: 1234.56,
      latency_p95_ms: 2000,
    })
    expect(point).toMatchObject({
      completion_rate: 0.6667,
      resolution_rate: 0.5,
      escalation_rate: 0.25,
      conversion_rate: 0.25,
      cost_per_conversation_usd: 0.015,
      cost_per_resolved_conversation_usd: 0.03,
      latency_p50_ms: 1234.6,
      latency_p95_ms: 2000,
    })
  })

  it("answers null, not 0 or NaN, for a bucket without conversations", () => {
    const [point] = fillSeries(["2026-12-01"], new Map())
    expect(point).toEqual({
      ...EMPTY_BUCKET,
      bucket: "2026-12-01",
      completion_rate: null,
      resolution_rate: null,
      escalation_rate: null,
      conversion_rate: null,
      cost_per_conversation_usd: null,
      cost_per_resolved_conversation_usd: null,
    })
  })

  it("sums the buckets' counts and takes the range's percentiles as given", () => {
    const total = sumBuckets(
      [
        { ...EMPTY_BUCKET, conversations: 2, completed: 1, cost_usd: 0.01, queries: 3 },
        { ...EMPTY_BUCKET, conversations: 1, abandoned: 1, cost_usd: 0.02, queries: 1 },
      ],
      { p50: 10, p95: 20 }
    )
    expect(total).toMatchObject({ conversations: 3, completed: 1, abandoned: 1, queries: 4, latency_p50_ms: 10, latency_p95_ms: 20 })
    expect(total.cost_usd).toBeCloseTo(0.03, 10)
  })
})
