import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../modules/solar360"
import type { AdminPhotogrammetryAnalysisResponse } from "../responses"

/** One roof analysis with its planes and panel layout. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPhotogrammetryAnalysisResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [analysis],
  } = await query.graph({
    entity: "photogrammetry_analysis",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!analysis) {
    throw notFound(`Photogrammetry analysis with id "${req.params.id}" was not found`)
  }
  res.json({ photogrammetry_analysis: analysis })
}
