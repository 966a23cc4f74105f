import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { classifyBatch } from "../../../lib/analytics"
import { SOLAR360_MODULE } from "../../../modules/solar360"
import type Solar360ModuleService from "../../../modules/solar360/service"
import { ingestEventsWorkflow } from "../../../workflows/analytics"
import { batchOrigin, sendBatchResult } from "../../utils/batch-response"
import { MAX_EVENT_BYTES, StoreEventItem, StoreIngestEvents } from "./validators"

/**
 * A batch of analytics events, answered per event (accepted / duplicate / rejected with a
 * reason). The accepted ones are written in one statement; when every event is rejected the
 * answer is 400 and nothing is written.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreIngestEvents>,
  res: MedusaResponse
) => {
  const received_at = new Date()
  const { sent_at, events } = req.validatedBody
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const classified = classifyBatch(
    events,
    StoreEventItem,
    { sent_at, received_at, futureToleranceHours: solar360.options.eventFutureToleranceHours },
    { maxItemBytes: MAX_EVENT_BYTES, noun: "event" }
  )

  let inserted = 0
  if (classified.valid.length) {
    const { result } = await ingestEventsWorkflow(req.scope).run({
      input: {
        // One string for the workflow engine to copy, not one object per item
        events: { json: classified.valid_json, count: classified.valid.length },
        received_at,
        sent_at: sent_at ?? null,
        ...batchOrigin(req),
      },
    })
    inserted = result.inserted_ids.length
  }
  sendBatchResult(res, classified, inserted, "solar360_events_rejected")
}
