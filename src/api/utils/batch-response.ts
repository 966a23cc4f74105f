import { MedusaResponse } from "@medusajs/framework/http"
import { type ClassifiedBatch, type GeoHeaderNames, readGeoHeaders } from "../../lib/analytics"
import type { StoreIngestBatchRejected, StoreIngestBatchResponse } from "../store/solar360/events/responses"

/**
 * The ingestion routes' answer. Every item is accepted, a duplicate (its message_id was
 * stored before, or repeated in the batch: retries are safe) or rejected with a reason.
 * When every item is rejected the answer is 400, with the same per-item detail.
 */
export function sendBatchResult(
  res: MedusaResponse<StoreIngestBatchResponse | StoreIngestBatchRejected>,
  classified: ClassifiedBatch<unknown>,
  insertedCount: number,
  rejectedCode: string
) {
  const body = {
    accepted: insertedCount,
    duplicates: classified.duplicates_in_batch + (classified.valid.length - insertedCount),
    rejected: classified.rejected,
  }
  if (!classified.valid.length && classified.rejected.length) {
    res.status(400).json({
      type: "invalid_data" as const,
      code: rejectedCode,
      message: `All ${classified.rejected.length} items were rejected`,
      ...body,
    })
    return
  }
  res.json(body)
}

/**
 * Who and where a batch came from, for the module's enrichment (never stored raw). Only these
 * values enter the workflow input: the request's headers (cookies, authorization) never do.
 */
export function batchOrigin(
  req: {
    auth_context?: { actor_type?: string; actor_id?: string }
    ip?: string
    headers: Record<string, string | string[] | undefined>
    get(name: string): string | undefined
  },
  geoHeaders: GeoHeaderNames
) {
  return {
    customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id! : null,
    ip: req.ip ?? null,
    user_agent: req.get("user-agent") ?? null,
    geo: readGeoHeaders(req.headers, geoHeaders),
  }
}
