import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOrNotFound } from "../../../../utils/refetch-or-not-found"
import type { AdminPhotogrammetryAnalysisResponse } from "../responses"

/** One roof analysis with its planes and panel layout. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPhotogrammetryAnalysisResponse>) => {
  const analysis = await refetchOrNotFound({
    scope: req.scope,
    entity: "photogrammetry_analysis",
    id: req.params.id,
    fields: req.queryConfig.fields,
    notFoundMessage: `Photogrammetry analysis with id "${req.params.id}" was not found`,
  })
  res.json({ photogrammetry_analysis: analysis })
}
