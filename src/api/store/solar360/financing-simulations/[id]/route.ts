import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { calculatorViewer } from "../../../../utils/calculator-request"
import type { StoreFinancingSimulationResponse } from "../responses"

/** A saved simulation, for its customer or the holder of its resume token; else 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreFinancingSimulationResponse>) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  await solar360.retrieveViewableCalculation("financing_simulation", req.params.id, calculatorViewer(req))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [financing_simulation],
  } = await query.graph({
    entity: "financing_simulation",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  res.json({ financing_simulation })
}
