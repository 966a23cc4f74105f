import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Solar360ErrorCode } from "../../modules/solar360"

/**
 * The body parser options of an ingestion route: `sizeLimit` bounds the DECODED body (the
 * parser counts inflated bytes of a gzip/deflate/br body and stops inflating there, so a gzip
 * bomb costs at most this much), and the decoded bytes are kept for `limitBatchSize`.
 */
export const INGEST_BODY_PARSER = { sizeLimit: "2mb", preserveRawBody: true } as const

/**
 * Refuses an oversized ingestion batch with 413 and a code the client can act on (split the
 * batch), before any work. The size is the decoded body's: `Content-Length` counts the
 * compressed bytes, so a gzip body of a few KB could otherwise carry megabytes. Express's own
 * parser limit sits higher, as a last guard (its 413 has no code).
 */
export function limitBatchSize(maxBytes: number) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const raw = (req as MedusaRequest & { rawBody?: unknown }).rawBody
    const encoding = String(req.headers["content-encoding"] ?? "identity").toLowerCase()
    const declared = encoding === "identity" ? Number(req.headers["content-length"] ?? 0) : 0
    const size = Buffer.isBuffer(raw)
      ? raw.length
      : declared || Buffer.byteLength(JSON.stringify(req.body ?? {}))
    if (size > maxBytes) {
      res.status(413).json({
        type: "payload_too_large",
        code: Solar360ErrorCode.BATCH_TOO_LARGE,
        message: `The batch is ${size} bytes; the limit is ${maxBytes}. Send fewer items per request.`,
      })
      return
    }
    next()
  }
}
