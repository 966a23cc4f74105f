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
    // An assignee that changed (previous holds the column when the update set it).
    const assigned = transform({ input, result }, ({ input, result }) => {
      const previous = (result.previous.assigned_to as string | null | undefined) ?? null
      const changed = input.update.assigned_to !== undefined && "assigned_to" in result.previous && previous !== input.update.assigned_to
      return {
        eventName: Solar360Events.LEAD_ASSIGNED,
        data: changed
          ? [{ id: result.lead_id, assigned_to: input.update.assigned_to ?? null, previous_assigned_to: previous, actor_type: input.update.actor_type }]
          : [],
      }
    })
    emitEventStep(assigned).config({ name: "emit-lead-assigned" })
    return new WorkflowResponse(result)
  }
)
