import { AuthenticatedMedusaRequest, refetchEntity } from "@medusajs/framework/http"
import { notFound } from "../../../../../modules/solar360"

/** One financing simulation with the fields of the request's query config (404 if missing). */
export async function refetchFinancingSimulation(
  req: AuthenticatedMedusaRequest<any, any>,
  id: string
) {
  const financingSimulation = await refetchEntity({
    entity: "financing_simulation",
    idOrFilter: id,
    scope: req.scope,
    fields: req.queryConfig.fields,
  })
  if (!financingSimulation) {
    throw notFound(`Financing simulation with id "${id}" was not found`)
  }
  return financingSimulation
}
