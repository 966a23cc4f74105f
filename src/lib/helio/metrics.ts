import { roundTo } from "./round"

// Helio dashboard rates from aggregates the module computes in SQL. A rate over an empty
// population is null ("no data"), never NaN, Infinity or a misleading 0.

/**
 * numerator / denominator rounded to `decimals` (4 by default), or null when the
 * denominator is 0 or either value is not a finite number.
 */
export function ratio(numerator: number, denominator: number, decimals = 4): number | null {
  if (
    typeof numerator !== "number" ||
    typeof denominator !== "number" ||
    !Number.isFinite(numerator) ||
    !Number.isFinite(denominator) ||
    denominator === 0
  ) {
    return null
  }
  const value = roundTo(numerator / denominator, decimals)
  return Number.isFinite(value) ? value : null
}

export interface HelioAggregates {
  /** Conversations in the period. */
  total: number
  completed: number
  abandoned: number
  /** Completed conversations whose issue was resolved. */
  issue_resolved: number
  escalated_to_human: number
  led_to_purchase: number
  order_value_sum: number
  satisfaction_avg: number | null
  total_cost_usd: number
  /** Conversations with hallucinations / errors. */
  hallucinations: number
  errors: number
  /** All conversations with a resolved issue (the cost-per-resolution denominator). */
  resolved_issue_count: number
}

export interface HelioMetrics {
  completion_rate: number | null
  resolution_rate: number | null
  escalation_rate: number | null
  conversion_rate: number | null
  revenue_per_conversation: number | null
  cost_per_conversation: number | null
  cost_per_resolved_issue: number | null
  hallucination_rate: number | null
  error_rate: number | null
  average_satisfaction: number | null
}

export function helioMetrics(aggregates: HelioAggregates): HelioMetrics {
  const a = aggregates
  const satisfaction = a.satisfaction_avg
  return {
    completion_rate: ratio(a.completed, a.completed + a.abandoned),
    resolution_rate: ratio(a.issue_resolved, a.completed),
    escalation_rate: ratio(a.escalated_to_human, a.total),
    conversion_rate: ratio(a.led_to_purchase, a.total),
    revenue_per_conversation: ratio(a.order_value_sum, a.total, 2),
    cost_per_conversation: ratio(a.total_cost_usd, a.total, 6),
    cost_per_resolved_issue: ratio(a.total_cost_usd, a.resolved_issue_count, 6),
    hallucination_rate: ratio(a.hallucinations, a.total),
    error_rate: ratio(a.errors, a.total),
    average_satisfaction:
      typeof satisfaction === "number" && Number.isFinite(satisfaction) ? roundTo(satisfaction, 2) : null,
  }
}
