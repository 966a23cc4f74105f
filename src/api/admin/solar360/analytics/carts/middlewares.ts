import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetAbandonedCartsParams, AdminGetCartAbandonmentParams } from "./validators"

export const adminCartAbandonmentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/analytics/cart-abandonment",
    middlewares: [validateAndTransformQuery(AdminGetCartAbandonmentParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/analytics/abandoned-carts",
    middlewares: [validateAndTransformQuery(AdminGetAbandonedCartsParams, {})],
  },
]
