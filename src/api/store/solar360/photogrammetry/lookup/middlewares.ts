import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { rateLimit } from "../../../../utils/rate-limit"
import { storePhotogrammetryQueryConfig } from "./query-config"
import { StorePhotogrammetryLookup, StorePhotogrammetryLookupParams } from "./validators"

export const storePhotogrammetryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/solar360/photogrammetry/lookup",
    middlewares: [
      // A logged-in customer's lookup is recorded with their id; guests are welcome.
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      rateLimit("photogrammetryLookup"),
      validateAndTransformBody(StorePhotogrammetryLookup),
      validateAndTransformQuery(StorePhotogrammetryLookupParams, storePhotogrammetryQueryConfig),
    ],
  },
]
