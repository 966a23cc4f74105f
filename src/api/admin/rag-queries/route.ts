import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AdminGetRagQueriesParams } from "../helio/validators"

/** RAG queries, newest first unless `order` says otherwise; `min_cost` is in USD. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRagQueriesParams>,
  res: MedusaResponse
) => {
  const { min_cost, ...filters } = req.filterableFields as Record<string, unknown> & { min_cost?: number }
  if (min_cost !== undefined) {
    filters.estimated_cost_usd = { $gte: min_cost }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rag_queries, metadata } = await query.graph({
    entity: "rag_query",
    fields: req.queryConfig.fields,
    filters,
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { created_at: "DESC" },
    },
  })
  res.json({
    rag_queries,
    count: metadata?.count ?? rag_queries.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? rag_queries.length,
  })
}
