import { Context } from "@medusajs/framework/types"
import type { CacheRow, CacheTable } from "../types/caches"
import type { SqlRunner } from "./sql-runner"
import { CACHE_SQL } from "./sql/caches"

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

  async stats(context: Context, table: CacheTable, now: Date): Promise<Record<string, any>[]> {
    return this.sql_.rows(context, CACHE_SQL[table].stats, { now })
  }
}
