import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminGetAnalyticsAttributionParams,
  AdminGetAnalyticsBreakdownsParams,
  AdminGetAnalyticsFunnelParams,
  AdminGetAnalyticsOverviewParams,
  AdminGetAnalyticsTimeseriesParams,
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
  {
    method: ["GET"],
    matcher: "/admin/solar360/analytics/timeseries",
    middlewares: [validateAndTransformQuery(AdminGetAnalyticsTimeseriesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/analytics/breakdowns",
    middlewares: [validateAndTransformQuery(AdminGetAnalyticsBreakdownsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/analytics/attribution",
    middlewares: [validateAndTransformQuery(AdminGetAnalyticsAttributionParams, {})],
  },
]
