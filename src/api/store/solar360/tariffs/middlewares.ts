import { authenticate, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { StoreGetTariffParams, StoreListDistributorsParams } from "./validators"

// Anonymous, but each distinct free-text value can be an ANEEL cache miss: limited per client
// (a logged-in customer by id).
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeTariffMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/solar360/tariffs",
    middlewares: [optionalCustomer, rateLimit("tariffs"), validateAndTransformQuery(StoreGetTariffParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/solar360/distributors",
    middlewares: [optionalCustomer, rateLimit("distributors"), validateAndTransformQuery(StoreListDistributorsParams, {})],
  },
]
