import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../modules/solar360"

export async function loadRagQuery(req: AuthenticatedMedusaRequest<any, any>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [rag_query],
  } = await query.graph({ entity: "rag_query", fields: req.queryConfig.fields, filters: { id: req.params.id } })
  if (!rag_query) {
    throw notFound(`RAG query with id "${req.params.id}" was not found`)
  }
  return rag_query
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ rag_query: await loadRagQuery(req) })
}
