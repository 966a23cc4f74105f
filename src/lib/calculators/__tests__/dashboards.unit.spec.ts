import {
  bucketCounts,
  bucketIndex,
  bucketsFromBounds,
  cachePeriodFigures,
  funnelSteps,
  periodBuckets,
  sumIntoBuckets,
  weekStart,
} from "../dashboards"

describe("calculator dashboards maths", () => {
  it("gives each funnel step its rates from the previous step and from the start", () => {
    const steps = funnelSteps({
      simulated: { count: 8, value: 100.004 },
      accepted: { count: 4, value: 50 },
      credit_analysis: { count: 3, value: 30 },
      approved: { count: 0, value: 0 },
      ordered: { count: 0, value: 0 },
    })
    expect(steps.map((s) => [s.step, s.rate_from_previous, s.rate_from_start])).toEqual([
      ["simulated", 1, 1],
      ["accepted", 0.5, 0.5],
      ["credit_analysis", 0.75, 0.375],
      ["approved", 0, 0],
      ["ordered", 0, 0], // nothing approved: 0, not a division by zero
    ])
    expect(steps[0].value).toBe(100)
  })

  it("buckets like width_bucket: lower bound inclusive, last bucket open", () => {
    expect(bucketsFromBounds([3, 5], "kWp").map((b) => b.label)).toEqual(["0–3 kWp", "3–5 kWp", "≥ 5 kWp"])
    expect([0, 2.99, 3, 4.99, 5, 100].map((v) => bucketIndex(v, [3, 5]))).toEqual([0, 0, 1, 1, 2, 2])
    expect(bucketIndex(null, [3, 5])).toBeNull()
    expect(bucketCounts([{ index: 1, count: 2 }, { index: 1, count: 1 }, { index: 9, count: 5 }], 3)).toEqual([0, 3, 0])
  })

  it("derives hit rate, calls avoided and money saved", () => {
    expect(cachePeriodFigures({ hits: 3, upstream_calls: 1, stale_serves: 0, errors: 0 }, 10)).toMatchObject({
      hit_rate: 0.75,
      calls_avoided: 3,
      money_saved: 30,
    })
    expect(cachePeriodFigures({ hits: 0, upstream_calls: 0, stale_serves: 2, errors: 2 }, 10).hit_rate).toBeNull()
  })

  it("cuts a range into days or Monday-based weeks and sums days into them", () => {
    expect(weekStart("2026-12-06")).toBe("2026-11-30") // a Sunday belongs to the week of Monday 30
    expect(weekStart("2026-11-30")).toBe("2026-11-30")
    expect(periodBuckets("2026-11-29", "2026-12-01", "day")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"])
    expect(periodBuckets("2026-11-29", "2026-12-08", "week")).toEqual(["2026-11-23", "2026-11-30", "2026-12-07"])
    const zero = { upstream_calls: 0, stale_serves: 0, errors: 0 }
    expect(
      sumIntoBuckets(
        [{ day: "2026-11-30", hits: 1, ...zero }, { day: "2026-12-06", hits: 2, ...zero }, { day: "2027-01-01", hits: 9, ...zero }],
        ["2026-11-23", "2026-11-30"],
        "week"
      ).map((b) => [b.bucket, b.hits])
    ).toEqual([["2026-11-23", 0], ["2026-11-30", 3]])
  })
})
