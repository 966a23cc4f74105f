import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../modules/solar360"
import type { AdminEventResponse } from "../responses"

/** One analytics event, every column but the visitor pseudonym. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminEventResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [event],
  } = await query.graph({
    entity: "event",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!event) {
    throw notFound(`Event with id "${req.params.id}" was not found`)
  }
  res.json({ event })
}
