import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { viabilityFiltersToQuery } from "./filters"
import { AdminGetSolarViabilityAnalysesParams } from "./validators"

/** Saved solar viability analyses: sizing, investment, returns and the recommendation. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSolarViabilityAnalysesParams>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: solar_viability_analyses, metadata } = await query.graph({
    entity: "solar_viability_analysis",
    fields: req.queryConfig.fields,
    filters: viabilityFiltersToQuery(req.filterableFields as any),
    pagination: req.queryConfig.pagination,
  })
  res.json({
    solar_viability_analyses,
    count: metadata?.count ?? solar_viability_analyses.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? solar_viability_analyses.length,
  })
}
