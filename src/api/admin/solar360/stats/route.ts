import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_ENTITIES } from "../../../../modules/solar360"
import { entityStats } from "./helpers"
import { AdminGetSolar360StatsParams } from "./validators"
import type { AdminSolar360StatsResponse } from "./responses"

/** Size and freshness of each of the plugin's data sets, for the admin overview. */
export const GET = async (
  req: MedusaRequest<unknown, AdminGetSolar360StatsParams>,
  res: MedusaResponse<AdminSolar360StatsResponse>
) => {
  const { since } = req.validatedQuery as AdminGetSolar360StatsParams
  const stats = await Promise.all(
    SOLAR360_ENTITIES.map((entity) => entityStats(req.scope, entity, since))
  )
  res.json({ stats, since: since ?? null })
}
