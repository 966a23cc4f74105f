import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type LeadAssignmentChange, type Solar360ModuleService } from "../../../modules/solar360"

/** Gives new leads without an assignee one by the `leads.assignment` rule (none without it). */
export const assignNewLeadsStep = createStep(
  "assign-new-leads",
  async (leadIds: string[], { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const changes = await solar360.assignNewLeads(leadIds)
    return new StepResponse(changes, changes)
  },
  async (changes: LeadAssignmentChange[] | undefined, { container }) => {
    if (!changes?.length) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertLeadAssignments(changes)
  }
)
