import {
  ATTRIBUTION_GROUPS,
  ATTRIBUTION_MAX_DAYS,
  type AttributionGroup,
  type AttributionRow,
} from "../../lib/analytics/attribution"
import { useSolar360Query } from "../lib/query"

export { ATTRIBUTION_GROUPS, ATTRIBUTION_MAX_DAYS, type AttributionGroup, type AttributionRow }

export type AnalyticsAttribution = {
  range: { from: string; to: string; days: number; time_zone: string }
  group_by: AttributionGroup
  rows: AttributionRow[]
  totals: Omit<AttributionRow, "key">
}

/**
 * Revenue and conversions per channel group or UTM value (issue 16). The route reads the daily
 * rollup (today from raw events) and refuses ranges over ATTRIBUTION_MAX_DAYS: `enabled: false`
 * keeps a longer range from asking (the section says why instead).
 */
export function useAnalyticsAttribution(
  { from, to, groupBy, limit = 10 }: { from: string; to: string; groupBy: AttributionGroup; limit?: number },
  enabled: boolean
) {
  return useSolar360Query<AnalyticsAttribution>(
    "/admin/solar360/analytics/attribution",
    { from, to, group_by: groupBy, limit },
    { enabled }
  )
}
