import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { INGEST_BODY_PARSER, limitBatchSize } from "../../../utils/limit-batch-size"
import { MAX_LOG_BATCH_BYTES, StoreIngestCatalogAccessLogs } from "./validators"

export const storeCatalogAccessLogMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/solar360/catalog-access-logs",
    bodyParser: INGEST_BODY_PARSER,
    middlewares: [
      limitBatchSize(MAX_LOG_BATCH_BYTES),
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreIngestCatalogAccessLogs),
    ],
  },
]
