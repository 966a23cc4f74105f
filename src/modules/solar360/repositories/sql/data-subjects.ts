/**
 * SQL of the LGPD data-subject requests: finding every row of one person across the models,
 * and anonymising or deleting them. Named knex bindings; id lists travel as text[] literals (textArray).
 * Run by DataSubjectsRepository (repositories/data-subjects.ts).
 *
 * Who belongs to the person (resolution, see resolveDataSubject in the service):
 * - strong links: leads matched by e-mail, phone, CPF/CNPJ, lead id or customer id; the
 *   customers of those leads; conversations of those leads/customers (and their leads);
 * - weak links, derived from the customers: the anonymous and session ids their events and
 *   catalog logs carry (the same browser before login). Weak ids find rows but never add
 *   customers or leads: a shared computer must not pull in someone else's account.
 */
import type { SubjectIdSets } from "../../types/data-subjects"

/**
 * An id list bound as one `text[]` literal (see textArray), for `column = ANY(...)`: the
 * planner sees the values (a constant, hashed for long lists) and can combine index scans
 * (BitmapOr). `IN (subquery)` inside an OR, or an array built by a subquery, scanned the
 * whole table instead (7.5 s at 1M events, see bench:subjects).
 */
const ids = (binding: string) => `ANY(:${binding}::text[])`

