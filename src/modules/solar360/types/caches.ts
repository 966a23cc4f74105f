import type { ResidentialTariff, TariffClassification } from "../../../lib/aneel"
import type { BuiltinYieldEstimate, normalisePvlibRequest, PvlibYieldResponse } from "../clients/pvlib"

export type AneelCacheInfo = { hit: boolean; stale: boolean; fetched_at: Date; expires_at: Date }

export type AneelTariff = ResidentialTariff & {
  classification: TariffClassification
  source: "aneel"
  taxes_included: false
  cache: AneelCacheInfo
}

export type PvlibYieldResult =
  | (BuiltinYieldEstimate & { cache: null })
  | (PvlibYieldResponse & {
      source: "pvlib"
      request: ReturnType<typeof normalisePvlibRequest>
      cache: { hit: boolean; stale: boolean; fetched_at: Date; expires_at: Date }
    })

export type CacheTable = "aneel_cache" | "pvlib_cache"

export type CacheFetchOutcome<T> =
  | { found: true; value: T; source_url?: string | null }
  | { found: false; source_url?: string | null }

export type CacheFetchOptions = {
  /** Life of a found answer. */
  ttlMs: number
  /** How long past expiry an entry may still be served when the upstream fails. */
  staleIfErrorMs: number
  /** Life of a "not found" answer. */
  negativeTtlMs: number
  /** Deadline of the fetcher (defaults to the `upstreamTimeoutMs` option). */
  timeoutMs?: number
}

export type CacheResult<T> = {
  value: T | null
  found: boolean
  /** Answered from the cache without calling the upstream. */
  hit: boolean
  /** An expired entry served because the upstream failed (stale-if-error). */
  stale: boolean
  fetched_at: Date
  expires_at: Date
  cache_key: string
}

export type CacheRow = {
  id: string
  cache_key: string
  response: unknown
  is_negative: boolean
  fetched_at: Date
  expires_at: Date
}

export type CacheKindStats = {
  table: CacheTable
  kind: string | null
  entries: number
  live: number
  expired: number
  negative: number
  hits: number
  upstream_calls: number
  /** hits / (hits + upstream_calls); null before any lookup. */
  hit_rate: number | null
  stale_serves: number
  upstream_errors: number
  avg_fetch_duration_ms: number | null
}
