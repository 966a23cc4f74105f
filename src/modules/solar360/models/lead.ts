import { model } from "@medusajs/framework/utils"
import { LEAD_INTEREST_TYPES, LEAD_STATUSES } from "../../../lib/leads"
import { LeadConsentChange } from "./lead-consent-change"
import { LeadNote } from "./lead-note"
import { LeadStatusChange } from "./lead-status-change"
import { LeadTouch } from "./lead-touch"

// The enumerations live in lib/leads (pure, shared with the funnel and scoring rules).
export { LEAD_INTEREST_TYPES, LEAD_STATUSES }

/**
 * A sales lead captured from the storefront, the calculators or the Helio assistant.
 * Attribution keeps both first and last touch so campaigns get credit either way.
 */
export const Lead = model
  .define("lead", {
    id: model.id({ prefix: "lead" }).primaryKey(),

    // Identification
    name: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    company: model.text().nullable(),
    cpf_cnpj: model.text().nullable(),

    // Interest
    interest_type: model.enum([...LEAD_INTEREST_TYPES]).default("other"),
    // Every interest the person has shown, in order (a dedupe appends to it)
    interests: model.json().nullable(),
    message: model.text().nullable(),
    monthly_bill_brl: model.bigNumber().nullable(),
    monthly_consumption_kwh: model.bigNumber().nullable(),
    city: model.text().nullable(),
    state: model.text().nullable(),

    // Attribution (last touch in the flat columns; both touches in json)
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_campaign: model.text().nullable(),
    utm_term: model.text().nullable(),
    utm_content: model.text().nullable(),
    gclid: model.text().nullable(),
    fbclid: model.text().nullable(),
    landing_page: model.text().nullable(),
    referrer: model.text().nullable(),
    // The browsing that led here: the tracker's anonymous and session ids, stored only when
    // the capture came with analytics consent (else null), so the timeline can join events.
    anonymous_id: model.text().nullable(),
    session_id: model.text().nullable(),
    first_touch: model.json().nullable(),
    last_touch: model.json().nullable(),
    touch_count: model.number().default(1),
    // Every capture, with what an unverified one said (it changes nothing else here)
    touches: model.hasMany(() => LeadTouch, { mappedBy: "lead" }),
    first_touch_at: model.dateTime().nullable(),
    last_touch_at: model.dateTime().nullable(),

    // Funnel
    status: model.enum([...LEAD_STATUSES]).default("new"),
    lost_reason: model.text().nullable(),
    contacted_at: model.dateTime().nullable(),
    assigned_to: model.text().nullable(),
    notes: model.text().nullable(),
    // Operators' notes, one row each (the `notes` column above is the older single free text)
    lead_notes: model.hasMany(() => LeadNote, { mappedBy: "lead" }),
    status_history: model.hasMany(() => LeadStatusChange, { mappedBy: "lead" }),

    // Scoring (the breakdown is the explanation LGPD art. 20 asks for)
    score: model.number().default(0),
    score_breakdown: model.json().nullable(),
    is_qualified: model.boolean().default(false),

    // Conversion
    customer_id: model.text().nullable(),
    quote_id: model.text().nullable(),
    order_id: model.text().nullable(),
    conversion_value: model.bigNumber().nullable(),
    converted_at: model.dateTime().nullable(),

    // Consent and privacy (LGPD)
    consent_marketing: model.boolean().default(false),
    consent_terms_version: model.text().nullable(),
    consent_at: model.dateTime().nullable(),
    consent_history: model.hasMany(() => LeadConsentChange, { mappedBy: "lead" }),
    ip_hash: model.text().nullable(),

    // Set on a lead absorbed by a merge (it is then soft-deleted): the surviving lead's id
    merged_into_id: model.text().nullable(),

    metadata: model.json().nullable(),
  })
  // `where: null` = a full index: data-subject requests and retention reach soft-deleted rows too.
  .indexes([
    { on: ["status"] },
    { on: ["interest_type"] },
    { name: "IDX_lead_email_all", on: ["email"], where: null },
    { name: "IDX_lead_phone_all", on: ["phone"], where: null },
    { name: "IDX_lead_cpf_cnpj_all", on: ["cpf_cnpj"], where: null },
    { on: ["utm_campaign"] },
    { on: ["assigned_to"] },
    { on: ["score"] },
    { name: "IDX_lead_customer_id_all", on: ["customer_id"], where: null },
    { on: ["quote_id"] },
    { on: ["order_id"] },
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_lead_created_at_all", on: ["created_at"], where: null },
    { name: "IDX_lead_anonymous_id_all", on: ["anonymous_id"], where: null },
    { name: "IDX_lead_merged_into_id_all", on: ["merged_into_id"], where: null },
  ])
