import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { normalizeSubjectIdentifiers, SubjectIdentifierKind, SubjectIdentifiers } from "../../../../../lib/privacy"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import { asInvalidData } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"

type IdentifierInput = Partial<Record<SubjectIdentifierKind, string | string[] | undefined>>

/** The request's identifiers, normalised like the models store them; 400 when none or invalid. */
export function subjectIdentifiersOf(req: AuthenticatedMedusaRequest<unknown, any>, input: IdentifierInput): SubjectIdentifiers {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  return asInvalidData(() => normalizeSubjectIdentifiers(input, solar360.options.defaultPhoneCountry as any))
}

/** Who handled the request, for the audit (an admin user or a secret API key). */
export function auditActorOf(req: AuthenticatedMedusaRequest<unknown, any>) {
  return { actor_type: req.auth_context?.actor_type ?? null, actor_id: req.auth_context?.actor_id ?? null }
}
