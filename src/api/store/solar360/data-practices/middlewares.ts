import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetDataPracticesParams } from "./validators"

export const storeDataPracticesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/solar360/data-practices*",
    middlewares: [validateAndTransformQuery(StoreGetDataPracticesParams, {})],
  },
]
