import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { updateLeadStep, UpdateLeadStepInput } from "./steps/update-lead"

/**
 * Changes a lead's status (through the funnel rules), assignment or notes, appending to
 * its status history; a move to `converted` emits `solar360.lead.converted`.
 */
export const updateLeadWorkflow = createWorkflow(
  "update-lead",
  (input: UpdateLeadStepInput) => {
    const result = updateLeadStep(input)
    const converted = transform({ input, result }, ({ input, result }) => ({
      isConversion: input.update.status === "converted" && Boolean(result.status_change_id),
      event: { eventName: Solar360Events.LEAD_CONVERTED, data: { id: result.lead_id } },
    }))
    when("emit-lead-converted", converted, ({ isConversion }) => isConversion).then(() => {
      emitEventStep(converted.event)
    })
    return new WorkflowResponse(result)
  }
)
