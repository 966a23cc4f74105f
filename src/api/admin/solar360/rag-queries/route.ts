import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { AdminGetRagQueriesParams } from "../helio/validators"
import type { AdminRagQueryListResponse } from "../helio/responses"

/** RAG queries, newest first unless `order` says otherwise; `min_cost` is in USD. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRagQueriesParams>,
  res: MedusaResponse<AdminRagQueryListResponse>
) => {
  const { min_cost, ...filters } = req.filterableFields as Record<string, unknown> & { min_cost?: number }
  if (min_cost !== undefined) {
    filters.estimated_cost_usd = { $gte: min_cost }
  }
  await respondWithList(req, res, {
    entity: "rag_query",
    key: "rag_queries",
    filters,
    defaultOrder: { created_at: "DESC" },
  })
}
