/**
 * SQL of the data retention (the `retention` options): which rows of each model are past
 * retention, the chunked delete and the dry-run count, both built from the same predicate so
 * they cannot disagree. Table names and predicates are constants; the cutoff and chunk size
 * are named knex bindings.
 */
import type { RetentionModel } from "../../../../lib/privacy/retention"

/** Key of the advisory lock that keeps two instances from running the retention together. */
export const DATA_RETENTION_LOCK_KEY = "solar360:data-retention"

/** Takes the retention lock for the session (the connection), without waiting. */
export const TRY_DATA_RETENTION_LOCK_SQL = `SELECT pg_try_advisory_lock(hashtext(:key)) AS locked`

export const RELEASE_DATA_RETENTION_LOCK_SQL = `SELECT pg_advisory_unlock(hashtext(:key)) AS released`

// When a lead closed (lib/privacy/retention leadClosedAt): converted_at when converted, else its
// latest status change to its current status, else updated_at. The latest changes come from one
// grouped scan joined in, not a subquery per lead: the only index on lead_status_change.lead_id
// is partial (live rows), so a correlated subquery scanned the whole history once per lead.
const LEAD_WITH_CLOSING = `lead
  LEFT JOIN (
    SELECT lead_id, to_status, max(created_at) AS changed_at
    FROM lead_status_change
    WHERE to_status IN ('converted', 'lost')
    GROUP BY lead_id, to_status
  ) AS closing ON closing.lead_id = lead.id AND closing.to_status = lead.status`

const LEAD_CLOSED_AT = `coalesce(
    CASE WHEN lead.status = 'converted' THEN lead.converted_at END,
    closing.changed_at,
    lead.updated_at
  )`

type RetentionTable = {
  table: RetentionModel
  /** The FROM clause when more than the table (its rows are what is deleted). */
  from?: string
  /** Rows past retention; binding: cutoff. Soft-deleted rows are not excluded. */
  predicate: string
  /** Child rows deleted with each chunk, before it: a statement using the `chunk` CTE. */
  children?: string[]
}

export const RETENTION_TABLES: Record<RetentionModel, RetentionTable> = {
  // BRIN on occurred_at (not partial): the scan stays cheap however large the table.
  event: { table: "event", predicate: `event.occurred_at < :cutoff` },
  // Written as an OR, not coalesce(), so each branch can use its BRIN index.
  catalog_access_log: {
    table: "catalog_access_log",
    predicate: `(catalog_access_log.occurred_at < :cutoff
      OR (catalog_access_log.occurred_at IS NULL AND catalog_access_log.created_at < :cutoff))`,
  },
  rag_query: { table: "rag_query", predicate: `rag_query.created_at < :cutoff` },
  lead: {
    table: "lead",
    from: LEAD_WITH_CLOSING,
    predicate: `lead.status IN ('converted', 'lost') AND ${LEAD_CLOSED_AT} < :cutoff`,
    children: [
      `DELETE FROM lead_status_change USING chunk WHERE lead_status_change.lead_id = chunk.id RETURNING 1`,
      `DELETE FROM lead_consent_change USING chunk WHERE lead_consent_change.lead_id = chunk.id RETURNING 1`,
      `DELETE FROM lead_touch USING chunk WHERE lead_touch.lead_id = chunk.id RETURNING 1`,
      `DELETE FROM lead_note USING chunk WHERE lead_note.lead_id = chunk.id RETURNING 1`,
    ],
  },
  financing_simulation: {
    table: "financing_simulation",
    predicate: `financing_simulation.created_at < :cutoff`,
  },
  solar_viability_analysis: {
    table: "solar_viability_analysis",
    predicate: `solar_viability_analysis.created_at < :cutoff`,
  },
  photogrammetry_analysis: {
    table: "photogrammetry_analysis",
    predicate: `photogrammetry_analysis.created_at < :cutoff`,
  },
}

/** Rows the retention would delete from a model now. Binding: cutoff. */
export function countPastRetentionSql(model: RetentionModel): string {
  const { table, from = table, predicate } = RETENTION_TABLES[model]
  return `SELECT count(*)::integer AS count FROM ${from} WHERE ${predicate}`
}

/**
 * One chunk of a model's delete: up to :limit rows past retention (and their children). The
 * job runs it twice per model, for live rows (`deleted_at IS NULL`, where the partial
 * created_at indexes apply) then soft-deleted ones; together that is the dry run's predicate.
 * SKIP LOCKED: a row being written right now is left for the next run. Bindings: cutoff, limit.
 */
export function deletePastRetentionChunkSql(model: RetentionModel, softDeleted: boolean): string {
  const { table, from = table, predicate, children = [] } = RETENTION_TABLES[model]
  const childSteps = children.map((sql, index) => `, child_${index} AS (${sql})`).join("")
  return `
WITH chunk AS (
  SELECT ${table}.id FROM ${from}
  WHERE ${predicate} AND ${table}.deleted_at IS ${softDeleted ? "NOT NULL" : "NULL"}
  LIMIT :limit
  FOR UPDATE OF ${table} SKIP LOCKED
)${childSteps}, deleted AS (
  DELETE FROM ${table} USING chunk WHERE ${table}.id = chunk.id RETURNING 1
)
SELECT count(*)::integer AS count FROM deleted`
}
