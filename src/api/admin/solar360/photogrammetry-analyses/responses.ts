import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity, json, listOf } from "../../../utils/response-schemas"

/** A roof analysis bought from a provider, or a reuse record pointing at one. */
export const AdminPhotogrammetryAnalysis = entity("AdminPhotogrammetryAnalysis", {
  address: col(z.string()),
  latitude: col(z.number()),
  longitude: col(z.number()),
  city: col(z.string()),
  state: col(z.string()),
  orientation: col(z.string()),
  recommended_panel_count: col(z.number()),
  recommended_system_size_kwp: col(z.number()),
  annual_energy_ac_kwh: col(z.number()),
  provider: col(z.string()),
  status: col(z.string()),
  imagery_quality: col(z.string()),
  cost_usd: col(z.number()),
  cache_hit: col(z.boolean()),
  cache_level: col(z.string()),
  cache_source_id: col(z.string()),
  times_reused: col(z.number()),
  expires_at: col(dateTime()),
  customer_id: col(z.string()),
  quote_id: col(z.string()),
  roof_planes: col(json()),
  panel_layout: col(json()),
  created_at: col(dateTime()),
  updated_at: col(dateTime()),
})

export const AdminPhotogrammetryAnalysisListResponse = listOf(
  "photogrammetry_analyses",
  AdminPhotogrammetryAnalysis
).meta({ id: "AdminPhotogrammetryAnalysisListResponse" })
export type AdminPhotogrammetryAnalysisListResponse = z.infer<typeof AdminPhotogrammetryAnalysisListResponse>

export const AdminPhotogrammetryAnalysisResponse = z
  .object({ photogrammetry_analysis: AdminPhotogrammetryAnalysis })
  .meta({ id: "AdminPhotogrammetryAnalysisResponse" })
export type AdminPhotogrammetryAnalysisResponse = z.infer<typeof AdminPhotogrammetryAnalysisResponse>
