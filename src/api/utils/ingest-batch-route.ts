import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyConsent, classifyBatch, ItemSchema } from "../../lib/analytics"
import { SOLAR360_MODULE } from "../../modules/solar360"
import type { IngestEventsInput } from "../../modules/solar360"
import type { Solar360ModuleService } from "../../modules/solar360"
import { batchOrigin, sendBatchResult } from "./batch-response"
import type { StoreIngestBatchRejected, StoreIngestBatchResponse } from "../store/solar360/events/responses"

type IngestWorkflow = (scope: any) => {
  run(args: { input: IngestEventsInput }): Promise<{ result: { inserted_ids: string[] } }>
}

/**
 * The POST handler of an ingestion batch route (events, catalog access logs): each item is
 * answered accepted / duplicate / rejected with a reason; the accepted ones travel to the
 * workflow as the one JSON string made while size-checking them, and are written in one
 * statement. When every item is rejected the answer is 400 and nothing is written.
 */
export function ingestBatchRoute<T extends { message_id: string; timestamp?: Date | null }>(spec: {
  /** The body key holding the items (`events`, `logs`). */
  itemsKey: string
  schema: ItemSchema<T>
  maxItemBytes: number
  /** Names an item in rejection codes (`invalid_<noun>`, `<noun>_too_large`). */
  noun: string
  workflow: IngestWorkflow
  /** Error code when every item is rejected. */
  rejectedCode: string
}) {
  return async (
    req: AuthenticatedMedusaRequest<Record<string, any>>,
    res: MedusaResponse<StoreIngestBatchResponse | StoreIngestBatchRejected>
  ) => {
    const received_at = new Date()
    const { sent_at } = req.validatedBody
    const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
    const { requireConsent } = solar360.options.analytics
    const classified = classifyBatch(
      req.validatedBody[spec.itemsKey],
      spec.schema,
      {
        sent_at,
        received_at,
        futureToleranceHours: solar360.options.eventFutureToleranceHours,
        pastToleranceDays: solar360.options.eventPastToleranceDays,
      },
      {
        maxItemBytes: spec.maxItemBytes,
        noun: spec.noun,
        // Consent is applied before the size check and serialisation: what is measured is
        // what is stored, and a refused item's identifiers never reach the workflow input.
        // An item that says nothing, when nothing is required, is stored as it came (the
        // statement reads a missing `consent_analytics` as true): no copy per item on the
        // common path (~5 µs an item measured, about 5% of the route's CPU per event).
        prepare: (item) =>
          (item as { consent?: unknown }).consent == null && !requireConsent
            ? item
            : (applyConsent(item, solar360.options.analytics) as unknown as typeof item),
      }
    )

    let inserted = 0
    if (classified.valid.length) {
      const { result } = await spec.workflow(req.scope).run({
        input: {
          // One string for the workflow engine to copy, not one object per item
          events: { json: classified.valid_json, count: classified.valid.length },
          received_at,
          sent_at: sent_at ?? null,
          ...batchOrigin(req, solar360.options.geoHeaders),
        },
      })
      inserted = result.inserted_ids.length
    }
    sendBatchResult(res, classified, inserted, spec.rejectedCode)
  }
}
