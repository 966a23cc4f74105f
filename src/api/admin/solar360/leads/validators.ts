import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"
import { z } from "@medusajs/framework/zod"
import {
  CONSENT_CHANNELS,
  CONSENT_PURPOSES,
  isConsentTimeAcceptable,
  LEAD_INTEREST_TYPES,
  LEAD_STATUSES,
} from "../../../../lib/leads"
import { MANUAL_LEAD_SOURCES } from "../../../../modules/solar360"
import { StoreCreateLead } from "../../../store/solar360/leads/validators"
import { LEAD_EXPORT_COLUMNS } from "./query-config"

/** A date range as Medusa's operators; each bound must be a real date (else a 400). */
export const dateRange = () =>
  z
    .object({
      $gt: z.coerce.date(),
      $gte: z.coerce.date(),
      $lt: z.coerce.date(),
      $lte: z.coerce.date(),
    })
    .partial()
    .strict()
    .optional()

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([schema, z.array(schema)]).optional()

/** Filters shared by the list, the CSV export and (partly) the funnel. */
export const AdminLeadFilters = z.object({
  /** Free text over name, e-mail, phone and company. */
  q: z.string().trim().min(1).max(200).optional(),
  status: oneOrMany(z.enum(LEAD_STATUSES)),
  interest_type: oneOrMany(z.enum(LEAD_INTEREST_TYPES)),
  utm_source: oneOrMany(z.string().max(200)),
  utm_medium: oneOrMany(z.string().max(200)),
  utm_campaign: oneOrMany(z.string().max(200)),
  assigned_to: oneOrMany(z.string().max(200)),
  is_qualified: booleanString().optional(),
  consent_marketing: booleanString().optional(),
  /**
   * true: leads that may receive marketing (consent in force and an e-mail or phone);
   * false: every other lead.
   */
  contactable: booleanString().optional(),
  score_min: z.coerce.number().int().min(0).max(100).optional(),
  score_max: z.coerce.number().int().min(0).max(100).optional(),
  created_at: dateRange(),
})

export const AdminGetLeadsParams = createListParams({ limit: 20, offset: 0 })
  .merge(AdminLeadFilters)
  .strict()

export type AdminGetLeadsParams = z.infer<typeof AdminGetLeadsParams>

export const AdminExportLeadsParams = AdminLeadFilters.extend({
  /** A column of the export, "-" in front for descending: `-created_at`. */
  order: z
    .string()
    .refine((value) => (LEAD_EXPORT_COLUMNS as readonly string[]).includes(value.replace(/^-/, "")), {
      message: "must be a column of the export, optionally prefixed with -",
    })
    .optional(),
}).strict()

export type AdminExportLeadsParams = z.infer<typeof AdminExportLeadsParams>

export const AdminGetLeadParams = createSelectParams()

export const AdminGetLeadFunnelParams = z
  .object({
    created_at: dateRange(),
    utm_source: z.string().max(200).optional(),
    utm_medium: z.string().max(200).optional(),
    utm_campaign: z.string().max(200).optional(),
  })
  .strict()

export type AdminGetLeadFunnelParams = z.infer<typeof AdminGetLeadFunnelParams>

/** What an operator may change. Status follows the funnel rules (400 otherwise). */
export const AdminUpdateLead = z
  .object({
    status: z.enum(LEAD_STATUSES).optional(),
    reopen: z.boolean().optional(),
    lost_reason: z.string().trim().min(1).max(1000).nullish(),
    assigned_to: z.string().trim().min(1).max(200).nullish(),
    notes: z.string().max(10_000).nullish(),
    /** Kept in the status history entry of this change. */
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "nothing to update" })

export type AdminUpdateLead = z.infer<typeof AdminUpdateLead>

/** A consent statement recorded by an operator or a backend (e.g. an unsubscribe link). */
export const AdminRecordLeadConsent = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES).default("marketing"),
    granted: z.boolean(),
    channel: z.enum(CONSENT_CHANNELS),
    /** Where it happened: "unsubscribe link", "newsletter footer", ... */
    source: z.string().trim().min(1).max(500).nullish(),
    terms_version: z.string().trim().min(1).max(50).nullish(),
    /** When the person made the statement (ISO date or date-time); defaults to now. */
    occurred_at: z
      .union([z.iso.datetime({ offset: true }), z.iso.date()])
      .transform((value) => new Date(value))
      .refine((date) => isConsentTimeAcceptable(date), {
        message: "occurred_at must not be in the future",
      })
      .optional(),
    note: z.string().trim().min(1).max(1000).nullish(),
  })
  .strict()
  .refine((body) => body.purpose !== "terms" || !body.granted || Boolean(body.terms_version), {
    message: "terms_version is required to accept the terms",
    path: ["terms_version"],
  })

