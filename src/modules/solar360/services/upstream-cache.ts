import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import { CacheFailure, fillCacheEntry } from "../cache-fill"
import { cacheKey } from "../../../lib/cache"
import { CACHE_PURGE_CHUNK_SIZE, CACHE_TABLES, cacheKindStats, isCacheTable, toCacheResult } from "../internal/caches"
import type { Solar360Options } from "../options"
import type { UpstreamCacheRepository } from "../repositories/upstream-cache"
import type { CacheFetchOptions, CacheFetchOutcome, CacheKindStats, CacheResult, CacheTable } from "../types/caches"
import type { UpstreamGuardService } from "./upstream-guard"
import { DAY_MS } from "../../../lib/time"

type InjectedDependencies = {
  baseRepository: unknown
  upstreamCacheRepository: UpstreamCacheRepository
  upstreamGuardService: UpstreamGuardService
  solar360Options: Solar360Options
}

/**
 * The external-API caches (ANEEL, pvlib): one cache-through mechanism with single flight in
 * this process and across instances (cache-fill.ts), stale-if-error, purges and stats.
 * SQL in repositories/upstream-cache.ts.
 */
export class UpstreamCacheService {
  protected readonly baseRepository_: unknown
  protected readonly repository_: UpstreamCacheRepository
  protected readonly upstream_: UpstreamGuardService
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.upstreamCacheRepository
    this.upstream_ = cradle.upstreamGuardService
    this.options_ = cradle.solar360Options
  }

  // Misses in flight in this process, by table and key: concurrent callers share one fetch.
  private readonly cacheFlights = new Map<string, Promise<CacheResult<unknown> | CacheFailure>>()

  /**
   * Answers `request` from `table`, calling `fetcher` only on a miss. A fresh entry counts a
   * hit. A miss is fetched once however many callers ask at the same time: within this process
   * they share one promise; across instances the first to claim the key's lease fetches and the
   * others poll until it has stored the answer (see cache-fill.ts). No database connection is
   * held while the upstream is called. Found answers live `ttlMs`, "not found" answers
   * `negativeTtlMs`. When the upstream fails (or exceeds `timeoutMs`, or `upstreamConcurrency`
   * is used up), an entry expired less than `staleIfErrorMs` ago is served with `stale: true`;
   * otherwise a MedusaError `solar360_upstream_timeout` / `solar360_upstream_error` /
   * `solar360_upstream_busy` is thrown (a failure is recorded on the entry either way). Errors
   * other than `UpstreamError` are bugs and propagate untouched.
   */
  @InjectManager()
  async getOrFetch<T>(
    table: CacheTable,
    kind: string,
    request: object,
    fetcher: () => Promise<CacheFetchOutcome<T>>,
    opts: CacheFetchOptions,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheResult<T>> {
    if (!isCacheTable(table)) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Unknown cache table "${String(table)}"`)
    }
    const key = cacheKey(kind, request)
    const now = new Date()
    const fresh = await this.repository_.hit(sharedContext, table, { key, now })
    if (fresh) {
      await this.repository_.countDaily(sharedContext, table, kind, now, { hits: 1 })
      return toCacheResult<T>(fresh, true, false)
    }
    const flightKey = `${table}:${key}`
    let flight = this.cacheFlights.get(flightKey)
    if (!flight) {
      flight = this.fillCacheEntry(table, kind, key, request, fetcher, opts, sharedContext).finally(() =>
        this.cacheFlights.delete(flightKey)
      )
      this.cacheFlights.set(flightKey, flight)
    }
    const outcome = await flight
    if ("failure" in outcome) {
      // Every caller sharing the flight logs it: one line per failed request.
      this.upstream_.log.warn(`solar360 ${outcome.failure} (${table}, ${kind}): ${outcome.detail}`)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, outcome.message, outcome.failure)
    }
    return outcome as CacheResult<T>
  }

  /** The cross-instance miss path (cache-fill.ts), without the in-process sharing above. */
  // No transaction on purpose: each statement commits alone, none is open during the fetch.
  @InjectManager()
  async fillCacheEntry<T>(
    table: CacheTable,
    kind: string,
    key: string,
    request: object,
    fetcher: () => Promise<CacheFetchOutcome<T>>,
    opts: CacheFetchOptions,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheResult<T> | CacheFailure> {
    return fillCacheEntry(
      {
        // Never the caller's transaction: the point is to hold no connection while fetching.
        context: { manager: sharedContext.manager ?? sharedContext.transactionManager },
        repository: this.repository_,
        slots: this.upstream_.slots,
        upstreamTimeoutMs: this.options_.upstreamTimeoutMs,
      },
      table,
      kind,
      key,
      request,
      fetcher,
      opts
    )
  }

  /**
   * Deletes (hard) the entries of both caches that expired more than `cachePurgeGraceDays`
   * before `now` (kept until then for stale-if-error), in statements of 5000 rows.
   */
  @InjectManager()
  async purgeExpiredCacheEntries(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ deleted: number; by_table: Record<CacheTable, number> }> {
    const cutoff = new Date(now.getTime() - this.options_.cachePurgeGraceDays * DAY_MS)
    const byTable = {} as Record<CacheTable, number>
    for (const table of CACHE_TABLES) {
      byTable[table] = await this.deleteCacheChunks((limit) =>
        this.repository_.purgeExpiredChunk(sharedContext, table, { cutoff, limit })
      )
    }
    return { deleted: byTable.aneel_cache + byTable.pvlib_cache, by_table: byTable }
  }

  /** Empties one cache (or one kind of entries in it), e.g. after an upstream fixed its data. */
  @InjectManager()
  async purgeCache(
    table: CacheTable,
    kind?: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ deleted: number }> {
    if (!isCacheTable(table)) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Unknown cache table "${String(table)}"`)
    }
    const deleted = await this.deleteCacheChunks((limit) =>
      this.repository_.purgeKindChunk(sharedContext, table, { kind: kind ?? null, limit })
    )
    return { deleted }
  }

  /** Per table and kind: entries (live, expired, negative), hits, upstream calls and errors. */
  @InjectManager()
  async getCacheStats(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CacheKindStats[]> {
    const stats: CacheKindStats[] = []
    for (const table of CACHE_TABLES) {
      const rows = await this.repository_.stats(sharedContext, table, now)
      stats.push(...rows.map((row) => cacheKindStats(table, row)))
    }
    return stats
  }

  /** Runs a chunked delete statement until a chunk comes back short; returns the rows deleted. */
  private async deleteCacheChunks(chunk: (limit: number) => Promise<number>): Promise<number> {
    let deleted = 0
    for (;;) {
      const count = await chunk(CACHE_PURGE_CHUNK_SIZE)
      deleted += count
      if (count < CACHE_PURGE_CHUNK_SIZE) {
        return deleted
      }
    }
  }
}
