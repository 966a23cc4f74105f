import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isDomainError } from "../../../../../../lib/errors"
import { resolveReportRange } from "../../../../../../lib/analytics/reports"
import { invalidData, SOLAR360_MODULE, Solar360ErrorCode } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import { refetchOrNotFound } from "../../../../../utils/refetch-or-not-found"
import type { AdminProductAnalyticsResponse } from "../../responses"
import { AdminGetProductAnalyticsParams } from "../../validators"

/**
 * A product's 360° figures for the product detail widget over calendar days (`days`, or
 * `from`/`to`, default the last 30, at most a year): views and their conversion to carts and
 * purchases (daily rollups where stored), the analytics events that carry the product, the
 * searches that led to it and the products viewed in the same sessions.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProductAnalyticsParams>,
  res: MedusaResponse<AdminProductAnalyticsResponse>
) => {
  const productId = req.params.id
  const params = req.validatedQuery as AdminGetProductAnalyticsParams
  const product = await refetchOrNotFound({
    scope: req.scope,
    entity: "product",
    id: productId,
    fields: ["id", "title", "handle"],
    notFoundMessage: `Product ${productId} was not found`,
  })
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const timeZone = solar360.options.reportTimezone
  let range
  try {
    range = resolveReportRange(
      { from: params.from, to: params.to },
      { timeZone, ...(params.days ? { defaultDays: params.days } : {}) }
    )
  } catch (error) {
    if (isDomainError(error)) {
      throw invalidData(error.message, Solar360ErrorCode.INVALID_RANGE)
    }
    throw error
  }
  const figures = await solar360.getProductAnalytics(productId, { from: range.from, to: range.to })
  res.json({ product, range, ...figures })
}
