import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminDeleteSolar360CacheParams,
  AdminGetCacheTimeseriesParams,
  AdminGetPvlibYield,
  AdminGetSolar360CachesParams,
} from "./validators"

export const adminSolar360CacheMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/caches",
    middlewares: [validateAndTransformQuery(AdminGetSolar360CachesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/caches/timeseries",
    middlewares: [validateAndTransformQuery(AdminGetCacheTimeseriesParams, {})],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/solar360/caches/:kind",
    middlewares: [validateAndTransformQuery(AdminDeleteSolar360CacheParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/pvlib-yield",
    middlewares: [validateAndTransformBody(AdminGetPvlibYield)],
  },
]
