import { Context } from "@medusajs/framework/types"
import type { CacheRow, CacheTable } from "../types/caches"
import type { SqlRunner } from "./sql-runner"
import { CACHE_SQL } from "./sql/caches"
import { generateIds } from "../../../lib/ids/ulid"

const COUNT_DAILY_SQL = `
  INSERT INTO upstream_cache_daily_stat AS stat (
    id, cache_table, kind, day, hits, upstream_calls, stale_serves, upstream_errors, created_at, updated_at
  ) VALUES (:id, :table, :kind, :day, :hits, :upstream_calls, :stale_serves, :upstream_errors, :now, :now)
  ON CONFLICT (cache_table, kind, day) WHERE deleted_at IS NULL DO UPDATE SET
    hits = stat.hits + excluded.hits,
    upstream_calls = stat.upstream_calls + excluded.upstream_calls,
    stale_serves = stat.stale_serves + excluded.stale_serves,
    upstream_errors = stat.upstream_errors + excluded.upstream_errors,
    updated_at = excluded.updated_at`

/**
 * The SQL of the ANEEL and pvlib caches (statements in sql/caches.ts, one set per table). The
 * fill path runs each statement in its own autocommit: its context carries a manager outside
 * any transaction, so no connection is held while the upstream is called.
 */
export class UpstreamCacheRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** A fresh entry, counted as a hit; undefined when missing or expired. */
  async hit(context: Context, table: CacheTable, bindings: { key: string; now: Date }): Promise<CacheRow | undefined> {
    return this.sql_.first<CacheRow>(context, CACHE_SQL[table].hit, bindings)
  }

  /** The stored answer (fresh or expired), never a placeholder. */
  async find(context: Context, table: CacheTable, key: string): Promise<CacheRow | undefined> {
    return this.sql_.first<CacheRow>(context, CACHE_SQL[table].find, { key })
  }

  /** Takes the key's lease; undefined when the entry is fresh or leased by someone else. */
  async claim(
    context: Context,
    table: CacheTable,
    bindings: { id: string; key: string; kind: string; request: string; now: Date; owner: string; lease_until: Date }
  ): Promise<{ id: string; status: string } | undefined> {
    return this.sql_.first(context, CACHE_SQL[table].claim, bindings)
  }

  /** Gives a lease back after a failure: a placeholder goes, a stale entry stays. */
  async release(context: Context, table: CacheTable, lease: { id: string; owner: string }): Promise<void> {
    await this.sql_.rows(context, CACHE_SQL[table].releasePending, lease)
    await this.sql_.rows(context, CACHE_SQL[table].release, lease)
  }

  async upsert(context: Context, table: CacheTable, bindings: Record<string, unknown>): Promise<CacheRow> {
    return (await this.sql_.first<CacheRow>(context, CACHE_SQL[table].upsert, bindings))!
  }

  async recordError(
    context: Context,
    table: CacheTable,
    bindings: { id: string; served: boolean; error: string; now: Date }
  ): Promise<void> {
    await this.sql_.rows(context, CACHE_SQL[table].recordError, bindings)
  }

  /** One chunk of the expired-entries purge; the rows deleted. */
  async purgeExpiredChunk(context: Context, table: CacheTable, bindings: { cutoff: Date; limit: number }): Promise<number> {
    return Number((await this.sql_.first<{ count: number }>(context, CACHE_SQL[table].purgeExpired, bindings))!.count)
  }

  /** One chunk of a purge of the table (or one kind in it); the rows deleted. */
  async purgeKindChunk(context: Context, table: CacheTable, bindings: { kind: string | null; limit: number }): Promise<number> {
    return Number((await this.sql_.first<{ count: number }>(context, CACHE_SQL[table].purgeKind, bindings))!.count)
  }

  /**
   * Adds to the day's counters of (table, kind) (UTC day of `now`): the history the caches
   * dashboard reads. Its own autocommit statement, so a caller's rollback keeps what happened.
   */
  async countDaily(
    context: Context,
    table: CacheTable,
    kind: string | null,
    now: Date,
    counts: Partial<Record<"hits" | "upstream_calls" | "stale_serves" | "upstream_errors", number>>
  ): Promise<void> {
    await this.sql_.rowsOutsideTransaction(context, COUNT_DAILY_SQL, {
      id: generateIds("ucds", 1, now.getTime())[0],
      table,
      kind: kind ?? "",
      day: now.toISOString().slice(0, 10),
      now,
      hits: counts.hits ?? 0,
      upstream_calls: counts.upstream_calls ?? 0,
      stale_serves: counts.stale_serves ?? 0,
      upstream_errors: counts.upstream_errors ?? 0,
    })
  }

  async stats(context: Context, table: CacheTable, now: Date): Promise<Record<string, any>[]> {
    return this.sql_.rows(context, CACHE_SQL[table].stats, { now })
  }
}
