import { Context } from "@medusajs/framework/types"
import type { RetentionModel } from "../../../lib/privacy/retention"
import type { SqlRunner } from "./sql-runner"
import {
  countPastRetentionSql,
  DATA_RETENTION_LOCK_KEY,
  deletePastRetentionChunkSql,
  RELEASE_DATA_RETENTION_LOCK_SQL,
  TRY_DATA_RETENTION_LOCK_SQL,
} from "./sql/data-retention"

/**
 * The data retention's SQL (statements in sql/data-retention.ts): the dry-run count, the
 * chunked delete, and the session advisory lock that keeps two instances apart.
 */
export class DataRetentionRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** Rows of a model past retention now. */
  async countPastRetention(context: Context, model: RetentionModel, cutoff: Date): Promise<number> {
    return Number((await this.sql_.first<{ count: number }>(context, countPastRetentionSql(model), { cutoff }))!.count)
  }

  /** One chunk of a model's delete (live or soft-deleted rows), in the caller's transaction; the rows deleted. */
  async deletePastRetentionChunk(
    context: Context,
    model: RetentionModel,
    softDeleted: boolean,
    bindings: { cutoff: Date; limit: number }
  ): Promise<number> {
    const sql = deletePastRetentionChunkSql(model, softDeleted)
    return Number((await this.sql_.first<{ count: number }>(context, sql, bindings))!.count)
  }

  /**
   * Runs `work` holding the retention's advisory lock on a connection of its own (a session
   * lock: the chunks commit on other connections meanwhile). False, without running it, when
   * another instance holds the lock. A crashed instance's lock goes with its connection.
   */
  async withSessionLock(context: Context, work: () => Promise<void>): Promise<boolean> {
    const knex = this.sql_.knex(context)
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
