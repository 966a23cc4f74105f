import { Context } from "@medusajs/framework/types"
import type { SqlRunner } from "./sql-runner"

/** Serialises the writers of one key (a normalised e-mail or phone, a lead, a touch) until commit. */
const LOCK_KEY_SQL = "SELECT pg_advisory_xact_lock(hashtext(:key))"

/** The lead pipeline's SQL: advisory locks of the capture and consent transactions, funnel reads. */
export class LeadPipelineRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** Inside the caller's transaction. Sorted, so two requests locking the same pair never wait on each other crosswise. */
  async lockKeys(context: Context, keys: string[]): Promise<void> {
    for (const key of [...new Set(keys)].sort()) {
      await this.sql_.rows(context, LOCK_KEY_SQL, { key })
    }
  }

  /** The funnel report's grouped reads are built with knex's query builder (bound values only). */
  knex(context: Context): any {
    return this.sql_.knex(context)
  }
}
