import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  purgeExpiredCacheEntriesStep,
  PurgeExpiredCacheEntriesStepInput,
} from "./steps/purge-expired-cache-entries"

/** Deletes ANEEL and pvlib cache entries expired longer than the `cachePurgeGraceDays` option. */
export const purgeExpiredCacheEntriesWorkflow = createWorkflow(
  "purge-expired-cache-entries",
  (input: PurgeExpiredCacheEntriesStepInput) => {
    return new WorkflowResponse(purgeExpiredCacheEntriesStep(input))
  }
)
