import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOrNotFound } from "../../../../utils/refetch-or-not-found"
import type { AdminEventResponse } from "../responses"

/** One analytics event, every column but the visitor pseudonym. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminEventResponse>) => {
  const event = await refetchOrNotFound({
    scope: req.scope,
    entity: "event",
    id: req.params.id,
    fields: req.queryConfig.fields,
    notFoundMessage: `Event with id "${req.params.id}" was not found`,
  })
  res.json({ event })
}
