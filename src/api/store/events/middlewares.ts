import {
  authenticate,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { MAX_BATCH_BYTES, StoreIngestEvents } from "./validators"

/**
 * Refuses an oversized batch with 413 and a code the client can act on (split the batch),
 * before any work. Express's own parser limit sits higher, as a last guard.
 */
function limitBatchSize(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const declared = Number(req.headers["content-length"] ?? 0)
  const size = declared || Buffer.byteLength(JSON.stringify(req.body ?? {}))
  if (size > MAX_BATCH_BYTES) {
    res.status(413).json({
      type: "payload_too_large",
      code: "solar360_batch_too_large",
      message: `The batch is ${size} bytes; the limit is ${MAX_BATCH_BYTES}. Send fewer events per request.`,
    })
    return
  }
  next()
}

export const storeEventMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/events",
    bodyParser: { sizeLimit: "2mb" },
    middlewares: [
      limitBatchSize,
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreIngestEvents),
    ],
  },
]
