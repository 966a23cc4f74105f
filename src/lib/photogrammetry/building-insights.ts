import { DomainError } from "../errors"
import { PhotogrammetryErrorCode } from "./errors"

/** Google's imagery qualities, best first. LOW sits between MEDIUM and BASE. */
export const IMAGERY_QUALITIES = ["HIGH", "MEDIUM", "LOW", "BASE"] as const
export type ImageryQuality = (typeof IMAGERY_QUALITIES)[number]

export const DEFAULT_DC_TO_AC_DERATE = 0.85
export const GOOGLE_SOLAR_PROVIDER = "google_solar"

export type RoofPlane = {
  azimuth_degrees: number
  tilt_degrees: number
  area_m2: number
  ground_area_m2: number | null
  center: { latitude: number; longitude: number } | null
  plane_height_at_center_m: number | null
}

/** The model columns a Google Solar `buildingInsights` answer fills. */
export type MappedBuildingInsights = {
  provider: typeof GOOGLE_SOLAR_PROVIDER
  total_roof_area_m2: number | null
  usable_area_m2: number | null
  roof_planes: RoofPlane[]
  orientation: string | null
  azimuth_degrees: number | null
  tilt_degrees: number | null
  max_panel_count: number | null
  panel_capacity_watts: number | null
  recommended_panel_count: number | null
  recommended_system_size_kwp: number | null
  annual_energy_dc_kwh: number | null
  annual_energy_ac_kwh: number | null
  dc_to_ac_derate: number
  requested_system_size_kwp: number | null
  panel_layout: unknown[] | null
  imagery_quality: ImageryQuality
  imagery_date: string | null
}

export type MapBuildingInsightsOptions = {
  requestedKwp?: number | null
  requiredQuality: ImageryQuality
  dcToAcDerate?: number
}

const COMPASS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const

/** Compass label of an azimuth measured clockwise from north (0 = N, 90 = E). */
export function compassLabel(azimuthDegrees: number): string {
  const normalised = ((azimuthDegrees % 360) + 360) % 360
  return COMPASS[Math.round(normalised / 45) % 8]
}

export function isQualityAtLeast(quality: string, required: ImageryQuality): boolean {
  const rank = IMAGERY_QUALITIES.indexOf(quality as ImageryQuality)
  return rank !== -1 && rank <= IMAGERY_QUALITIES.indexOf(required)
}

const num = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

function imageryDate(date: any): string | null {
  if (!date || typeof date !== "object" || !num(date.year)) {
    return null
  }
  const pad = (value: unknown) => String(num(value) ?? 1).padStart(2, "0")
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}

function invalid(message: string): never {
  throw new DomainError(PhotogrammetryErrorCode.INVALID_RESPONSE, message)
}

/**
 * Maps a Google Solar `buildingInsights:findClosest` answer to analysis columns. The
 * recommended configuration is the one whose size is closest to `requestedKwp` (the
 * largest when none is requested); its yearly DC energy is derated to AC.
 */
export function mapBuildingInsights(
  json: unknown,
  options: MapBuildingInsightsOptions
): MappedBuildingInsights {
  if (!json || typeof json !== "object") {
    invalid("the building insights answer is not an object")
  }
  const insights = json as Record<string, any>
  const quality = insights.imageryQuality
  if (typeof quality !== "string" || !IMAGERY_QUALITIES.includes(quality as ImageryQuality)) {
    invalid(`unknown imagery quality ${JSON.stringify(quality)}`)
  }
  if (!isQualityAtLeast(quality, options.requiredQuality)) {
    throw new DomainError(
      PhotogrammetryErrorCode.QUALITY_TOO_LOW,
      `imagery quality ${quality} is below the required ${options.requiredQuality}`
    )
  }
  const derate = options.dcToAcDerate ?? DEFAULT_DC_TO_AC_DERATE
  if (!(derate > 0 && derate <= 1)) {
    invalid("dcToAcDerate must be within (0, 1]")
  }
  const potential = (insights.solarPotential ?? {}) as Record<string, any>
  const segments: any[] = Array.isArray(potential.roofSegmentStats) ? potential.roofSegmentStats : []
  const roofPlanes: RoofPlane[] = segments.map((segment) => ({
    azimuth_degrees: num(segment.azimuthDegrees) ?? 0,
    tilt_degrees: num(segment.pitchDegrees) ?? 0,
    area_m2: num(segment.stats?.areaMeters2) ?? 0,
    ground_area_m2: num(segment.stats?.groundAreaMeters2),
    center:
      num(segment.center?.latitude) !== null && num(segment.center?.longitude) !== null
        ? { latitude: segment.center.latitude, longitude: segment.center.longitude }
        : null,
    plane_height_at_center_m: num(segment.planeHeightAtCenterMeters),
  }))
  const largest = roofPlanes.reduce<RoofPlane | null>(
    (best, plane) => (!best || plane.area_m2 > best.area_m2 ? plane : best),
    null
  )

  const capacityWatts = num(potential.panelCapacityWatts)
  const configs: any[] = Array.isArray(potential.solarPanelConfigs) ? potential.solarPanelConfigs : []
  const requestedKwp = options.requestedKwp ?? null
  const kwpOf = (config: any) => ((num(config.panelsCount) ?? 0) * (capacityWatts ?? 0)) / 1000
  let chosen: any = null
  for (const config of configs) {
    if (!chosen) {
      chosen = config
    } else if (requestedKwp === null) {
      if ((num(config.panelsCount) ?? 0) > (num(chosen.panelsCount) ?? 0)) chosen = config
    } else if (Math.abs(kwpOf(config) - requestedKwp) < Math.abs(kwpOf(chosen) - requestedKwp)) {
      chosen = config
    }
  }
  const dc = chosen ? num(chosen.yearlyEnergyDcKwh) : null

  return {
    provider: GOOGLE_SOLAR_PROVIDER,
    total_roof_area_m2: num(potential.wholeRoofStats?.areaMeters2),
    usable_area_m2: num(potential.maxArrayAreaMeters2),
    roof_planes: roofPlanes,
    orientation: largest ? compassLabel(largest.azimuth_degrees) : null,
    azimuth_degrees: largest ? largest.azimuth_degrees : null,
    tilt_degrees: largest ? largest.tilt_degrees : null,
    max_panel_count: num(potential.maxArrayPanelsCount),
    panel_capacity_watts: capacityWatts,
    recommended_panel_count: chosen ? num(chosen.panelsCount) : null,
    recommended_system_size_kwp: chosen && capacityWatts !== null ? round(kwpOf(chosen), 3) : null,
    annual_energy_dc_kwh: dc !== null ? round(dc, 2) : null,
    annual_energy_ac_kwh: dc !== null ? round(dc * derate, 2) : null,
    dc_to_ac_derate: derate,
    requested_system_size_kwp: requestedKwp,
    panel_layout: chosen && Array.isArray(chosen.roofSegmentSummaries) ? chosen.roofSegmentSummaries : null,
    imagery_quality: quality as ImageryQuality,
    imagery_date: imageryDate(insights.imageryDate),
  }
}
