import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../modules/solar360"

/** One financing simulation with the fields of the request's query config (404 if missing). */
export async function refetchFinancingSimulation(
  req: AuthenticatedMedusaRequest<any, any>,
  id: string
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [financingSimulation],
  } = await query.graph({
    entity: "financing_simulation",
    fields: req.queryConfig.fields,
    filters: { id },
  })
  if (!financingSimulation) {
    throw notFound(`Financing simulation with id "${id}" was not found`)
  }
  return financingSimulation
}
