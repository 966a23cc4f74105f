import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  purgeRetiredIpSaltsStep,
  PurgeRetiredIpSaltsStepInput,
} from "./steps/purge-retired-ip-salts"

/** Deletes the daily IP salts older than the `ipSaltGraceDays` option. */
export const purgeRetiredIpSaltsWorkflow = createWorkflow(
  "purge-retired-ip-salts",
  (input: PurgeRetiredIpSaltsStepInput) => {
    const result = purgeRetiredIpSaltsStep(input)
    return new WorkflowResponse(result)
  }
)
