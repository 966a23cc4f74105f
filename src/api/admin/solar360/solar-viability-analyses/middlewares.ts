import { MiddlewareRoute, unlessPath, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  adminSolarViabilityAnalysisListQueryConfig,
  adminSolarViabilityAnalysisQueryConfig,
} from "./query-config"
import {
  AdminGetSolarViabilityAnalysesParams,
  AdminGetSolarViabilityAnalysisParams,
  AdminGetViabilityDistributionParams,
} from "./validators"

/** The static path the `:id` matcher also matches (Medusa runs every matching middleware). */
const NOT_AN_ANALYSIS_ID = /^\/admin\/solar360\/solar-viability-analyses\/distribution\/?$/

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
    matcher: "/admin/solar360/solar-viability-analyses/distribution",
    middlewares: [validateAndTransformQuery(AdminGetViabilityDistributionParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/solar-viability-analyses/:id",
    middlewares: [
      unlessPath(
        NOT_AN_ANALYSIS_ID,
        validateAndTransformQuery(AdminGetSolarViabilityAnalysisParams, adminSolarViabilityAnalysisQueryConfig)
      ),
    ],
  },
]
