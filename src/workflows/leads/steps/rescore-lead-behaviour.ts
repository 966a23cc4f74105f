import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type RescoreLeadBehaviourStepInput = {
  /** The instant the lookback window ends at (defaults to now). */
  now?: Date | string
}

export const rescoreLeadBehaviourStep = createStep(
  "rescore-lead-behaviour",
  async (input: RescoreLeadBehaviourStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const { count, lead_ids, previous } = await solar360.rescoreLeadBehaviour({
      now: input.now ? new Date(input.now) : new Date(),
      ...solar360.options.leadBehaviour,
    })
    return new StepResponse({ count, lead_ids }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertLeadBehaviourScores(previous)
  }
)
