import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type MergeLeadsStepInput = { survivor_id: string; absorbed_id: string; actor_id?: string | null }

/** Merges one lead into another in one transaction; undone by moving everything back. */
export const mergeLeadsStep = createStep(
  "merge-leads",
  async (input: MergeLeadsStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.mergeLeads(input.survivor_id, input.absorbed_id, input.actor_id ?? null)
    return new StepResponse(result, result)
  },
  async (result, { container }) => {
    if (!result) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertLeadMerge(result)
  }
)
