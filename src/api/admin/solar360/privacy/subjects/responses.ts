import { z } from "@medusajs/framework/zod"
import { dateTime, listOf } from "../../../../utils/response-schemas"

/** Rows of one model held about the person, or `personal_data: false` for a model with none. */
const ModelSummary = z.union([
  z.object({
    count: z.number().int(),
    first_at: dateTime().nullable(),
    last_at: dateTime().nullable(),
    matched_by: z.record(z.string(), z.number()),
  }),
  z.object({ count: z.literal(0), personal_data: z.literal(false) }),
])

/** What is held about one person (LGPD art. 18 I-II). Nothing held answers total 0. */
export const AdminDataSubjectSummaryResponse = z
  .object({
    /** The identifiers resolved from the ones sent (ids, hashes, matched leads). */
    subject: z.looseObject({ leads: z.array(z.object({ id: z.string(), matched_by: z.array(z.string()) })) }),
    models: z.record(z.string(), ModelSummary),
    total: z.number().int(),
  })
  .meta({ id: "AdminDataSubjectSummaryResponse" })
export type AdminDataSubjectSummaryResponse = z.infer<typeof AdminDataSubjectSummaryResponse>

export const AdminEraseDataSubjectResponse = z
  .object({
    erasure: z.object({
      audit_id: z.string(),
      mode: z.enum(["anonymise", "delete"]),
      /** Rows changed (anonymise) or removed (delete) per model. */
      counts: z.record(z.string(), z.number()),
      total: z.number().int(),
      /** True when an earlier request with the same Idempotency-Key answered this. */
      replayed: z.boolean(),
    }),
  })
  .meta({
    id: "AdminEraseDataSubjectResponse",
    example: {
      erasure: { audit_id: "pvaudit_01JQ...", mode: "anonymise", counts: { lead: 1, event: 12 }, total: 13, replayed: false },
    },
  })
export type AdminEraseDataSubjectResponse = z.infer<typeof AdminEraseDataSubjectResponse>

/** An audit record of a data-subject export or erasure (identifiers hashed, never raw). */
export const AdminPrivacyAudit = z.record(z.string(), z.unknown()).meta({
  id: "AdminPrivacyAudit",
  example: {
    id: "paud_01JQ...",
    action: "erase",
    mode: "anonymise",
    actor_type: "user",
    actor_id: "user_01JQ...",
    identifier_hashes: { email: ["9f86d0..."] },
    counts: { lead: 1, event: 12 },
    reason: "LGPD request #123",
    completed_at: "2026-03-01T12:00:00.000Z",
  },
})

export const AdminPrivacyAuditListResponse = listOf("audits", AdminPrivacyAudit).meta({
  id: "AdminPrivacyAuditListResponse",
})
export type AdminPrivacyAuditListResponse = z.infer<typeof AdminPrivacyAuditListResponse>

export const AdminPrivacyAuditResponse = z.object({ audit: AdminPrivacyAudit }).meta({ id: "AdminPrivacyAuditResponse" })
export type AdminPrivacyAuditResponse = z.infer<typeof AdminPrivacyAuditResponse>

/**
 * The export file (a download): `{ subject, models: { <model>: rows[] } }` as JSON, or the same
 * zipped with `format=zip`.
 */
export const AdminDataSubjectExport = z
  .looseObject({ models: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) })
  .meta({ id: "AdminDataSubjectExport" })
