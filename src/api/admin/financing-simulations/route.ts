import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AdminGetFinancingSimulationsParams } from "./validators"

/** Saved financing simulations and where they stand in the bank's credit analysis. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetFinancingSimulationsParams>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: financing_simulations, metadata } = await query.graph({
    entity: "financing_simulation",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    financing_simulations,
    count: metadata?.count ?? financing_simulations.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? financing_simulations.length,
  })
}
