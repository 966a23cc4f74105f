import { Context } from "@medusajs/framework/types"
import {
  anonymiseSql,
  CUSTOMER_BROWSER_IDS_SQL,
  deleteSql,
  MATCH_CONVERSATIONS_SQL,
  MATCH_LEADS_SQL,
  rowsPageSql,
  SubjectIdSets,
  subjectBindings,
  subjectIpHashesSql,
  summarySql,
} from "../data-subjects"
import type { SqlBindings, SqlRunner } from "./sql-runner"

type ModelMatch = (typeof import("../data-subjects"))["SUBJECT_MODEL_MATCHES"][number]

/** One erasure at a time: two would race on the same rows and both audit them. */
const LOCK_ERASURES_SQL = "SELECT pg_advisory_xact_lock(hashtext('solar360:subject-erasure'))"

const LIST_PRIVACY_AUDITS_SQL = `
SELECT id, action, mode, format, actor_type, actor_id, identifier_hashes, counts, reason, completed_at,
  created_at, count(*) OVER () AS full_count
FROM solar360_privacy_audit
WHERE deleted_at IS NULL
  AND (:action::text IS NULL OR action = :action)
  AND (:mode::text IS NULL OR mode = :mode)
  AND (:hashes::jsonb = '[]'::jsonb
    OR EXISTS (SELECT 1 FROM jsonb_array_elements(:hashes::jsonb) wanted WHERE identifier_hashes @> wanted))
ORDER BY created_at DESC, id DESC
LIMIT :limit OFFSET :offset`

/**
 * The data-subject SQL: matching a person's records, per-model summaries and pages, erasure
 * (anonymise or delete) and the audit list. The per-model statements are built from the
 * model table in data-subjects.ts; every value is a named binding.
 */
export class DataSubjectsRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  async matchLeads(
    context: Context,
    bindings: { leads: string; emails: string; phones: string; tax_ids: string; customers: string }
  ): Promise<Array<{ id: string; customer_id: string | null; matched_by: string[] }>> {
    return this.sql_.rows(context, MATCH_LEADS_SQL, bindings)
  }

  async matchConversations(
    context: Context,
    bindings: { leads: string; customers: string; sessions: string }
  ): Promise<Array<{ id: string; lead_id: string | null; customer_id: string | null }>> {
    return this.sql_.rows(context, MATCH_CONVERSATIONS_SQL, bindings)
  }

  async customerBrowsers(
    context: Context,
    customers: string
  ): Promise<Array<{ anonymous_id: string | null; session_id: string | null }>> {
    return this.sql_.rows(context, CUSTOMER_BROWSER_IDS_SQL, { customers })
  }

  async summary(context: Context, model: ModelMatch, sets: SubjectIdSets): Promise<any> {
    return this.sql_.first(context, summarySql(model), subjectBindings(sets))
  }

  async rowsPage(
    context: Context,
    model: ModelMatch,
    sets: SubjectIdSets,
    page: { after?: string; limit: number }
  ): Promise<Record<string, unknown>[]> {
    return this.sql_.rows(context, rowsPageSql(model), {
      ...subjectBindings(sets),
      after: page.after ?? "",
      limit: page.limit,
    })
  }

  async lockErasures(context: Context): Promise<void> {
    await this.sql_.rows(context, LOCK_ERASURES_SQL)
  }

  async ipHashes(context: Context, bindings: SqlBindings): Promise<Array<{ ip_hash: string }>> {
    return this.sql_.rows(context, subjectIpHashesSql(), bindings)
  }

  /** Anonymises or deletes the subject's rows of one model; the number of rows touched. */
  async erase(context: Context, mode: "anonymise" | "delete", model: ModelMatch, bindings: SqlBindings): Promise<number> {
    const row = await this.sql_.first<{ count: number }>(
      context,
      mode === "anonymise" ? anonymiseSql(model) : deleteSql(model),
      bindings
    )
    return row!.count
  }

  async listAudits(
    context: Context,
    bindings: { action: string | null; mode: string | null; hashes: string; limit: number; offset: number }
  ): Promise<any[]> {
    return this.sql_.rows(context, LIST_PRIVACY_AUDITS_SQL, bindings)
  }
}
