import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetCustomerOverviewParams } from "./validators"

export const adminCustomer360Middlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/customers/:id/overview",
    middlewares: [validateAndTransformQuery(AdminGetCustomerOverviewParams, {})],
  },
]
