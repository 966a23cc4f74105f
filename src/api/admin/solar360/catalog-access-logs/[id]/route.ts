import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOrNotFound } from "../../../../utils/refetch-or-not-found"
import type { AdminCatalogAccessLogResponse } from "../responses"

/** One catalog access log, every column but the visitor pseudonym. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCatalogAccessLogResponse>) => {
  const catalog_access_log = await refetchOrNotFound({
    scope: req.scope,
    entity: "catalog_access_log",
    id: req.params.id,
    fields: req.queryConfig.fields,
    notFoundMessage: `Catalog access log with id "${req.params.id}" was not found`,
  })
  res.json({ catalog_access_log })
}
