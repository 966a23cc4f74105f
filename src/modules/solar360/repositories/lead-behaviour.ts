import { Context } from "@medusajs/framework/types"
import type { LeadBehaviour } from "../../../lib/leads"
import type { SqlRunner } from "./sql-runner"

// Open leads with activity (events, simulations, analyses) stored after `since` under one of
// their keys, newer than their last behaviour count. Driven from the recent rows (created_at
// BRIN/btree indexes), then one equality join per key on the lead's indexed columns; LIMIT
// bounds a run, and the leads left over are found by the next run (their count is older).
const CHANGED_LEADS_SQL = `
WITH activity AS (
  SELECT anonymous_id AS anon, customer_id AS cus, CAST(NULL AS text) AS sess, created_at
    FROM event WHERE created_at > :since AND (anonymous_id IS NOT NULL OR customer_id IS NOT NULL)
  UNION ALL SELECT CAST(NULL AS text), customer_id, session_id, created_at
    FROM financing_simulation WHERE created_at > :since AND deleted_at IS NULL
  UNION ALL SELECT CAST(NULL AS text), customer_id, session_id, created_at
    FROM solar_viability_analysis WHERE created_at > :since AND deleted_at IS NULL
  UNION ALL SELECT CAST(NULL AS text), customer_id, CAST(NULL AS text), created_at
    FROM photogrammetry_analysis WHERE created_at > :since AND deleted_at IS NULL
), touched AS (
  SELECT l.id, l.score_breakdown, a.at FROM (
    SELECT anon, max(created_at) AS at FROM activity WHERE anon IS NOT NULL GROUP BY anon
  ) a JOIN lead l ON l.anonymous_id = a.anon
  UNION ALL
  SELECT l.id, l.score_breakdown, a.at FROM (
    SELECT cus, max(created_at) AS at FROM activity WHERE cus IS NOT NULL GROUP BY cus
  ) a JOIN lead l ON l.customer_id = a.cus
  UNION ALL
  SELECT l.id, l.score_breakdown, a.at FROM (
    SELECT sess, max(created_at) AS at FROM activity WHERE sess IS NOT NULL GROUP BY sess
  ) a JOIN lead l ON l.session_id = a.sess
)
SELECT t.id FROM touched t JOIN lead l ON l.id = t.id
WHERE l.deleted_at IS NULL AND l.status = ANY(:statuses)
GROUP BY t.id
HAVING max(t.at) > COALESCE(CAST(max(l.score_breakdown->>'behaviour_at') AS timestamptz), '-infinity')
ORDER BY t.id
LIMIT :limit`

// Counted over a bounded window each: the score saturates long before these caps.
const BEHAVIOUR_SQL = `
SELECT
  (SELECT count(DISTINCT s.session_id) FROM (
     SELECT session_id FROM event
      WHERE (anonymous_id = :anonymous_id OR customer_id = :customer_id) AND session_id IS NOT NULL
      ORDER BY occurred_at DESC LIMIT :event_cap) s) AS sessions,
  (SELECT count(*) FROM (
     SELECT 1 FROM financing_simulation
      WHERE deleted_at IS NULL AND (customer_id = :customer_id OR session_id = :session_id) LIMIT :row_cap) f)
  + (SELECT count(*) FROM (
     SELECT 1 FROM solar_viability_analysis
      WHERE deleted_at IS NULL AND (customer_id = :customer_id OR session_id = :session_id) LIMIT :row_cap) v) AS simulations,
  (SELECT count(*) FROM (
     SELECT 1 FROM photogrammetry_analysis
      WHERE deleted_at IS NULL AND customer_id = :customer_id LIMIT :row_cap) p) AS roof_lookups`

export const BEHAVIOUR_EVENT_CAP = 5000
export const BEHAVIOUR_ROW_CAP = 100

/** The behaviour job's SQL (services/lead-behaviour.ts). */
export class LeadBehaviourRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  async changedLeadIds(context: Context, since: Date, statuses: readonly string[], limit: number): Promise<string[]> {
    const rows = await this.sql_.rows<{ id: string }>(context, CHANGED_LEADS_SQL, {
      since,
      statuses: [...statuses],
      limit,
    })
    return rows.map((row) => row.id)
  }

  async countBehaviour(
    context: Context,
    keys: { anonymous_id: string | null; session_id: string | null; customer_id: string | null }
  ): Promise<LeadBehaviour> {
    const row = await this.sql_.first<Record<string, unknown>>(context, BEHAVIOUR_SQL, {
      ...keys,
      event_cap: BEHAVIOUR_EVENT_CAP,
      row_cap: BEHAVIOUR_ROW_CAP,
    })
    return {
      sessions: Number(row?.sessions ?? 0),
      simulations: Number(row?.simulations ?? 0),
      roof_lookups: Number(row?.roof_lookups ?? 0),
    }
  }
}
