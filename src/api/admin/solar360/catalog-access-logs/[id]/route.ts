import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../modules/solar360"
import type { AdminCatalogAccessLogResponse } from "../responses"

/** One catalog access log, every column but the visitor pseudonym. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCatalogAccessLogResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [catalog_access_log],
  } = await query.graph({
    entity: "catalog_access_log",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!catalog_access_log) {
    throw notFound(`Catalog access log with id "${req.params.id}" was not found`)
  }
  res.json({ catalog_access_log })
}
