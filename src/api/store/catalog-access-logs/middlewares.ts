import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { limitBatchSize } from "../../utils/limit-batch-size"
import { MAX_LOG_BATCH_BYTES, StoreIngestCatalogAccessLogs } from "./validators"

export const storeCatalogAccessLogMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/catalog-access-logs",
    bodyParser: { sizeLimit: "2mb" },
    middlewares: [
      limitBatchSize(MAX_LOG_BATCH_BYTES),
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreIngestCatalogAccessLogs),
    ],
  },
]