export type AdminRecordLeadConsent = z.infer<typeof AdminRecordLeadConsent>

export const AdminGetLeadConsentParams = createListParams({ limit: 20, offset: 0 }).strict()

export type AdminGetLeadConsentParams = z.infer<typeof AdminGetLeadConsentParams>

// ---------------------------------------------------------------- the operator's workspace

export const AdminGetLeadNotesParams = createListParams({ limit: 20, offset: 0 }).strict()

export type AdminGetLeadNotesParams = z.infer<typeof AdminGetLeadNotesParams>

/** An operator's note; PII is redacted from it before it is stored. */
export const AdminCreateLeadNote = z
  .object({
    body: z.string().trim().min(1).max(5000),
  })
  .strict()

export type AdminCreateLeadNote = z.infer<typeof AdminCreateLeadNote>

/**
 * The store capture's fields and their checks (StoreCreateLead), without its consent statement:
 * an operator records consent through POST /leads/:id/consent, with the channel it came by.
 */
const captureFields = () => z.object(StoreCreateLead.shape).omit({ consent: true })

const hasContact = (lead: { email?: string | null; phone?: string | null }) => Boolean(lead.email || lead.phone)
const contactRequired = { message: "an e-mail or a phone number is required", path: ["email"] }

/** A lead an operator types in (a phone call, a walk-in): the capture's fields and where it came from. */
export const AdminCreateLead = captureFields()
  .extend({
    source: z.enum(MANUAL_LEAD_SOURCES).default("other"),
    /** The admin user to assign; without it the `leads.assignment` rule applies to a new lead. */
    assigned_to: z.string().trim().min(1).max(200).nullish(),
    /** Stored as the lead's first note (PII-redacted). */
    note: z.string().trim().min(1).max(5000).optional(),
  })
  .strict()
  .refine(hasContact, contactRequired)

export type AdminCreateLead = z.infer<typeof AdminCreateLead>

/** One CSV row, as the capture would take it (cells arrive as text; numbers are converted first). */
export const AdminImportLeadRow = captureFields().strict().refine(hasContact, contactRequired)

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024
export const MAX_IMPORT_ROWS = 5000
/**
 * Valid rows one written import takes. Each row runs the capture's rules (dedupe locks,
 * scoring, history) inside one transaction: 500 rows take tens of seconds on two cores,
 * while 5,000 did not finish in 6 minutes, past any proxy's timeout, holding the transaction
 * open. The preview still reads 5,000.
 */
export const MAX_WRITTEN_IMPORT_ROWS = 500

export const AdminImportLeads = z
  .object({
    /** The file's text: a header row with the capture's field names (pt-BR aliases accepted). */
    csv: z
      .string()
      .min(1)
      .refine((text) => Buffer.byteLength(text, "utf8") <= MAX_IMPORT_BYTES, {
        message: `csv must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
      }),
    /** true (default): classify only, write nothing. */
    dry_run: z.boolean().default(true),
  })
  .strict()

export type AdminImportLeads = z.infer<typeof AdminImportLeads>

/** One change for many leads (board and list bulk actions); funnel rules apply per lead. */
export const AdminBulkUpdateLeads = z
  .object({
    ids: z.array(z.string().trim().min(1).max(200)).min(1).max(200),
    status: z.enum(LEAD_STATUSES).optional(),
    lost_reason: z.string().trim().min(1).max(1000).nullish(),
    /** null unassigns. */
    assigned_to: z.string().trim().min(1).max(200).nullable().optional(),
    /** Kept in each status history entry of this change. */
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict()
  .refine((body) => body.status !== undefined || body.assigned_to !== undefined, {
    message: "status or assigned_to is required",
  })

export type AdminBulkUpdateLeads = z.infer<typeof AdminBulkUpdateLeads>

/** The lead to absorb into the lead of the path. */
export const AdminMergeLeads = z
  .object({
    from_id: z.string().trim().min(1).max(200),
  })
  .strict()

export type AdminMergeLeads = z.infer<typeof AdminMergeLeads>
