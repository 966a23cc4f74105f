import { Context } from "@medusajs/framework/types"
import type { LeadTimelineType, TimelineRow } from "../../../lib/leads/timeline"
import type { SqlRunner } from "./sql-runner"

/** Who a lead is across the tables: its own id and the ids its captures brought. */
export type LeadTimelineKeys = {
  lead_id: string
  anonymous_id: string | null
  session_id: string | null
  customer_id: string | null
}

// Each source: its columns, the time it is ordered by, and which of the lead's keys find its
// rows. Constant SQL: the keys, `before` and `limit` are always bound (`:name`). A key that is
// null binds NULL, and `column = NULL` matches no row, so a lead without a customer never
// collects every row without one. Every source is read newest first with its own LIMIT and
// an index on its key columns, so a timeline page never loads a person's whole history.
type Source = { type: LeadTimelineType | "browsing_event"; table: string; at: string; columns: string; where: string }

const BROWSING = "(anonymous_id = :anonymous_id OR session_id = :session_id OR customer_id = :customer_id)"
const CALCULATOR = "(customer_id = :customer_id OR session_id = :session_id)"

const SOURCES: Source[] = [
  {
    type: "touch",
    table: "lead_touch",
    at: "occurred_at",
    columns: "verified, interest_type, attribution, message, consent_marketing, consent_terms_version, consent_state",
    where: "lead_id = :lead_id",
  },
  {
    type: "status_change",
    table: "lead_status_change",
    at: "created_at",
    columns: "from_status, to_status, actor_type, actor_id, note",
    where: "lead_id = :lead_id",
  },
  {
    type: "consent_change",
    table: "lead_consent_change",
    at: "occurred_at",
    columns: "purpose, granted, channel, source, terms_version, recorded_by, note",
    where: "lead_id = :lead_id",
  },
  { type: "note", table: "lead_note", at: "created_at", columns: "body, author_id", where: "lead_id = :lead_id" },
  {
    // Split into page_view / event by the service (lib/leads/timeline eventTimelineType).
    type: "browsing_event",
    table: "event",
    at: "occurred_at",
    columns:
      "event_name, category, action, label, value, url, path, title, referrer, product_id, product_name, " +
      "order_id, utm_source, utm_medium, utm_campaign, session_id, anonymous_id, device_type",
    where: BROWSING,
  },
  {
    type: "catalog_access",
    table: "catalog_access_log",
    // Optional on old rows: the time the server stored them instead.
    at: "COALESCE(occurred_at, created_at)",
    columns:
      "action_type, product_id, product_name, sku, category, search_term, view_context, page_url, " +
      "led_to_cart, led_to_purchase, session_id, anonymous_id",
    where: BROWSING,
  },
  {
    type: "financing_simulation",
    table: "financing_simulation",
    at: "created_at",
    columns:
      "system_cost, financing_amount, term_months, monthly_payment, cet_annual, status, bank, " +
      "accepted_by_customer, session_id",
    where: CALCULATOR,
  },
  {
    type: "solar_viability_analysis",
    table: "solar_viability_analysis",
    at: "created_at",
    columns:
      "monthly_bill_brl, system_size_kwp, total_investment, payback_years, viability_score, " +
      "recommendation, is_viable, city, state, session_id",
    where: CALCULATOR,
  },
  {
    // Roof analyses keep no browsing id: only the customer finds them.
    type: "photogrammetry_analysis",
    table: "photogrammetry_analysis",
    at: "created_at",
    columns: "status, provider, city, state, usable_area_m2, recommended_system_size_kwp, cache_hit",
    where: "customer_id = :customer_id",
  },
  {
    // Helio's session id is the storefront's: it may be the tracker's session or anonymous id.
    type: "helio_conversation",
    table: "helio_conversation",
    at: "COALESCE(started_at, created_at)",
    columns:
      "title, primary_topic, status, intent, channel, message_count, lead_generated, led_to_purchase, " +
      "lead_id, session_id",
    where: "(lead_id = :lead_id OR customer_id = :customer_id OR session_id = :session_id OR session_id = :anonymous_id)",
  },
]

const LINKS = {
  helio_conversation_ids: SOURCES.find((s) => s.type === "helio_conversation")!,
  financing_simulation_ids: SOURCES.find((s) => s.type === "financing_simulation")!,
  solar_viability_analysis_ids: SOURCES.find((s) => s.type === "solar_viability_analysis")!,
  photogrammetry_analysis_ids: SOURCES.find((s) => s.type === "photogrammetry_analysis")!,
}

export type LeadTimelineLinkKey = keyof typeof LINKS

function sourceSql(source: Source): string {
  return (
    `SELECT id, ${source.at} AS occurred_at, ${source.columns} FROM ${source.table} ` +
    `WHERE deleted_at IS NULL AND ${source.where} AND ${source.at} < :before ` +
    `ORDER BY ${source.at} DESC, id DESC LIMIT :limit`
  )
}

function linkSql(source: Source): string {
  return (
    `SELECT id FROM ${source.table} WHERE deleted_at IS NULL AND ${source.where} ` +
    `ORDER BY ${source.at} DESC, id DESC LIMIT :limit`
  )
}

/** The SQL of a lead's timeline (services/lead-timeline.ts merges it). */
export class LeadTimelineRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  async findLead(context: Context, id: string) {
    return this.sql_.first<LeadTimelineKeys & { order_id: string | null }>(
      context,
      "SELECT id AS lead_id, anonymous_id, session_id, customer_id, order_id FROM lead WHERE id = :id AND deleted_at IS NULL",
      { id }
    )
  }

  /** The newest `limit` rows of every source before `before`, one bounded query each. */
  async sourceRows(
    context: Context,
    keys: LeadTimelineKeys,
    before: Date,
    limit: number
  ): Promise<Array<{ type: Source["type"]; rows: TimelineRow[] }>> {
    const bindings = { ...keys, before, limit }
    const out: Array<{ type: Source["type"]; rows: TimelineRow[] }> = []
    // One after the other: inside a caller's transaction they share one connection anyway.
    for (const source of SOURCES) {
      out.push({ type: source.type, rows: await this.sql_.rows<TimelineRow>(context, sourceSql(source), bindings) })
    }
    return out
  }

  /** The ids of the records linked to the lead (newest `limit` of each), for the detail's links. */
  async linkIds(context: Context, keys: LeadTimelineKeys, limit: number): Promise<Record<LeadTimelineLinkKey, string[]>> {
    const out = {} as Record<LeadTimelineLinkKey, string[]>
    for (const [key, source] of Object.entries(LINKS) as Array<[LeadTimelineLinkKey, Source]>) {
      const rows = await this.sql_.rows<{ id: string }>(context, linkSql(source), { ...keys, limit })
      out[key] = rows.map((row) => row.id)
    }
    return out
  }
}
