import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  adminSolarViabilityAnalysisListQueryConfig,
  adminSolarViabilityAnalysisQueryConfig,
} from "./query-config"
import {
  AdminGetSolarViabilityAnalysesParams,
  AdminGetSolarViabilityAnalysisParams,
} from "./validators"

export const adminSolarViabilityAnalysisMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/solar-viability-analyses",
    middlewares: [
      validateAndTransformQuery(
        AdminGetSolarViabilityAnalysesParams,
        adminSolarViabilityAnalysisListQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/solar-viability-analyses/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetSolarViabilityAnalysisParams,
        adminSolarViabilityAnalysisQueryConfig
      ),
    ],
  },
]
