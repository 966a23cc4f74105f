/**
 * The fixed list of upstream cache tables and the pure helpers around their rows (no SQL: the
 * statements are in repositories/sql/caches.ts).
 */
import type { CacheKindStats, CacheResult, CacheRow, CacheTable } from "../types/caches"

export const CACHE_TABLES = ["aneel_cache", "pvlib_cache"] as const

/** Id prefixes, as on the models (`model.id({ prefix })`). */
export const CACHE_ID_PREFIX: Record<CacheTable, string> = {
  aneel_cache: "anc",
  pvlib_cache: "pvc",
}

/** Rows deleted per statement by the purges (short locks, bounded WAL per statement). */
export const CACHE_PURGE_CHUNK_SIZE = 5000

export function isCacheTable(value: unknown): value is CacheTable {
  return (CACHE_TABLES as readonly unknown[]).includes(value)
}

/** Which `upstreamConcurrency` bound a table's misses count against. */
export const CACHE_UPSTREAM_KIND: Record<CacheTable, "aneel" | "pvlib"> = {
  aneel_cache: "aneel",
  pvlib_cache: "pvlib",
}

export function cacheKindStats(table: CacheTable, row: Record<string, any>): CacheKindStats {
  const hits = Number(row.hits)
  const upstreamCalls = Number(row.upstream_calls)
  return {
    table,
    kind: row.kind ?? null,
    entries: Number(row.entries),
    live: Number(row.live),
    expired: Number(row.expired),
    negative: Number(row.negative),
    hits,
    upstream_calls: upstreamCalls,
    hit_rate: hits + upstreamCalls > 0 ? hits / (hits + upstreamCalls) : null,
    stale_serves: Number(row.stale_serves),
    upstream_errors: Number(row.upstream_errors),
    avg_fetch_duration_ms:
      row.avg_fetch_duration_ms === null || row.avg_fetch_duration_ms === undefined
        ? null
        : Math.round(Number(row.avg_fetch_duration_ms)),
  }
}

export function toCacheResult<T>(row: CacheRow, hit: boolean, stale: boolean): CacheResult<T> {
  return {
    value: row.is_negative ? null : ((row.response as T) ?? null),
    found: !row.is_negative,
    hit,
    stale,
    fetched_at: new Date(row.fetched_at),
    expires_at: new Date(row.expires_at),
    cache_key: row.cache_key,
  }
}
