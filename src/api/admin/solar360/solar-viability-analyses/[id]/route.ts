import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../modules/solar360"
import type { AdminSolarViabilityAnalysisResponse } from "../responses"

/** One viability analysis with its cash flow and assumptions (never its resume token hash). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSolarViabilityAnalysisResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [analysis],
  } = await query.graph({
    entity: "solar_viability_analysis",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!analysis) {
    throw notFound(`Solar viability analysis with id "${req.params.id}" was not found`)
  }
  res.json({ solar_viability_analysis: analysis })
}
