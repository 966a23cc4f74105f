import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type ConfirmLeadConsentResult, type Solar360ModuleService } from "../../../modules/solar360"

/** Checks a double opt-in token and applies the consent statement it names, once. */
export const confirmLeadConsentStep = createStep(
  "confirm-lead-consent",
  async (input: { token: string }, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.confirmLeadConsent(input.token)
    return new StepResponse(result, result)
  },
  async (result: ConfirmLeadConsentResult | undefined, { container }) => {
    if (!result) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertLeadConsentConfirmation(result)
  }
)
