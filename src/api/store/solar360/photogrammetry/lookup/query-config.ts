/**
 * What a storefront sees of a roof analysis: the roof and the recommendation. Never the
 * address, customer, quote, cost, expiry or cache bookkeeping: a reused analysis was bought
 * for someone else's request, and its expiry would date that request. `id` and `created_at`
 * are answered from this lookup's own record (the route swaps them in).
 */
const STORE_PHOTOGRAMMETRY_FIELDS = [
  "id",
  "latitude",
  "longitude",
  "total_roof_area_m2",
  "usable_area_m2",
  "roof_planes",
  "orientation",
  "azimuth_degrees",
  "tilt_degrees",
  "recommended_panel_count",
  "recommended_system_size_kwp",
  "panel_layout",
  "max_panel_count",
  "panel_capacity_watts",
  "annual_energy_dc_kwh",
  "annual_energy_ac_kwh",
  "dc_to_ac_derate",
  "provider",
  "status",
  "imagery_quality",
  "imagery_date",
  "created_at",
]

export const storePhotogrammetryQueryConfig = {
  defaults: STORE_PHOTOGRAMMETRY_FIELDS,
  allowed: STORE_PHOTOGRAMMETRY_FIELDS,
  isList: false,
}
