import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetSolar360RetentionParams, AdminRunSolar360Retention } from "./validators"

export const adminSolar360RetentionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/privacy/retention",
    middlewares: [validateAndTransformQuery(AdminGetSolar360RetentionParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/privacy/retention/run",
    middlewares: [validateAndTransformBody(AdminRunSolar360Retention)],
  },
]
