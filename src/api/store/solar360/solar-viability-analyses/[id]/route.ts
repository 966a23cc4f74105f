import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { calculatorViewer } from "../../../../utils/calculator-request"
import type { StoreSolarViabilityAnalysisResponse } from "../responses"

/** A saved analysis, for its customer or the holder of its resume token; else 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreSolarViabilityAnalysisResponse>) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  await solar360.retrieveViewableCalculation("solar_viability_analysis", req.params.id, calculatorViewer(req))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [solar_viability_analysis],
  } = await query.graph({
    entity: "solar_viability_analysis",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  res.json({ solar_viability_analysis })
}
