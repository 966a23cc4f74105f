import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogProductIds, shapeCatalog } from "../../../../lib/analytics/reports"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { reportRange } from "../analytics/helpers"
import { AdminGetCatalogAnalyticsParams } from "../analytics/validators"
import type { AdminCatalogAnalyticsResponse } from "../analytics/responses"

/**
 * Catalog report for a range of calendar days (default: the last 30): most viewed products,
 * best view-to-cart/purchase conversion, popular and failed searches, co-viewed products and
 * recommendation source performance. Bots and soft-deleted logs never count.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCatalogAnalyticsParams>,
  res: MedusaResponse<AdminCatalogAnalyticsResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const params = req.validatedQuery as AdminGetCatalogAnalyticsParams
  const range = reportRange(params, solar360.options.reportTimezone)
  const rows = await solar360.getAnalyticsReportRows("catalog", range, {
    limit: params.limit,
    minViews: params.min_views,
  })
  const names = await solar360.getCatalogProductNames(
    catalogProductIds(rows, params.limit, params.min_views)
  )
  res.json({ range, ...shapeCatalog(rows, names, params.limit, params.min_views) })
}
