import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetSolar360DigestParams } from "./digest/validators"
import { AdminGetSolar360HealthParams } from "./validators"

export const adminSolar360HealthMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/health",
    middlewares: [validateAndTransformQuery(AdminGetSolar360HealthParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/health/digest",
    middlewares: [validateAndTransformQuery(AdminGetSolar360DigestParams, {})],
  },
]
