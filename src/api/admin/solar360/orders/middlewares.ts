import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetOrderAttributionParams } from "./validators"

export const adminOrder360Middlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/orders/:id/attribution",
    middlewares: [validateAndTransformQuery(AdminGetOrderAttributionParams, {})],
  },
]
