import {
  MiddlewareRoute,
  validateAndTransformBody,
  unlessPath,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  adminFinancingSimulationListQueryConfig,
  adminFinancingSimulationQueryConfig,
} from "./query-config"
import {
  AdminGetFinancingFunnelParams,
  AdminGetFinancingSimulationParams,
  AdminGetFinancingSimulationsParams,
  AdminRecordCreditAnalysis,
} from "./validators"

/** The static path the `:id` matcher also matches (Medusa runs every matching middleware). */
const NOT_A_SIMULATION_ID = /^\/admin\/solar360\/financing-simulations\/funnel\/?$/

export const adminFinancingSimulationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/financing-simulations",
    middlewares: [
      validateAndTransformQuery(
        AdminGetFinancingSimulationsParams,
        adminFinancingSimulationListQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/financing-simulations/funnel",
    middlewares: [validateAndTransformQuery(AdminGetFinancingFunnelParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/financing-simulations/:id",
    middlewares: [
      unlessPath(
        NOT_A_SIMULATION_ID,
        validateAndTransformQuery(AdminGetFinancingSimulationParams, adminFinancingSimulationQueryConfig)
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/financing-simulations/:id/credit-analysis",
    middlewares: [
      validateAndTransformBody(AdminRecordCreditAnalysis),
      validateAndTransformQuery(AdminGetFinancingSimulationParams, adminFinancingSimulationQueryConfig),
    ],
  },
]
