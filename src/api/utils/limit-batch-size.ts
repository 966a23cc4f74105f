import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Refuses an oversized ingestion batch with 413 and a code the client can act on (split the
 * batch), before any work. Express's own parser limit sits higher, as a last guard.
 */
export function limitBatchSize(maxBytes: number) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const declared = Number(req.headers["content-length"] ?? 0)
    const size = declared || Buffer.byteLength(JSON.stringify(req.body ?? {}))
    if (size > maxBytes) {
      res.status(413).json({
        type: "payload_too_large",
        code: "solar360_batch_too_large",
        message: `The batch is ${size} bytes; the limit is ${maxBytes}. Send fewer items per request.`,
      })
      return
    }
    next()
  }
}
