/**
 * Types and constants of the photogrammetry lookup (its SQL is in repositories/roof-lookup.ts): three cache levels over source analyses
 * (provider results, `cache_hit = false`) that are completed and not expired.
 */

export const PHOTOGRAMMETRY_CACHE_LEVELS = ["address", "coordinates", "proximity"] as const
export type PhotogrammetryCacheLevel = (typeof PHOTOGRAMMETRY_CACHE_LEVELS)[number]

/**
 * Level 3 radius, in degrees on each axis: 0.0001 deg is ~11 m of latitude (and ~10 m of
 * longitude in Brazil), so a point on the same roof matches and the neighbour's does not.
 */
export const PROXIMITY_DEGREES = 0.0001

export type LookupPhotogrammetryInput = {
  address?: string | null
  latitude?: number | null
  longitude?: number | null
  customer_id?: string | null
  requested_kwp?: number | null
}

export type PhotogrammetryLookupResult = {
  analysis: Record<string, any>
  cache: { hit: boolean; level: PhotogrammetryCacheLevel | null }
  /** The row this lookup wrote: the reuse record on a hit, the new source row on a miss. */
  record_id: string
}

export type PhotogrammetryCacheStats = {
  analyses: number
  reuses: number
  hit_rate: number | null
  provider_cost_usd: number
  money_saved_usd: number
}

/** What the provider's "no roof here" is stored as: cached for `negativeCacheTtlHours`. */
export const ROOF_NOT_FOUND_MARK = "roof_not_found"

/** What a lookup's shared flight ends with (the claimer's own row, or what it found instead). */
export type RoofFlight =
  | { status: "created"; result: PhotogrammetryLookupResult }
  | { status: "found"; found: { id: string; level: PhotogrammetryCacheLevel } }
  | { status: "not_found" }
