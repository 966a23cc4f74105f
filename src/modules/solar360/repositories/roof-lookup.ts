import { Context } from "@medusajs/framework/types"
import { ROOF_NOT_FOUND_MARK } from "../types/photogrammetry"
import type { SqlRunner } from "./sql-runner"

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

/** A live negative entry for these coordinates: the provider said no roof, recently. */
const FIND_NEGATIVE_SQL = `
SELECT id FROM photogrammetry_analysis
WHERE coordinates_hash = :hash AND cache_hit = false AND status = 'failed'
  AND error_message = '${ROOF_NOT_FOUND_MARK}' AND expires_at > now() AND deleted_at IS NULL
LIMIT 1`

const INCREMENT_TIMES_REUSED_SQL = `
UPDATE photogrammetry_analysis SET times_reused = times_reused + 1, updated_at = now()
WHERE id = :id`

const DECREMENT_TIMES_REUSED_SQL = `
UPDATE photogrammetry_analysis SET times_reused = greatest(times_reused - 1, 0), updated_at = now()
WHERE id = :id`

/**
 * Taken only inside the short claim transaction (a few statements, never around the provider
 * call): who looks for a source, a negative answer and an in-flight claim of one point, and
 * then inserts the claim, does so alone.
 */
const LOCK_LOOKUP_SQL = `SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))`

/**
 * The claim of a provider call for a point: a `processing` source row with a lease. It becomes
 * the source (or the negative entry) when the answer is stored, and is deleted on a failure.
 */
const FIND_ROOF_IN_FLIGHT_SQL = `
SELECT id, lease_expires_at FROM photogrammetry_analysis
WHERE coordinates_hash = :hash AND cache_hit = false AND status = 'processing' AND deleted_at IS NULL
ORDER BY created_at DESC
LIMIT 1`

/** A claim whose lease lapsed (its instance crashed or stalled) is dropped by the next claimer. */
const DELETE_ROOF_CLAIM_SQL = `
DELETE FROM photogrammetry_analysis WHERE id = :id AND status = 'processing' AND cache_hit = false`

const PHOTOGRAMMETRY_CACHE_STATS_SQL = `
SELECT
  count(*) FILTER (WHERE cache_hit = false AND status = 'completed')::int AS analyses,
  coalesce(sum(times_reused) FILTER (WHERE cache_hit = false), 0)::bigint AS reuses,
  coalesce(sum(cost_usd), 0)::float8 AS provider_cost_usd
FROM photogrammetry_analysis
WHERE deleted_at IS NULL`

/**
 * Counts one call if the day's count is still below `max_calls`; a row back means reserved.
 * One atomic statement (insert, or update guarded by the count), in its own autocommit: the
 * count must hold even if the lookup's transaction rolls back (the call was paid for).
 */
const RESERVE_UPSTREAM_CALL_SQL = `
INSERT INTO solar360_upstream_spend (id, provider, day, calls)
VALUES (:id, :provider, :day, 1)
ON CONFLICT (provider, day) WHERE deleted_at IS NULL
DO UPDATE SET calls = solar360_upstream_spend.calls + 1, updated_at = now()
  WHERE solar360_upstream_spend.calls < :max_calls
RETURNING calls`


type Box = { lat_min: number; lat_max: number; lon_min: number; lon_max: number }

// The three level queries are exported for bench/cache-measure.ts (EXPLAIN of the real SQL);
// a string export is never registered by Medusa's loader (it takes classes only).

/** The roof lookup's SQL (three cache levels, single-flight claims, reuse counts, the daily spend cap). */
export class RoofLookupRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  async findByAddressHash(context: Context, hash: string, box: Box): Promise<string | null> {
    return (await this.sql_.first<{ id: string }>(context, FIND_BY_ADDRESS_HASH_SQL, { hash, ...box }))?.id ?? null
  }

  async findByCoordinatesHash(context: Context, hash: string): Promise<string | null> {
    return (await this.sql_.first<{ id: string }>(context, FIND_BY_COORDINATES_HASH_SQL, { hash }))?.id ?? null
  }

  async findNearest(context: Context, point: { lat: number; lon: number }, box: Box): Promise<string | null> {
    return (await this.sql_.first<{ id: string }>(context, FIND_NEAREST_SQL, { ...point, ...box }))?.id ?? null
  }

  async findNegative(context: Context, hash: string): Promise<boolean> {
    return Boolean(await this.sql_.first(context, FIND_NEGATIVE_SQL, { hash }))
  }

  async lockPoint(context: Context, key: string): Promise<void> {
    await this.sql_.rows(context, LOCK_LOOKUP_SQL, { key })
  }

  async findInFlight(context: Context, hash: string): Promise<{ id: string; lease_expires_at: Date | null } | undefined> {
    return this.sql_.first(context, FIND_ROOF_IN_FLIGHT_SQL, { hash })
  }

  async deleteClaim(context: Context, id: string): Promise<void> {
    await this.sql_.rows(context, DELETE_ROOF_CLAIM_SQL, { id })
  }

  async countReuse(context: Context, id: string, by: 1 | -1): Promise<void> {
    await this.sql_.rows(context, by === 1 ? INCREMENT_TIMES_REUSED_SQL : DECREMENT_TIMES_REUSED_SQL, { id })
  }

  async stats(context: Context): Promise<{ analyses: number; reuses: number; provider_cost_usd: number }> {
    const row = (await this.sql_.first(context, PHOTOGRAMMETRY_CACHE_STATS_SQL))!
    return {
      analyses: Number(row.analyses),
      reuses: Number(row.reuses),
      provider_cost_usd: Number(row.provider_cost_usd),
    }
  }

  /** True when the call was counted (the day's cap not reached); in its own autocommit. */
  async reserveUpstreamCall(
    context: Context,
    input: { id: string; provider: string; day: string; max_calls: number }
  ): Promise<boolean> {
    return (await this.sql_.rowsOutsideTransaction(context, RESERVE_UPSTREAM_CALL_SQL, input)).length > 0
  }
}
