import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminEventListQueryConfig, adminEventQueryConfig } from "./query-config"
import { AdminGetEventParams, AdminGetEventsParams } from "./validators"

export const adminEventMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/events",
    middlewares: [validateAndTransformQuery(AdminGetEventsParams, adminEventListQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/events/:id",
    middlewares: [validateAndTransformQuery(AdminGetEventParams, adminEventQueryConfig)],
  },
]
