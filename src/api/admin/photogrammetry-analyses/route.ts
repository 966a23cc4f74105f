import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AdminGetPhotogrammetryAnalysesParams } from "./validators"

/** Roof analyses: those bought from a provider and the reuse records pointing at them. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPhotogrammetryAnalysesParams>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: photogrammetry_analyses, metadata } = await query.graph({
    entity: "photogrammetry_analysis",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    photogrammetry_analyses,
    count: metadata?.count ?? photogrammetry_analyses.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? photogrammetry_analyses.length,
  })
}
