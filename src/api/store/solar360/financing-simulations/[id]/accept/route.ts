import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
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
  const financing_simulation = await refetchEntity({
    entity: "financing_simulation",
    idOrFilter: req.params.id,
    scope: req.scope,
    fields: req.queryConfig.fields,
  })
  res.json({ financing_simulation })
}
