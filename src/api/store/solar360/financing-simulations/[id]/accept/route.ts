import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptFinancingSimulationWorkflow } from "../../../../../../workflows/calculators"
import { calculatorViewer } from "../../../../../utils/calculator-request"
import { StoreAcceptFinancingSimulation } from "../../validators"
import type { StoreFinancingSimulationResponse } from "../../responses"

/** The customer accepts the simulation (same access rules as reading it). */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreAcceptFinancingSimulation>,
  res: MedusaResponse<StoreFinancingSimulationResponse>
) => {
  await acceptFinancingSimulationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      viewer: calculatorViewer(req),
      chosen_reason: req.validatedBody.chosen_reason ?? null,
    },
  })
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
