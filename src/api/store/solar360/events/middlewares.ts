import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { INGEST_BODY_PARSER, limitBatchSize } from "../../../utils/limit-batch-size"
import { MAX_BATCH_BYTES, StoreIngestEvents } from "./validators"

export const storeEventMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/solar360/events",
    bodyParser: INGEST_BODY_PARSER,
    middlewares: [
      limitBatchSize(MAX_BATCH_BYTES),
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreIngestEvents),
    ],
  },
]
