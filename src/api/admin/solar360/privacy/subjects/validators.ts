import { z } from "@medusajs/framework/zod"
import { createListParams } from "../../../../utils/list-params"
import { MAX_IDENTIFIERS_PER_KIND } from "../../../../../lib/privacy"

/** One identifier or several (`?email=a&email=b`). */
const identifierValues = z.union([z.string().max(320), z.array(z.string().max(320)).max(MAX_IDENTIFIERS_PER_KIND)]).optional()

const identifierShape = {
  customer_id: identifierValues,
  email: identifierValues,
  phone: identifierValues,
  cpf_cnpj: identifierValues,
  lead_id: identifierValues,
  anonymous_id: identifierValues,
  session_id: identifierValues,
}

export const AdminDataSubjectParams = z.object(identifierShape).strict()
export type AdminDataSubjectParams = z.infer<typeof AdminDataSubjectParams>

export const AdminExportDataSubjectParams = z
  .object({
    ...identifierShape,
    /** json: one document; zip: one JSON file per model, for large subjects. */
    format: z.enum(["json", "zip"]).default("json"),
  })
  .strict()
export type AdminExportDataSubjectParams = z.infer<typeof AdminExportDataSubjectParams>

/**
 * The POST forms (search, export) take the identifiers in the body, so a CPF or an e-mail
 * never lands in an access log, proxy log or browser history as a URL would.
 */
export const AdminSearchDataSubject = z.object({ identifiers: z.object(identifierShape).strict() }).strict()
export type AdminSearchDataSubject = z.infer<typeof AdminSearchDataSubject>

export const AdminExportDataSubject = z
  .object({
    identifiers: z.object(identifierShape).strict(),
    format: z.enum(["json", "zip"]).default("json"),
  })
  .strict()
export type AdminExportDataSubject = z.infer<typeof AdminExportDataSubject>

export const AdminEraseDataSubject = z
  .object({
    identifiers: z.object(identifierShape).strict(),
    mode: z.enum(["anonymise", "delete"]),
    /** Why (e.g. "LGPD art. 18 VI request of 2026-11-29"); stored PII-redacted in the audit. */
    reason: z.string().trim().min(1).max(2000),
  })
  .strict()
export type AdminEraseDataSubject = z.infer<typeof AdminEraseDataSubject>

export const AdminListPrivacyAuditParams = createListParams({ limit: 50, offset: 0 })
  .extend({
    ...identifierShape,
    action: z.enum(["export", "erase"]).optional(),
    mode: z.enum(["anonymise", "delete"]).optional(),
  })
  .strict()
export type AdminListPrivacyAuditParams = z.infer<typeof AdminListPrivacyAuditParams>
