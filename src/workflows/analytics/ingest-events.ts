import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { IngestEventsInput } from "../../modules/solar360"
import { insertEventsStep } from "./steps/insert-events"

/** Stores a validated batch of analytics events, enriched, in one statement. */
export const ingestEventsWorkflow = createWorkflow(
  "ingest-events",
  (input: IngestEventsInput) => {
    const result = insertEventsStep(input)
    return new WorkflowResponse(result)
  }
)
