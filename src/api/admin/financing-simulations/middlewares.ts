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
    matcher: "/admin/financing-simulations",
    middlewares: [
      validateAndTransformQuery(
        AdminGetFinancingSimulationsParams,
        adminFinancingSimulationListQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/financing-simulations/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetFinancingSimulationParams, adminFinancingSimulationQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/financing-simulations/:id/credit-analysis",
    middlewares: [
      validateAndTransformBody(AdminRecordCreditAnalysis),
      validateAndTransformQuery(AdminGetFinancingSimulationParams, adminFinancingSimulationQueryConfig),
    ],
  },
]
