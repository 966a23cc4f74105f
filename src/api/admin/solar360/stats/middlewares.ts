import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetSolar360StatsParams } from "./validators"

export const adminSolar360StatsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/stats*",
    middlewares: [validateAndTransformQuery(AdminGetSolar360StatsParams, {})],
  },
]
