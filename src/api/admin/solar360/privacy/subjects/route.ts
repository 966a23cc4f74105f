import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { subjectIdentifiersOf } from "./identifiers"
import { AdminDataSubjectParams } from "./validators"
import type { AdminDataSubjectSummaryResponse } from "./responses"

/**
 * GET form, kept for links and scripts: its identifiers are in the URL, so access logs hold
 * them (README). Prefer `POST /admin/solar360/privacy/subjects/search`.
 *
 * What is held about one person (LGPD art. 18 I-II): rows per model with first and last
 * dates, which links matched, and the resolved identifiers. Nothing held answers total 0.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminDataSubjectParams>, res: MedusaResponse<AdminDataSubjectSummaryResponse>) => {
  const identifiers = subjectIdentifiersOf(req, req.validatedQuery as AdminDataSubjectParams)
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  res.json(await solar360.summarizeDataSubject(identifiers))
}
