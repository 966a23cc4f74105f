import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminCatalogLogListQueryConfig, adminCatalogLogQueryConfig } from "./query-config"
import { AdminGetCatalogAccessLogParams, AdminGetCatalogAccessLogsParams } from "./validators"

export const adminCatalogAccessLogMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/catalog-access-logs",
    middlewares: [
      validateAndTransformQuery(AdminGetCatalogAccessLogsParams, adminCatalogLogListQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/catalog-access-logs/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetCatalogAccessLogParams, adminCatalogLogQueryConfig),
    ],
  },
]
