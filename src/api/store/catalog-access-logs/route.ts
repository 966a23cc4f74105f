import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { classifyBatch } from "../../../lib/analytics"
import { SOLAR360_MODULE } from "../../../modules/solar360"
import type Solar360ModuleService from "../../../modules/solar360/service"
import { ingestCatalogAccessLogsWorkflow } from "../../../workflows/analytics"
import { batchOrigin, sendBatchResult } from "../../utils/batch-response"
import {
  MAX_LOG_BYTES,
  StoreCatalogAccessLogItem,
  StoreIngestCatalogAccessLogs,
} from "./validators"

/**
 * A batch of product interactions (views, searches, filters, clicks...), answered per log
 * exactly like POST /store/events: accepted / duplicate / rejected with a reason, the
 * accepted ones written in one statement.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreIngestCatalogAccessLogs>,
  res: MedusaResponse
) => {
  const received_at = new Date()
  const { sent_at, logs } = req.validatedBody
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const classified = classifyBatch(
    logs,
    StoreCatalogAccessLogItem,
    { sent_at, received_at, futureToleranceHours: solar360.options.eventFutureToleranceHours },
    { maxItemBytes: MAX_LOG_BYTES, noun: "log" }
  )

  let inserted = 0
  if (classified.valid.length) {
    const { result } = await ingestCatalogAccessLogsWorkflow(req.scope).run({
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
  sendBatchResult(res, classified, inserted, "solar360_logs_rejected")
}
