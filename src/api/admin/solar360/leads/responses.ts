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
