import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../../../modules/solar360"
import { notFound } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import type { AdminPrivacyAuditResponse } from "../../subjects/responses"

/** One audit record of a data-subject request. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPrivacyAuditResponse>) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const [audit] = await solar360.listPrivacyAudits({ id: req.params.id }, { take: 1 })
  if (!audit) {
    throw notFound(`Privacy audit record ${req.params.id} not found`)
  }
  res.json({ audit })
}
