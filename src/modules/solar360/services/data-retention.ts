import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { emptyRetentionCounts, retentionCutoffs, retentionRules } from "../../../lib/privacy/retention"
import type { RetentionModel } from "../../../lib/privacy/retention"
import type { Solar360Options } from "../options"
import type { DataRetentionRepository } from "../repositories/data-retention"
import type { HelioRepository } from "../repositories/helio"
import type { DataRetentionResult } from "../types/data-subjects"
import { DAY_MS } from "../../../lib/time"

type InjectedDependencies = {
  baseRepository: unknown
  dataRetentionRepository: DataRetentionRepository
  helioRepository: HelioRepository
  solar360Options: Solar360Options
}

/**
 * Data retention (LGPD): rows past the `retention` options deleted, model by model, in short
 * transactions, under a session advisory lock taken without waiting. SQL in repositories/data-retention.ts.
 */
export class DataRetentionService {
  protected readonly baseRepository_: unknown
  protected readonly repository_: DataRetentionRepository
  protected readonly helio_: HelioRepository
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.dataRetentionRepository
    this.helio_ = cradle.helioRepository
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
      result.counts = (await this.countPastRetention(now, sharedContext)).counts
      const pending = await this.helio_.retentionPending(sharedContext, {
        now,
        cutoff: new Date(now.getTime() - this.options_.helio.contentRetentionDays * DAY_MS),
        days: this.options_.helio.conversationRetentionDays,
      })
      result.helio_pending = pending
      return result
    }
    const limit = this.options_.retention.chunkSize
    const ran = await this.repository_.withSessionLock(sharedContext, async () => {
      for (const { model, cutoff } of rules) {
        if (!cutoff) {
          continue
        }
        // Live rows first, then soft-deleted ones (the created_at indexes cover both).
        for (const softDeleted of [false, true]) {
          for (;;) {
            const started = performance.now()
            const count = await this.deletePastRetentionChunk_(model, softDeleted, { cutoff, limit }, sharedContext)
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

  /**
   * What a retention run at `now` would delete, per model (the dry run's counts, without the
   * Helio figures): the cutoffs and the rows past them, soft-deleted ones included.
   */
  @InjectManager()
  async countPastRetention(
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Pick<DataRetentionResult, "cutoffs" | "counts">> {
    const rules = retentionRules(this.options_.retention, now)
    const counts = emptyRetentionCounts()
    for (const { model, cutoff } of rules) {
      if (cutoff) {
        counts[model] = await this.repository_.countPastRetention(sharedContext, model, cutoff)
      }
    }
    return { cutoffs: retentionCutoffs(rules), counts }
  }

  /** One chunk of the data retention, in its own transaction; the rows deleted. */
  @InjectTransactionManager()
  protected async deletePastRetentionChunk_(
    model: RetentionModel,
    softDeleted: boolean,
    bindings: { cutoff: Date; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return this.repository_.deletePastRetentionChunk(sharedContext, model, softDeleted, bindings)
  }
}
