import { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { SubjectIdSets } from "../types/data-subjects"
import type { SqlBindings, SqlRunner } from "./sql-runner"
import {
  anonymiseSql,
  CUSTOMER_BROWSER_IDS_SQL,
  deleteSql,
  MATCH_CONVERSATIONS_SQL,
  MATCH_LEADS_SQL,
  NON_PERSONAL_MODELS,
  rowsPageSql,
  SUBJECT_MODEL_MATCHES,
  subjectBindings,
  subjectIpHashesSql,
  summarySql,
  textArray,
} from "./sql/data-subjects"

type ModelMatch = (typeof SUBJECT_MODEL_MATCHES)[number]

const modelOf = (table: string): ModelMatch => {
  const model = SUBJECT_MODEL_MATCHES.find((candidate) => candidate.table === table)
  if (!model) {
    // A programming error (the service checks the table first), never user input.
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `No subject model "${table}"`)
  }
  return model
}

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
 * model table in sql/data-subjects.ts; every value is a named binding (id lists as one
 * text[] literal each).
 */
export class DataSubjectsRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** The models holding personal data, in the order answers list them. */
  personalTables(): string[] {
    return SUBJECT_MODEL_MATCHES.map((model) => model.table)
  }

  /** Models whose rows never describe a person (art. 12): reported, never matched. */
  nonPersonalTables(): readonly string[] {
    return NON_PERSONAL_MODELS
  }

  /** The named bindings of a resolved subject's id sets. */
  subjectBindings(sets: SubjectIdSets): SqlBindings {
    return subjectBindings(sets)
  }

  async matchLeads(
    context: Context,
    ids: { leads: string[]; emails: string[]; phones: string[]; tax_ids: string[]; customers: string[] }
  ): Promise<Array<{ id: string; customer_id: string | null; anonymous_id: string | null; session_id: string | null; matched_by: string[] }>> {
    return this.sql_.rows(context, MATCH_LEADS_SQL, textArrays(ids))
  }

  async matchConversations(
    context: Context,
    ids: { leads: string[]; customers: string[]; sessions: string[] }
  ): Promise<Array<{ id: string; lead_id: string | null; customer_id: string | null }>> {
    return this.sql_.rows(context, MATCH_CONVERSATIONS_SQL, textArrays(ids))
  }

  async customerBrowsers(
    context: Context,
    customers: string[]
  ): Promise<Array<{ anonymous_id: string | null; session_id: string | null }>> {
    return this.sql_.rows(context, CUSTOMER_BROWSER_IDS_SQL, { customers: textArray(customers) })
  }

  async summary(context: Context, table: string, sets: SubjectIdSets): Promise<any> {
    return this.sql_.first(context, summarySql(modelOf(table)), subjectBindings(sets))
  }

  async rowsPage(
    context: Context,
    table: string,
    sets: SubjectIdSets,
    page: { after?: string; limit: number }
  ): Promise<Record<string, unknown>[]> {
    return this.sql_.rows(context, rowsPageSql(modelOf(table)), {
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
  async erase(context: Context, mode: "anonymise" | "delete", table: string, bindings: SqlBindings): Promise<number> {
    const model = modelOf(table)
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

function textArrays<K extends string>(ids: Record<K, string[]>): Record<K, string> {
  return Object.fromEntries(Object.entries<string[]>(ids).map(([name, values]) => [name, textArray(values)])) as Record<
    K,
    string
  >
}
