import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreHelioConversationFeedback, StoreHelioSessionParams, StoreRagQueryFeedback } from "./validators"

// The conversation's customer, or whoever holds its session token (guests chat too).
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeHelioMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/solar360/helio/conversations/:id",
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreHelioSessionParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/solar360/helio/conversations/:id/feedback",
    middlewares: [
      optionalCustomer,
      validateAndTransformBody(StoreHelioConversationFeedback),
      validateAndTransformQuery(StoreHelioSessionParams, {}),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/solar360/rag-queries/:id/feedback",
    middlewares: [
      optionalCustomer,
      validateAndTransformBody(StoreRagQueryFeedback),
      validateAndTransformQuery(StoreHelioSessionParams, {}),
    ],
  },
]
