import { ingestEventsWorkflow } from "../../../../workflows/analytics"
import { ingestBatchRoute } from "../../../utils/ingest-batch-route"
import { MAX_EVENT_BYTES, StoreEventItem } from "./validators"
import { Solar360ErrorCode } from "../../../../modules/solar360"

/** A batch of analytics events, answered per event (accepted / duplicate / rejected). */
export const POST = ingestBatchRoute({
  itemsKey: "events",
  schema: StoreEventItem,
  maxItemBytes: MAX_EVENT_BYTES,
  noun: "event",
  workflow: ingestEventsWorkflow,
  rejectedCode: Solar360ErrorCode.EVENTS_REJECTED,
})
