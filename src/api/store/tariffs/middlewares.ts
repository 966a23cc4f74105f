import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetTariffParams, StoreListDistributorsParams } from "./validators"

export const storeTariffMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/tariffs",
    middlewares: [validateAndTransformQuery(StoreGetTariffParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distributors",
    middlewares: [validateAndTransformQuery(StoreListDistributorsParams, {})],
  },
]
