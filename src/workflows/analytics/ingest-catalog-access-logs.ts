import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { IngestEventsInput } from "../../modules/solar360"
import { insertCatalogAccessLogsStep } from "./steps/insert-catalog-access-logs"

/** Stores a validated batch of catalog access logs, enriched, in one statement. */
export const ingestCatalogAccessLogsWorkflow = createWorkflow(
  "ingest-catalog-access-logs",
  (input: IngestEventsInput) => {
    const result = insertCatalogAccessLogsStep(input)
    return new WorkflowResponse(result)
  }
)
