import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LookupPhotogrammetryInput } from "../../modules/solar360"
import { lookupPhotogrammetryStep } from "./steps/lookup-photogrammetry"

/**
 * Finds the roof analysis of an address or a point: a reuse of a cached analysis (recorded,
 * and counted on its source) or a new one bought from the provider.
 */
export const lookupPhotogrammetryWorkflow = createWorkflow(
  "lookup-photogrammetry",
  (input: LookupPhotogrammetryInput) => {
    return new WorkflowResponse(lookupPhotogrammetryStep(input))
  }
)
