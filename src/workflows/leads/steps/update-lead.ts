import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"
import type {
  LeadStatusUpdate,
  UpdateLeadResult,
} from "../../../modules/solar360"

export type UpdateLeadStepInput = { id: string; update: LeadStatusUpdate }

export const updateLeadStep = createStep(
  "update-lead",
  async (input: UpdateLeadStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.updateLeadWithHistory(input.id, input.update)
    return new StepResponse(result, result)
  },
  async (result: UpdateLeadResult | undefined, { container }) => {
    if (!result) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertLeadUpdate(result)
  }
)
