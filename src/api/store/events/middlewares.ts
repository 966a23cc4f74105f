import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { limitBatchSize } from "../../utils/limit-batch-size"
import { MAX_BATCH_BYTES, StoreIngestEvents } from "./validators"

export const storeEventMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/events",
    bodyParser: { sizeLimit: "2mb" },
    middlewares: [
      limitBatchSize(MAX_BATCH_BYTES),
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreIngestEvents),
    ],
  },
]
