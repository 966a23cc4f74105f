import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  adminFinancingSimulationListQueryConfig,
  adminFinancingSimulationQueryConfig,
} from "./query-config"
import {
  AdminGetFinancingSimulationParams,
  AdminGetFinancingSimulationsParams,
  AdminRecordCreditAnalysis,
} from "./validators"

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
    matcher: "/admin/solar360/financing-simulations/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetFinancingSimulationParams, adminFinancingSimulationQueryConfig),
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
