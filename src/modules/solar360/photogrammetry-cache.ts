/**
 * SQL and types of the photogrammetry lookup: three cache levels over source analyses
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

/** What a source must be to be served: a completed provider result, live, not deleted. */
const LIVE_SOURCE = `s.cache_hit = false AND s.status = 'completed' AND s.deleted_at IS NULL
  AND s.expires_at > now()`

/**
 * Levels 1 and 2 also match earlier reuse records with the same key and follow them to
 * their source: an address first matched by proximity is then found by its own hash.
 */
const byHashSql = (column: "address_hash" | "coordinates_hash", where = "") => `
SELECT s.id
FROM photogrammetry_analysis r
JOIN photogrammetry_analysis s ON s.id = coalesce(r.cache_source_id, r.id)
WHERE r.${column} = :hash AND r.deleted_at IS NULL AND ${LIVE_SOURCE}${where}
ORDER BY s.created_at DESC
LIMIT 1`

/**
 * Level 1 trusts an address only as far as the request's own point: the source must lie
 * within the proximity box of it. Addresses are whatever a caller typed, so without this
 * anyone could pin another roof to an address (and every later lookup of that address
 * would get it). Bindings as FIND_NEAREST_SQL's box.
 */
export const FIND_BY_ADDRESS_HASH_SQL = byHashSql(
  "address_hash",
  `
  AND s.latitude BETWEEN :lat_min::numeric AND :lat_max::numeric
  AND s.longitude BETWEEN :lon_min::numeric AND :lon_max::numeric`
)
export const FIND_BY_COORDINATES_HASH_SQL = byHashSql("coordinates_hash")

/**
 * Level 3. A box on the (latitude, longitude) btree, bounds bound as numerics so the
 * planner compares numeric to numeric and can use the index; nearest first.
 */
export const FIND_NEAREST_SQL = `
SELECT s.id
FROM photogrammetry_analysis s
WHERE s.latitude BETWEEN :lat_min::numeric AND :lat_max::numeric
  AND s.longitude BETWEEN :lon_min::numeric AND :lon_max::numeric
  AND ${LIVE_SOURCE}
ORDER BY (s.latitude - :lat::numeric) ^ 2 + (s.longitude - :lon::numeric) ^ 2, s.created_at DESC
LIMIT 1`

/** What the provider's "no roof here" is stored as: cached for `negativeCacheTtlHours`. */
export const ROOF_NOT_FOUND_MARK = "roof_not_found"

/** A live negative entry for these coordinates: the provider said no roof, recently. */
export const FIND_NEGATIVE_SQL = `
SELECT id FROM photogrammetry_analysis
WHERE coordinates_hash = :hash AND cache_hit = false AND status = 'failed'
  AND error_message = '${ROOF_NOT_FOUND_MARK}' AND expires_at > now() AND deleted_at IS NULL
LIMIT 1`

export const INCREMENT_TIMES_REUSED_SQL = `
UPDATE photogrammetry_analysis SET times_reused = times_reused + 1, updated_at = now()
WHERE id = :id`

export const DECREMENT_TIMES_REUSED_SQL = `
UPDATE photogrammetry_analysis SET times_reused = greatest(times_reused - 1, 0), updated_at = now()
WHERE id = :id`

/**
 * Taken only inside the short claim transaction (a few statements, never around the provider
 * call): who looks for a source, a negative answer and an in-flight claim of one point, and
 * then inserts the claim, does so alone.
 */
export const LOCK_LOOKUP_SQL = `SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))`

/**
 * The claim of a provider call for a point: a `processing` source row with a lease. It becomes
 * the source (or the negative entry) when the answer is stored, and is deleted on a failure.
 */
export const FIND_ROOF_IN_FLIGHT_SQL = `
SELECT id, lease_expires_at FROM photogrammetry_analysis
WHERE coordinates_hash = :hash AND cache_hit = false AND status = 'processing' AND deleted_at IS NULL
ORDER BY created_at DESC
LIMIT 1`

/** A claim whose lease lapsed (its instance crashed or stalled) is dropped by the next claimer. */
export const DELETE_ROOF_CLAIM_SQL = `
DELETE FROM photogrammetry_analysis WHERE id = :id AND status = 'processing' AND cache_hit = false`

/** What a lookup's shared flight ends with (the claimer's own row, or what it found instead). */
export type RoofFlight =
  | { status: "created"; result: PhotogrammetryLookupResult }
  | { status: "found"; found: { id: string; level: PhotogrammetryCacheLevel } }
  | { status: "not_found" }

export const PHOTOGRAMMETRY_CACHE_STATS_SQL = `
SELECT
  count(*) FILTER (WHERE cache_hit = false AND status = 'completed')::int AS analyses,
  coalesce(sum(times_reused) FILTER (WHERE cache_hit = false), 0)::bigint AS reuses,
  coalesce(sum(cost_usd), 0)::float8 AS provider_cost_usd
FROM photogrammetry_analysis
WHERE deleted_at IS NULL`

// The service takes everything photogrammetry from this one file.
export {
  addressHash,
  coordinatesHash,
  mapBuildingInsights,
  PhotogrammetryErrorCode,
} from "../../lib/photogrammetry"
export { GoogleSolarClient } from "./clients/google-solar"
export { asInvalidData, invalidData } from "./errors"
