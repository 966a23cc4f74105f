import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity, json } from "../../../../utils/response-schemas"

/** The roof analysis a storefront sees: this lookup's record with the roof's figures. */
export const StorePhotogrammetryAnalysis = entity("StorePhotogrammetryAnalysis", {
  latitude: col(z.number()),
  longitude: col(z.number()),
  roof_planes: col(json()),
  orientation: col(z.string()),
  azimuth_degrees: col(z.number()),
  tilt_degrees: col(z.number()),
  recommended_panel_count: col(z.number()),
  recommended_system_size_kwp: col(z.number()),
  panel_layout: col(json()),
  max_panel_count: col(z.number()),
  panel_capacity_watts: col(z.number()),
  annual_energy_dc_kwh: col(z.number()),
  annual_energy_ac_kwh: col(z.number()),
  provider: col(z.string()),
  status: col(z.string()),
  imagery_quality: col(z.string()),
  imagery_date: col(z.string()),
  created_at: col(dateTime()),
})

export const StorePhotogrammetryLookupResponse = z
  .object({ analysis: StorePhotogrammetryAnalysis })
  .meta({ id: "StorePhotogrammetryLookupResponse" })
export type StorePhotogrammetryLookupResponse = z.infer<typeof StorePhotogrammetryLookupResponse>
