import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { StoreGetCalculationParams, StoreListCalculationsParams } from "../financing-simulations/validators"
import {
  storeSolarViabilityAnalysisListQueryConfig,
  storeSolarViabilityAnalysisQueryConfig,
} from "./query-config"
import { StoreCreateSolarViabilityAnalysis } from "./validators"

// Guests are welcome (they come back with the resume token); a logged-in customer owns theirs.
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeSolarViabilityAnalysisMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/solar360/solar-viability-analyses",
    middlewares: [
      optionalCustomer,
      rateLimit("solarViabilityAnalyses"),
      validateAndTransformBody(StoreCreateSolarViabilityAnalysis),
      validateAndTransformQuery(StoreGetCalculationParams, storeSolarViabilityAnalysisQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/solar360/solar-viability-analyses/:id",
    middlewares: [
      optionalCustomer,
      validateAndTransformQuery(StoreGetCalculationParams, storeSolarViabilityAnalysisQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/solar360/customers/me/solar-viability-analyses",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreListCalculationsParams, storeSolarViabilityAnalysisListQueryConfig),
    ],
  },
]
