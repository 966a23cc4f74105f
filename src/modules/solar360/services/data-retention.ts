import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { emptyRetentionCounts, retentionCutoffs, retentionRules } from "../../../lib/privacy/retention"
import {
  countPastRetentionSql,
  DATA_RETENTION_LOCK_KEY,
  DataRetentionResult,
  deletePastRetentionChunkSql,
  RELEASE_DATA_RETENTION_LOCK_SQL,
  TRY_DATA_RETENTION_LOCK_SQL,
} from "../data-retention"
import { HELIO_RETENTION_PENDING_SQL, HelioRetentionPending } from "../helio-maintenance"
import type { Solar360Options } from "../options"
import type { SqlRunner } from "../repositories/sql-runner"
import { DAY_MS } from "../../../lib/time"

type InjectedDependencies = {
  baseRepository: unknown
  sqlRunner: SqlRunner
  solar360Options: Solar360Options
}

/**
 * Data retention (LGPD): rows past the `retention` options deleted, model by model, in short
 * transactions, under a session advisory lock taken without waiting. SQL in data-retention.ts.
 */
export class DataRetentionService {
  protected readonly baseRepository_: unknown
  protected readonly sql_: SqlRunner
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.sql_ = cradle.sqlRunner
    this.options_ = cradle.solar360Options
  }

  /**
   * Deletes every row past its model's retention at `now` (rules in lib/privacy/retention;
   * soft-deleted rows too, a lead's status history with it), model by model, in transactions
   * of `retention.chunkSize` rows so no lock is held long. The whole run holds a session
   * advisory lock taken without waiting: when another instance holds it, nothing is done and
   * `locked_out` is true. With `dryRun`, counts exactly what a run at the same `now` would
   * delete and deletes nothing, and adds what the hourly Helio retention (kept a job of its
   * own) would change (`helio_pending`). Idempotent: a second run at the same `now` deletes
   * nothing.
   */
  @InjectManager()
  async applyDataRetention(
    input: { now?: Date; dryRun?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DataRetentionResult> {
    const now = input.now ?? new Date()
    const rules = retentionRules(this.options_.retention, now)
    const result: DataRetentionResult = {
      dry_run: Boolean(input.dryRun),
      now: now.toISOString(),
      cutoffs: retentionCutoffs(rules),
      counts: emptyRetentionCounts(),
      chunks: 0,
      longest_chunk_ms: 0,
      locked_out: false,
    }
    if (input.dryRun) {
      for (const { model, cutoff } of rules) {
        if (cutoff) {
          const [{ count }] = await this.sql_.rows<{ count: number }>(sharedContext, countPastRetentionSql(model), { cutoff })
          result.counts[model] = Number(count)
        }
      }
      const [pending] = await this.sql_.rows<HelioRetentionPending>(sharedContext, HELIO_RETENTION_PENDING_SQL, {
        now,
        cutoff: new Date(now.getTime() - this.options_.helio.contentRetentionDays * DAY_MS),
        days: this.options_.helio.conversationRetentionDays,
      })
      result.helio_pending = pending
      return result
    }
    const limit = this.options_.retention.chunkSize
    const ran = await this.withDataRetentionLock(sharedContext, async () => {
      for (const { model, cutoff } of rules) {
        if (!cutoff) {
          continue
        }
        // Live rows first (the partial created_at indexes apply), then soft-deleted ones.
        for (const softDeleted of [false, true]) {
          const sql = deletePastRetentionChunkSql(model, softDeleted)
          for (;;) {
            const started = performance.now()
            const count = await this.deletePastRetentionChunk_(sql, { cutoff, limit }, sharedContext)
            result.longest_chunk_ms = Math.max(result.longest_chunk_ms, performance.now() - started)
            result.chunks += 1
            result.counts[model] += count
            // Fewer than a chunk: nothing left (or only rows locked by a writer, left for the next run).
            if (count < limit) {
              break
            }
          }
        }
      }
    })
    result.locked_out = !ran
    result.longest_chunk_ms = Math.round(result.longest_chunk_ms * 10) / 10
    return result
  }

  /** One chunk of the data retention, in its own transaction; the rows deleted. */
  @InjectTransactionManager()
  protected async deletePastRetentionChunk_(
    sql: string,
    bindings: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const [{ count }] = await this.sql_.rows<{ count: number }>(sharedContext, sql, bindings)
    return Number(count)
  }

  /**
   * Runs `work` holding the data retention's advisory lock on a connection of its own (a
   * session lock: the chunks commit on other connections meanwhile). False, without running
   * it, when another instance holds the lock. A crashed instance's lock goes with its
   * connection.
   */
  private async withDataRetentionLock(sharedContext: Context, work: () => Promise<void>): Promise<boolean> {
    const knex = this.sql_.knex(sharedContext)
    const connection = await knex.client.acquireConnection()
    try {
      const {
        rows: [{ locked }],
      } = await knex.raw(TRY_DATA_RETENTION_LOCK_SQL, { key: DATA_RETENTION_LOCK_KEY }).connection(connection)
      if (!locked) {
        return false
      }
      try {
        await work()
      } finally {
        await knex.raw(RELEASE_DATA_RETENTION_LOCK_SQL, { key: DATA_RETENTION_LOCK_KEY }).connection(connection)
      }
      return true
    } finally {
      await knex.client.releaseConnection(connection)
    }
  }
}
