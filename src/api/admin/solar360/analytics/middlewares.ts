import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminGetAnalyticsFunnelParams,
  AdminGetAnalyticsOverviewParams,
  AdminGetCatalogAnalyticsParams,
} from "./validators"

export const adminAnalyticsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/analytics/overview",
    middlewares: [validateAndTransformQuery(AdminGetAnalyticsOverviewParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/analytics/funnel",
    middlewares: [validateAndTransformQuery(AdminGetAnalyticsFunnelParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/catalog-analytics",
    middlewares: [validateAndTransformQuery(AdminGetCatalogAnalyticsParams, {})],
  },
]
