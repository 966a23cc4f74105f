import { z } from "@medusajs/framework/zod"
import { LEAD_STATUSES } from "../../../../lib/leads"
import { col, dateTime, entity, json, listOf } from "../../../utils/response-schemas"

export const AdminLeadConsentChange = entity("AdminLeadConsentChange", {
  lead_id: col(z.string()),
  purpose: col(z.string()),
  granted: col(z.boolean()),
  channel: col(z.string()),
  source: col(z.string()),
  terms_version: col(z.string()),
  occurred_at: col(dateTime()),
  recorded_by: col(z.string()),
  note: col(z.string()),
  created_at: col(dateTime()),
})

export const AdminLead = entity(
  "AdminLead",
  {
    name: col(z.string()),
    email: col(z.string()),
    phone: col(z.string()),
    company: col(z.string()),
    interest_type: col(z.string()),
    status: col(z.enum(LEAD_STATUSES)),
    score: col(z.number()),
    is_qualified: col(z.boolean()),
    assigned_to: col(z.string()),
    utm_source: col(z.string()),
    utm_medium: col(z.string()),
    utm_campaign: col(z.string()),
    touch_count: col(z.number()),
    customer_id: col(z.string()),
    order_id: col(z.string()),
    conversion_value: col(z.number()),
    consent_marketing: col(z.boolean()),
    consent_at: col(dateTime()),
    status_history: col(z.array(json())),
    consent_history: col(z.array(json())),
    touches: col(z.array(json())),
    created_at: col(dateTime()),
    updated_at: col(dateTime()),
  },
  {
    id: "lead_01JQ...",
    name: "Maria Souza",
    email: "maria@example.com",
    interest_type: "solar",
    status: "new",
    score: 40,
    created_at: "2026-03-01T12:00:00.000Z",
  }
)

export const AdminLeadListResponse = listOf("leads", AdminLead).meta({ id: "AdminLeadListResponse" })
export type AdminLeadListResponse = z.infer<typeof AdminLeadListResponse>

export const AdminLeadResponse = z.object({ lead: AdminLead }).meta({ id: "AdminLeadResponse" })
export type AdminLeadResponse = z.infer<typeof AdminLeadResponse>

const statusCounts = z.record(z.string(), z.number())

export const AdminLeadFunnelResponse = z
  .object({
    counts: statusCounts,
    lost_at_stage: statusCounts,
    steps: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        reached_from: z.number(),
        reached_to: z.number(),
        rate: z.number().nullable(),
      })
    ),
    overall: z.object({
      total: z.number(),
      converted: z.number(),
      lost: z.number(),
      conversion_rate: z.number().nullable(),
      win_rate: z.number().nullable(),
    }),
    filters: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AdminLeadFunnelResponse" })
export type AdminLeadFunnelResponse = z.infer<typeof AdminLeadFunnelResponse>

export const AdminLeadConsentListResponse = listOf("consent_changes", AdminLeadConsentChange).meta({
  id: "AdminLeadConsentListResponse",
})
export type AdminLeadConsentListResponse = z.infer<typeof AdminLeadConsentListResponse>

export const AdminRecordLeadConsentResponse = z
  .object({
    /** The lead's consent state in force after this statement. */
    lead: entity("AdminLeadConsentState", {
      consent_marketing: col(z.boolean()),
      consent_terms_version: col(z.string()),
      consent_at: col(dateTime()),
    }),
    consent_change: AdminLeadConsentChange,
    /** false: a newer statement of that purpose was already recorded. */
    applied: z.boolean(),
  })
  .meta({ id: "AdminRecordLeadConsentResponse" })
export type AdminRecordLeadConsentResponse = z.infer<typeof AdminRecordLeadConsentResponse>

/** GET /admin/solar360/leads/export answers CSV (text/csv), one row per lead. */
export const AdminLeadExportCsv = z.string().meta({ id: "AdminLeadExportCsv", example: "id,created_at,status,...\n" })

// ---------------------------------------------------------------- the operator's workspace

export const AdminLeadNote = entity(
  "AdminLeadNote",
  {
    lead_id: col(z.string()),
    body: col(z.string()),
    author_id: col(z.string()),
    created_at: col(dateTime()),
  },
  { id: "lnote_01JQ...", lead_id: "lead_01JQ...", body: "Called back, wants a visit on Friday", author_id: "user_01JQ..." }
)

export const AdminLeadNoteListResponse = listOf("notes", AdminLeadNote).meta({ id: "AdminLeadNoteListResponse" })
export type AdminLeadNoteListResponse = z.infer<typeof AdminLeadNoteListResponse>

export const AdminLeadNoteResponse = z.object({ note: AdminLeadNote }).meta({ id: "AdminLeadNoteResponse" })
export type AdminLeadNoteResponse = z.infer<typeof AdminLeadNoteResponse>

export const AdminCreateLeadResponse = z
  .object({
    lead: AdminLead,
    /** true: the contact matched an open lead, which the entry updated (as a store capture does). */
    deduplicated: z.boolean(),
  })
  .meta({ id: "AdminCreateLeadResponse" })
export type AdminCreateLeadResponse = z.infer<typeof AdminCreateLeadResponse>

export const AdminBulkUpdateLeadsResponse = z
  .object({
    results: z.array(
      z.union([
        z.object({ id: z.string(), ok: z.literal(true) }),
        z.object({ id: z.string(), ok: z.literal(false), code: z.string(), message: z.string() }),
      ])
    ),
  })
  .meta({ id: "AdminBulkUpdateLeadsResponse" })
export type AdminBulkUpdateLeadsResponse = z.infer<typeof AdminBulkUpdateLeadsResponse>

const fieldErrors = z.array(z.object({ field: z.string(), message: z.string() }))

export const AdminImportLeadsResponse = z
  .object({
    dry_run: z.boolean(),
    summary: z.object({
      rows: z.number().int(),
      create: z.number().int(),
      update: z.number().int(),
      invalid: z.number().int(),
    }),
    rows: z.array(
      z.object({
        /** 1-based data row (the header is not counted). */
        row: z.number().int(),
        action: z.enum(["create", "update", "invalid"]),
        lead_id: z.string().optional(),
        /** The lead the row updates; `lead_id` null and `row` set: an earlier row of this file creates it. */
        match: z
          .object({
            lead_id: z.string().nullable(),
            by: z.enum(["email", "phone", "cpf_cnpj"]),
            row: z.number().int().optional(),
          })
          .optional(),
        errors: fieldErrors.optional(),
      })
    ),
    /** Header columns that name no lead field (ignored). */
    unknown_columns: z.array(z.string()),
  })
  .meta({ id: "AdminImportLeadsResponse" })
export type AdminImportLeadsResponse = z.infer<typeof AdminImportLeadsResponse>
