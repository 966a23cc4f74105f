import type { AdminSolar360StatsResponse } from "../../api/types"
import { useSolar360Query } from "../lib/query"

export type EntityStats = AdminSolar360StatsResponse["stats"][number]

/** Size and freshness of each of the plugin's data sets (overview page). */
export function useSolar360Stats() {
  return useSolar360Query<AdminSolar360StatsResponse>("/admin/solar360/stats")
}
