import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetProductAnalyticsParams } from "./validators"

export const adminProduct360Middlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/products/:id/analytics",
    middlewares: [validateAndTransformQuery(AdminGetProductAnalyticsParams, {})],
  },
]
