import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOrNotFound } from "../../../../utils/refetch-or-not-found"
import type { AdminSolarViabilityAnalysisResponse } from "../responses"

/** One viability analysis with its cash flow and assumptions (never its resume token hash). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSolarViabilityAnalysisResponse>) => {
  const analysis = await refetchOrNotFound({
    scope: req.scope,
    entity: "solar_viability_analysis",
    id: req.params.id,
    fields: req.queryConfig.fields,
    notFoundMessage: `Solar viability analysis with id "${req.params.id}" was not found`,
  })
  res.json({ solar_viability_analysis: analysis })
}
