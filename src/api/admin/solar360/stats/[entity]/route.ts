import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isSolar360Entity } from "../../../../../modules/solar360"
import { notFound } from "../../../../../modules/solar360"
import { entityStats } from "../helpers"
import { AdminGetSolar360StatsParams } from "../validators"
import type { AdminSolar360EntityStatsResponse } from "../responses"

export const GET = async (
  req: MedusaRequest<unknown, AdminGetSolar360StatsParams>,
  res: MedusaResponse<AdminSolar360EntityStatsResponse>
) => {
  const { entity } = req.params
  if (!isSolar360Entity(entity)) {
    throw notFound(`Unknown solar360 data set "${entity}"`)
  }
  const { since } = req.validatedQuery as AdminGetSolar360StatsParams
  res.json({ stat: await entityStats(req.scope, entity, since), since: since ?? null })
}
