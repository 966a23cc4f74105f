import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { StoreConfirmLeadConsent, StoreCreateLead } from "./validators"

export const storeLeadMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/solar360/leads",
    middlewares: [
      // A logged-in customer's capture with their account e-mail acts for their lead; guests are welcome too.
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      rateLimit("leads"),
      validateAndTransformBody(StoreCreateLead),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/solar360/leads/consent/confirm",
    // The token is the credential: whoever received the link, logged in or not.
    middlewares: [validateAndTransformBody(StoreConfirmLeadConsent)],
  },
]
