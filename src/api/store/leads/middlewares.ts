import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { rateLimit } from "../../utils/rate-limit"
import { storeLeadQueryConfig } from "./query-config"
import { StoreCreateLead, StoreLeadParams } from "./validators"

export const storeLeadMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/leads",
    middlewares: [
      // A logged-in customer's lead gets their customer_id; guests are welcome too.
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      rateLimit("leads"),
      validateAndTransformBody(StoreCreateLead),
      validateAndTransformQuery(StoreLeadParams, storeLeadQueryConfig),
    ],
  },
]
