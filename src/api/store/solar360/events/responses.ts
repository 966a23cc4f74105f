import { z } from "@medusajs/framework/zod"
import { Solar360ErrorCode } from "../../../../modules/solar360"

/** One item the batch refused, by its position in the batch. */
export const BatchRejection = z
  .object({ index: z.number().int(), code: z.string(), message: z.string() })
  .meta({ id: "BatchRejection" })

/**
 * What an ingestion batch answers: accepted and duplicate counts and every rejected item. A
 * batch whose every item is rejected answers the same counts in a 400 error body.
 */
export const StoreIngestBatchResponse = z
  .object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.array(BatchRejection),
  })
  .meta({ id: "StoreIngestBatchResponse", example: { accepted: 2, duplicates: 0, rejected: [] } })

export type StoreIngestBatchResponse = z.infer<typeof StoreIngestBatchResponse>

/** The 400 of a batch whose every item was rejected: the error body with the same counts. */
export const StoreIngestBatchRejected = StoreIngestBatchResponse.extend({
  type: z.literal("invalid_data"),
  code: z.string(),
  message: z.string(),
}).meta({
  id: "StoreIngestBatchRejected",
  example: {
    type: "invalid_data",
    code: Solar360ErrorCode.EVENTS_REJECTED,
    message: "All 1 items were rejected",
    accepted: 0,
    duplicates: 0,
    rejected: [{ index: 0, code: "invalid_event", message: "event_name: Required" }],
  },
})

export type StoreIngestBatchRejected = z.infer<typeof StoreIngestBatchRejected>

export const StoreIngestEventsResponse = StoreIngestBatchResponse
export type StoreIngestEventsResponse = StoreIngestBatchResponse
