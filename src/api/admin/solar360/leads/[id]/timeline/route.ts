import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../../../../modules/solar360"
import type { AdminGetLeadTimelineParams } from "./validators"
import type { AdminLeadTimelineResponse } from "./responses"

/**
 * The lead's timeline, newest first: touches, status and consent changes, notes, the pages,
 * events and catalog activity of its tracker ids and customer, simulations, analyses and
 * Helio conversations, with the ids of the linked records. A read: no workflow.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLeadTimelineParams>,
  res: MedusaResponse<AdminLeadTimelineResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const { limit, before } = req.validatedQuery as AdminGetLeadTimelineParams
  res.json(await solar360.leadTimeline(req.params.id, { limit, before: before ?? null }))
}
