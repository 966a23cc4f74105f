import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { purgeCacheStep, PurgeCacheStepInput } from "./steps/purge-cache"

/** Empties one external-API cache (admin action). */
export const purgeCacheWorkflow = createWorkflow("purge-cache", (input: PurgeCacheStepInput) => {
  return new WorkflowResponse(purgeCacheStep(input))
})
