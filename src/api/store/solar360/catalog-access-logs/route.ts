import { ingestCatalogAccessLogsWorkflow } from "../../../../workflows/analytics"
import { ingestBatchRoute } from "../../../utils/ingest-batch-route"
import { MAX_LOG_BYTES, StoreCatalogAccessLogItem } from "./validators"
import { Solar360ErrorCode } from "../../../../modules/solar360"

/**
 * A batch of product interactions (views, searches, filters, clicks...), answered per log
 * exactly like POST /store/solar360/events.
 */
export const POST = ingestBatchRoute({
  itemsKey: "logs",
  schema: StoreCatalogAccessLogItem,
  maxItemBytes: MAX_LOG_BYTES,
  noun: "log",
  workflow: ingestCatalogAccessLogsWorkflow,
  rejectedCode: Solar360ErrorCode.LOGS_REJECTED,
})
