import { Context } from "@medusajs/framework/types"
import type { SqlRunner } from "./sql-runner"
import { textArray } from "./sql/data-subjects"

/** The child tables of a lead a merge moves to the survivor (every one has `lead_id`). */
export const LEAD_CHILD_TABLES = ["lead_touch", "lead_status_change", "lead_consent_change", "lead_note"] as const
export type LeadChildTable = (typeof LEAD_CHILD_TABLES)[number]

// Table names come from the constant list above (never input): bound as identifiers (`:table:`).
const MOVE_CHILDREN_SQL = `
UPDATE :table: SET lead_id = :to, updated_at = now() WHERE lead_id = :from RETURNING id`

const DELETE_CHILDREN_SQL = `DELETE FROM :table: WHERE lead_id = ANY(:ids::text[])`

const MOVE_BACK_SQL = `
UPDATE :table: SET lead_id = :to, updated_at = now() WHERE id = ANY(:ids::text[])`

/** Serialises the round-robin turn: two leads created together never get the same "next" user. */
const LOCK_ASSIGNMENT_SQL = "SELECT pg_advisory_xact_lock(hashtext('solar360:lead-assignment'))"

/** The user of the rule who got the most recent lead (round-robin continues after them). */
const LAST_ASSIGNED_SQL = `
SELECT assigned_to FROM lead
WHERE assigned_to = ANY(:users::text[]) AND deleted_at IS NULL
ORDER BY created_at DESC, id DESC LIMIT 1`

/** The admin workspace's SQL: a merge's moves of child rows, the assignment turn. */
export class LeadWorkspaceRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** Re-points every row of `table` from one lead to another; the ids moved. */
  async moveChildren(context: Context, table: LeadChildTable, from: string, to: string): Promise<string[]> {
    const rows = await this.sql_.rows<{ id: string }>(context, MOVE_CHILDREN_SQL, { table, from, to })
    return rows.map((row) => row.id)
  }

  /** Compensation of moveChildren: the given rows point at `to` again. */
  async moveBack(context: Context, table: LeadChildTable, ids: string[], to: string): Promise<void> {
    if (ids.length) {
      await this.sql_.rows(context, MOVE_BACK_SQL, { table, ids: textArray(ids), to })
    }
  }

  /** Deletes every row of `table` belonging to the given leads (an undone import's new leads). */
  async deleteChildren(context: Context, table: LeadChildTable, leadIds: string[]): Promise<void> {
    await this.sql_.rows(context, DELETE_CHILDREN_SQL, { table, ids: textArray(leadIds) })
  }

  async lockAssignment(context: Context): Promise<void> {
    await this.sql_.rows(context, LOCK_ASSIGNMENT_SQL)
  }

  async lastAssigned(context: Context, users: string[]): Promise<string | null> {
    const row = await this.sql_.first<{ assigned_to: string }>(context, LAST_ASSIGNED_SQL, { users: textArray(users) })
    return row?.assigned_to ?? null
  }
}
