import { HelioAggregates, helioMetrics, ratio } from "../metrics"
import { roundTo } from "../round"

describe("roundTo", () => {
  it("rounds half away from zero despite binary error", () => {
    expect(roundTo(1.005, 2)).toBe(1.01)
    expect(roundTo(-1.005, 2)).toBe(-1.01)
    expect(roundTo(0.12345, 4)).toBe(0.1235)
    expect(roundTo(2 / 3, 4)).toBe(0.6667)
  })

  it("never returns -0", () => {
    expect(Object.is(roundTo(-0.00001, 2), 0)).toBe(true)
  })
})

describe("ratio", () => {
  it("divides and rounds to 4 decimals", () => {
    expect(ratio(1, 3)).toBe(0.3333)
    expect(ratio(2, 3)).toBe(0.6667)
    expect(ratio(5, 5)).toBe(1)
    expect(ratio(0, 5)).toBe(0)
  })

  it("takes other precisions", () => {
    expect(ratio(10, 3, 2)).toBe(3.33)
    expect(ratio(1, 7, 6)).toBe(0.142857)
  })

  it("returns null for a zero denominator", () => {
    expect(ratio(0, 0)).toBeNull()
    expect(ratio(3, 0)).toBeNull()
    expect(ratio(3, -0)).toBeNull()
  })

  it("returns null for non-finite input instead of NaN or Infinity", () => {
    expect(ratio(Number.NaN, 2)).toBeNull()
    expect(ratio(1, Number.NaN)).toBeNull()
    expect(ratio(Number.POSITIVE_INFINITY, 2)).toBeNull()
    expect(ratio(null as unknown as number, 2)).toBeNull()
  })

  it("returns null when the quotient overflows", () => {
    expect(ratio(Number.MAX_VALUE, Number.MIN_VALUE)).toBeNull()
  })
})

describe("helioMetrics", () => {
  const FIXTURE: HelioAggregates = {
    total: 200,
    completed: 120,
    abandoned: 40,
    issue_resolved: 90,
    escalated_to_human: 15,
    led_to_purchase: 12,
    order_value_sum: 183456.78,
    satisfaction_avg: 4.2345,
    total_cost_usd: 3.456789,
    hallucinations: 3,
    errors: 7,
    resolved_issue_count: 95,
  }

  it("computes every metric from the fixture", () => {
    expect(helioMetrics(FIXTURE)).toEqual({
      completion_rate: 0.75, // 120 / (120 + 40)
      resolution_rate: 0.75, // 90 / 120
      escalation_rate: 0.075, // 15 / 200
      conversion_rate: 0.06, // 12 / 200
      revenue_per_conversation: 917.28, // 183456.78 / 200 = 917.2839
      cost_per_conversation: 0.017284, // 3.456789 / 200 = 0.017283945
      cost_per_resolved_issue: 0.036387, // 3.456789 / 95 = 0.0363872526...
      hallucination_rate: 0.015, // 3 / 200
      error_rate: 0.035, // 7 / 200
      average_satisfaction: 4.23, // 4.2345 -> 2 decimals
    })
  })

  it("uses completed + abandoned (not total) for the completion rate", () => {
    expect(helioMetrics({ ...FIXTURE, completed: 1, abandoned: 3 }).completion_rate).toBe(0.25)
  })

  it("uses resolved_issue_count (not issue_resolved) for cost per resolved issue", () => {
    expect(helioMetrics({ ...FIXTURE, total_cost_usd: 1, resolved_issue_count: 4 }).cost_per_resolved_issue).toBe(0.25)
  })

  const ZERO: HelioAggregates = {
    total: 0,
    completed: 0,
    abandoned: 0,
    issue_resolved: 0,
    escalated_to_human: 0,
    led_to_purchase: 0,
    order_value_sum: 0,
    satisfaction_avg: null,
    total_cost_usd: 0,
    hallucinations: 0,
    errors: 0,
    resolved_issue_count: 0,
  }

  it("returns null for every metric when there is no data", () => {
    const metrics = helioMetrics(ZERO)
    expect(Object.keys(metrics)).toHaveLength(10)
    for (const value of Object.values(metrics)) {
      expect(value).toBeNull()
    }
    expect(JSON.stringify(metrics)).not.toContain("NaN")
  })

  it("never yields NaN or Infinity for partial zero denominators", () => {
    const metrics = helioMetrics({ ...ZERO, total: 10, errors: 2, satisfaction_avg: Number.NaN })
    const json = JSON.stringify(metrics)
    expect(json).not.toContain("NaN")
    for (const value of Object.values(metrics)) {
      expect(value === null || Number.isFinite(value)).toBe(true)
    }
    expect(metrics.error_rate).toBe(0.2)
    expect(metrics.completion_rate).toBeNull()
    expect(metrics.resolution_rate).toBeNull()
    expect(metrics.cost_per_resolved_issue).toBeNull()
    expect(metrics.cost_per_conversation).toBe(0)
    expect(metrics.average_satisfaction).toBeNull()
  })
})

describe("ratio over nothing", () => {
  it("is null for a zero denominator, whatever the numerator", () => {
    expect(ratio(1, 0)).toBeNull()
    expect(ratio(0, 0)).toBeNull()
  })
})
