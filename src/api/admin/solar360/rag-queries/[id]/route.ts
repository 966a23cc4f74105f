import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { notFound } from "../../../../../modules/solar360"
import type { AdminRagQueryResponse } from "../../helio/responses"

export async function loadRagQuery(req: AuthenticatedMedusaRequest<any, any>) {
  const rag_query = await refetchEntity({
    entity: "rag_query",
    idOrFilter: req.params.id,
    scope: req.scope,
    fields: req.queryConfig.fields,
  })
  if (!rag_query) {
    throw notFound(`RAG query with id "${req.params.id}" was not found`)
  }
  return rag_query
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminRagQueryResponse>) => {
  res.json({ rag_query: await loadRagQuery(req) })
}
