import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import { subjectIdentifiersOf } from "../identifiers"
import { AdminSearchDataSubject } from "../validators"
import type { AdminDataSubjectSummaryResponse } from "../responses"

/**
 * What is held about one person (LGPD art. 18 I-II), like `GET .../subjects`, with the
 * identifiers in the body so no access log holds them. Reads only: nothing is written.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSearchDataSubject>, res: MedusaResponse<AdminDataSubjectSummaryResponse>) => {
  const identifiers = subjectIdentifiersOf(req, req.validatedBody.identifiers)
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  res.json(await solar360.summarizeDataSubject(identifiers))
}
