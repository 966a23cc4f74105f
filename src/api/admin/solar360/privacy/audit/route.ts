import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SubjectIdentifierKind, SUBJECT_IDENTIFIER_KINDS } from "../../../../../lib/privacy"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { subjectIdentifiersOf } from "../subjects/identifiers"
import { AdminListPrivacyAuditParams } from "../subjects/validators"
import type { AdminPrivacyAuditListResponse } from "../subjects/responses"

/**
 * The audit trail of data-subject exports and erasures, newest first. Identifier filters
 * (`?email=`) are hashed like the audit stores them: "was this person's data ever erased?"
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPrivacyAuditParams>, res: MedusaResponse<AdminPrivacyAuditListResponse>) => {
  const query = req.validatedQuery as AdminListPrivacyAuditParams
  const identifierInput = Object.fromEntries(
    SUBJECT_IDENTIFIER_KINDS.filter((kind) => query[kind] !== undefined).map((kind) => [kind, query[kind]])
  ) as Partial<Record<SubjectIdentifierKind, string | string[]>>
  const identifiers = Object.keys(identifierInput).length ? subjectIdentifiersOf(req, identifierInput) : null
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const limit = query.limit ?? 50
  const offset = query.offset ?? 0
  const { audits, count } = await solar360.listPrivacyAuditRecords({
    action: query.action,
    mode: query.mode,
    identifiers,
    limit,
    offset,
  })
  res.json({ audits, count, offset, limit })
}
