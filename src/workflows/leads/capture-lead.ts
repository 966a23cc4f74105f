import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360/events"
import { captureLeadStep, CaptureLeadStepInput } from "./steps/capture-lead"

/**
 * Stores a lead from the storefront or folds it into the person's open lead (dedupe by
 * e-mail or phone), scores it, and emits `solar360.lead.created` or `solar360.lead.updated`.
 */
export const captureLeadWorkflow = createWorkflow(
  "capture-lead",
  (input: CaptureLeadStepInput) => {
    const result = captureLeadStep(input)
    const event = transform({ result }, ({ result }) => ({
      eventName: result.deduplicated
        ? Solar360Events.LEAD_UPDATED
        : Solar360Events.LEAD_CREATED,
      data: { id: result.lead_id },
    }))
    emitEventStep(event)
    return new WorkflowResponse(result)
  }
)
