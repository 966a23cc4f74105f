import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type ManualLeadSource, type Solar360ModuleService } from "../../../modules/solar360"

export type CompleteManualLeadStepInput = {
  lead_id: string
  touch_id: string
  created: boolean
  source: ManualLeadSource
  assigned_to?: string | null
  note?: string | null
  actor_id?: string | null
}

/** A manual create's source (touch and metadata), assignee (given or by rule) and first note. */
export const completeManualLeadStep = createStep(
  "complete-manual-lead",
  async (input: CompleteManualLeadStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.completeManualLead(input)
    return new StepResponse(result, result)
  },
  async (result, { container }) => {
    if (!result) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertManualLead(result)
  }
)
