import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { leadFiltersToQuery } from "./filters"
import { AdminGetLeadsParams } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLeadsParams>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: leads, metadata } = await query.graph({
    entity: "lead",
    fields: req.queryConfig.fields,
    filters: leadFiltersToQuery(req.filterableFields as any),
    pagination: req.queryConfig.pagination,
  })
  res.json({
    leads,
    count: metadata?.count ?? leads.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? leads.length,
  })
}