/** A PostgreSQL array literal of texts, every element quoted and escaped. */
export function textArray(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`
}

export const subjectBindings = (sets: SubjectIdSets) => ({
  leads: textArray(sets.lead_ids),
  customers: textArray(sets.customer_ids),
  anonymous: textArray(sets.anonymous_ids),
  sessions: textArray(sets.session_ids),
  conversations: textArray(sets.conversation_ids),
})

// A lead whose identity fields are gone was anonymised by an earlier erasure: not matched again.
const LEAD_NOT_ANONYMISED = `NOT (lead.email IS NULL AND lead.phone IS NULL AND lead.cpf_cnpj IS NULL
  AND lead.name IS NULL AND (lead.customer_id IS NULL OR lead.customer_id LIKE 'anon\\_%'))`

/** Leads matched by the strong identifiers. Bindings: leads, emails, phones, tax_ids, customers. */
export const MATCH_LEADS_SQL = `
SELECT lead.id, lead.customer_id, lead.anonymous_id, lead.session_id,
  array_remove(ARRAY[
    CASE WHEN lead.id = ${ids("leads")} THEN 'lead_id' END,
    CASE WHEN lead.email = ${ids("emails")} THEN 'email' END,
    CASE WHEN lead.phone = ${ids("phones")} THEN 'phone' END,
    CASE WHEN lead.cpf_cnpj = ${ids("tax_ids")} THEN 'cpf_cnpj' END,
    CASE WHEN lead.customer_id = ${ids("customers")} THEN 'customer_id' END
  ], NULL) AS matched_by
FROM lead
WHERE (lead.id = ${ids("leads")} OR lead.email = ${ids("emails")} OR lead.phone = ${ids("phones")}
    OR lead.cpf_cnpj = ${ids("tax_ids")} OR lead.customer_id = ${ids("customers")})
  AND ${LEAD_NOT_ANONYMISED}`

/** Conversations of the subject's leads, customers or given sessions. Bindings: leads, customers, sessions. */
export const MATCH_CONVERSATIONS_SQL = `
SELECT id, lead_id, customer_id, session_id FROM helio_conversation
WHERE lead_id = ${ids("leads")} OR customer_id = ${ids("customers")} OR session_id = ${ids("sessions")}`

/** Browser ids seen with the subject's customers. Bindings: customers. */
export const CUSTOMER_BROWSER_IDS_SQL = `
SELECT DISTINCT anonymous_id, session_id FROM "event" WHERE customer_id = ${ids("customers")}
UNION
SELECT DISTINCT anonymous_id, session_id FROM catalog_access_log WHERE customer_id = ${ids("customers")}`

type ModelMatch = {
  /** Table name (also the model name in answers). */
  table: string
  /** Column with the row's own time, for first/last dates. */
  timeColumn: string
  /** [why, condition] pairs; a row belongs to the subject when any holds. */
  matches: Array<[string, string]>
}

const byCustomer: [string, string] = ["customer_id", `customer_id = ${ids("customers")}`]
const bySession: [string, string] = ["session_id", `session_id = ${ids("sessions")}`]
const byAnonymousId: [string, string] = ["anonymous_id", `anonymous_id = ${ids("anonymous")}`]

/** How each model's rows are matched; pvlib_cache and aneel_cache hold no personal data. */
export const SUBJECT_MODEL_MATCHES: ModelMatch[] = [
  { table: "lead", timeColumn: "created_at", matches: [["lead", `id = ${ids("leads")}`]] },
  { table: "lead_status_change", timeColumn: "created_at", matches: [["lead", `lead_id = ${ids("leads")}`]] },
  { table: "lead_consent_change", timeColumn: "occurred_at", matches: [["lead", `lead_id = ${ids("leads")}`]] },
  { table: "lead_touch", timeColumn: "occurred_at", matches: [["lead", `lead_id = ${ids("leads")}`]] },
  { table: "lead_note", timeColumn: "created_at", matches: [["lead", `lead_id = ${ids("leads")}`]] },
  { table: "event", timeColumn: "occurred_at", matches: [byCustomer, byAnonymousId, bySession] },
  { table: "catalog_access_log", timeColumn: "created_at", matches: [byCustomer, byAnonymousId, bySession] },
  {
    table: "helio_conversation",
    timeColumn: "created_at",
    matches: [["conversation", `id = ${ids("conversations")}`], bySession],
  },
  {
    table: "rag_query",
    timeColumn: "created_at",
    matches: [byCustomer, ["conversation", `conversation_id = ${ids("conversations")}`], bySession],
  },
  { table: "financing_simulation", timeColumn: "created_at", matches: [byCustomer, bySession] },
  { table: "solar_viability_analysis", timeColumn: "created_at", matches: [byCustomer, bySession] },
  { table: "photogrammetry_analysis", timeColumn: "created_at", matches: [byCustomer] },
]

/** Models whose rows never describe a person (art. 12): reported, never matched. */
export const NON_PERSONAL_MODELS = ["pvlib_cache", "aneel_cache"] as const

export const matchCondition = (model: ModelMatch) => `(${model.matches.map(([, condition]) => condition).join(" OR ")})`

/** Counts, first/last dates and why, for one model. Bindings: subjectBindings. */
export function summarySql(model: ModelMatch): string {
  const why = model.matches
    .map(([reason, condition]) => `'${reason}', count(*) FILTER (WHERE ${condition})::integer`)
    .join(", ")
  return `
SELECT count(*)::integer AS count, min(${model.timeColumn}) AS first_at, max(${model.timeColumn}) AS last_at,
  json_build_object(${why}) AS matched_by
FROM "${model.table}" WHERE ${matchCondition(model)}`
}

/** One page of a model's rows, as stored, soft-deleted ones included. Bindings: subjectBindings, after, limit. */
export function rowsPageSql(model: ModelMatch): string {
  return `SELECT * FROM "${model.table}" WHERE ${matchCondition(model)} AND id > :after ORDER BY id LIMIT :limit`
}

/** Deletes a model's rows of the subject. Bindings: subjectBindings. */
export function deleteSql(model: ModelMatch): string {
  return `WITH gone AS (DELETE FROM "${model.table}" WHERE ${matchCondition(model)} RETURNING 1)
SELECT count(*)::integer AS count FROM gone`
}

// Pseudonyms: :pseudonyms is {"customer": {original: pseudonym}, "anonymous": ..., "session": ..., "ip": ...}.
// A value missing from the map (not the subject's) becomes NULL.
const pseudonym = (kind: string, column: string) => `(:pseudonyms::jsonb -> '${kind}' ->> ${column})`
// chr(63) is "?": a literal one would be taken for a knex placeholder.
const stripQuery = (column: string) => `nullif(split_part(split_part(${column}, '#', 1), chr(63), 1), '')`
// Chunk text goes, chunk ids, scores and sources stay (the same rule as the Helio retention).
const CHUNKS_WITHOUT_TEXT = `(SELECT jsonb_agg(CASE WHEN jsonb_typeof(chunk) = 'object'
    THEN chunk - 'text' - 'content' - 'metadata' ELSE 'null'::jsonb END)
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(retrieved_chunks) = 'array' THEN retrieved_chunks ELSE '[]'::jsonb END) chunk)`

/**
 * What "anonymise" sets per model: personal fields nulled or replaced by pseudonyms, free
 * text removed, hashes and links to core records (orders, carts, quotes) dropped; numbers,
 * categories, statuses and timestamps kept so every report gives the same totals. Ids and
 * visitor hashes are replaced, not nulled: reports count distinct visitors and sessions.
 */
export const ANONYMISE_SET: Record<string, string> = {
  lead: `name = NULL, email = NULL, phone = NULL, company = NULL, cpf_cnpj = NULL, message = NULL,
    notes = NULL, lost_reason = NULL, city = NULL, gclid = NULL, fbclid = NULL,
    landing_page = ${stripQuery("landing_page")}, referrer = ${stripQuery("referrer")},
    first_touch = NULL, last_touch = NULL, customer_id = ${pseudonym("customer", "customer_id")},
    quote_id = NULL, order_id = NULL, ip_hash = NULL, metadata = NULL, consent_marketing = false,
    anonymous_id = ${pseudonym("anonymous", "anonymous_id")}, session_id = ${pseudonym("session", "session_id")}`,
  // A change the customer made names them as its actor.
  // Whether and when consent was given stays (the proof of a legal basis); where and notes go.
  lead_consent_change: `source = NULL, note = NULL`,
  // A capture's free text, landing page and IP hash go; when, what interest and consent stay.
  // A statement still pending can no longer be confirmed: the person asked to be forgotten.
  lead_touch: `message = NULL, attribution = NULL, ip_hash = NULL,
    consent_state = CASE WHEN consent_state = 'pending' THEN NULL ELSE consent_state END`,
  // An operator's note is free text about the person (redacted of identifiers, not of facts):
  // it goes; who wrote it (staff) and when stay. The column is required, so it is emptied.
  lead_note: `body = ''`,
  lead_status_change: `note = NULL,
    actor_id = CASE WHEN actor_type = 'customer' THEN ${pseudonym("customer", "actor_id")} ELSE actor_id END`,
  event: `customer_id = ${pseudonym("customer", "customer_id")}, anonymous_id = ${pseudonym("anonymous", "anonymous_id")},
    session_id = ${pseudonym("session", "session_id")}, ip_hash = ${pseudonym("ip", "ip_hash")},
    url = ${stripQuery("url")}, referrer = ${stripQuery("referrer")}, label = NULL, properties = NULL,
    cart_id = NULL, order_id = NULL, order_data = NULL, city = NULL`,
  catalog_access_log: `customer_id = ${pseudonym("customer", "customer_id")}, anonymous_id = ${pseudonym("anonymous", "anonymous_id")},
    session_id = ${pseudonym("session", "session_id")}, ip_hash = ${pseudonym("ip", "ip_hash")},
    search_term = NULL, applied_filters = NULL, page_url = ${stripQuery("page_url")}, referrer_url = ${stripQuery("referrer_url")},
    cart_id = NULL, quote_id = NULL, order_id = NULL, city = NULL`,
  helio_conversation: `title = NULL, summary = NULL, satisfaction_comment = NULL, escalation_reason = NULL,
    customer_id = ${pseudonym("customer", "customer_id")}, session_id = ${pseudonym("session", "session_id")},
    lead_id = NULL, order_id = NULL, session_token_hash = NULL, idempotency_key_hash = NULL,
    user_requested_deletion = true, content_blanked_at = coalesce(content_blanked_at, now())`,
  rag_query: `query_text = NULL, prompt = NULL, response = NULL, query_embedding = NULL,
    user_feedback_comment = NULL, review_notes = NULL, flag_reason = NULL,
    retrieved_chunks = ${CHUNKS_WITHOUT_TEXT},
    customer_id = ${pseudonym("customer", "customer_id")}, session_id = ${pseudonym("session", "session_id")},
    ip_hash = NULL, content_blanked_at = coalesce(content_blanked_at, now())`,
  financing_simulation: `customer_id = ${pseudonym("customer", "customer_id")}, session_id = ${pseudonym("session", "session_id")},
    resume_token_hash = NULL, idempotency_key_hash = NULL, rejection_reason = NULL, chosen_reason = NULL,
    contract_id = NULL, order_id = NULL, quote_id = NULL`,
  solar_viability_analysis: `customer_id = ${pseudonym("customer", "customer_id")}, session_id = ${pseudonym("session", "session_id")},
    latitude = NULL, raw_latitude = NULL, longitude = NULL, raw_longitude = NULL, city = NULL,
    resume_token_hash = NULL, idempotency_key_hash = NULL, order_id = NULL, quote_id = NULL`,
  // The roof analysis stops being a cache entry: its address and coordinates are gone.
  photogrammetry_analysis: `address = NULL, address_hash = NULL, street = NULL, number = NULL, zip_code = NULL,
    city = NULL, latitude = NULL, raw_latitude = NULL, longitude = NULL, raw_longitude = NULL,
    coordinates_hash = NULL, input_images = NULL, model_3d_url = NULL, point_cloud_url = NULL,
    roof_planes = NULL, panel_layout = NULL, shading_analysis = NULL, obstacles = NULL,
    error_message = NULL, customer_id = ${pseudonym("customer", "customer_id")}, quote_id = NULL, order_id = NULL,
    expires_at = least(expires_at, now())`,
}

/** Anonymises a model's rows of the subject. Bindings: subjectBindings, pseudonyms. */
export function anonymiseSql(model: ModelMatch): string {
  return `WITH changed AS (
  UPDATE "${model.table}" SET ${ANONYMISE_SET[model.table]}, updated_at = now()
  WHERE ${matchCondition(model)} RETURNING 1)
SELECT count(*)::integer AS count FROM changed`
}

/** The distinct visitor hashes of the subject's events and catalog logs (to pseudonymise). Bindings: subjectBindings. */
export function subjectIpHashesSql(): string {
  const [event, catalog] = ["event", "catalog_access_log"].map(
    (table) => SUBJECT_MODEL_MATCHES.find((model) => model.table === table)!
  )
  return `SELECT DISTINCT ip_hash FROM "event" WHERE ip_hash IS NOT NULL AND ${matchCondition(event)}
UNION SELECT DISTINCT ip_hash FROM catalog_access_log WHERE ip_hash IS NOT NULL AND ${matchCondition(catalog)}`
}

