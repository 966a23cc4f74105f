import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { storeFinancingSimulationListQueryConfig, storeFinancingSimulationQueryConfig } from "./query-config"
import {
  StoreAcceptFinancingSimulation,
  StoreCreateFinancingSimulation,
  StoreGetCalculationParams,
  StoreListCalculationsParams,
} from "./validators"

// Guests are welcome (they come back with the resume token); a logged-in customer owns theirs.
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeFinancingSimulationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/solar360/financing-simulations",
    middlewares: [
      optionalCustomer,
      rateLimit("financingSimulations"),
      validateAndTransformBody(StoreCreateFinancingSimulation),
      validateAndTransformQuery(StoreGetCalculationParams, storeFinancingSimulationQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/solar360/financing-simulations/:id",
    middlewares: [
      optionalCustomer,
      validateAndTransformQuery(StoreGetCalculationParams, storeFinancingSimulationQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/solar360/financing-simulations/:id/accept",
    middlewares: [
      optionalCustomer,
      validateAndTransformBody(StoreAcceptFinancingSimulation),
      validateAndTransformQuery(StoreGetCalculationParams, storeFinancingSimulationQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/solar360/customers/me/financing-simulations",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreListCalculationsParams, storeFinancingSimulationListQueryConfig),
    ],
  },
]
