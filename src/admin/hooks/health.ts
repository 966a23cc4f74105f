import type { AdminSolar360HealthResponse } from "../../api/types"
import { useSolar360Query } from "../lib/query"

export type DataHealth = AdminSolar360HealthResponse
export type TableHealth = DataHealth["tables"][number]

/** The data-health report: every table of the plugin and yesterday's threshold alerts. */
export function useDataHealth() {
  return useSolar360Query<DataHealth>("/admin/solar360/health")
}
