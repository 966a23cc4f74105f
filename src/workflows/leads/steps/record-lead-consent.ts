import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  SOLAR360_MODULE,
  type LeadConsentInput,
  type RecordLeadConsentResult,
  type Solar360ModuleService,
} from "../../../modules/solar360"

export type RecordLeadConsentStepInput = LeadConsentInput

/** Appends the statement to the lead's consent history and, when newest, applies it. */
export const recordLeadConsentStep = createStep(
  "record-lead-consent",
  async (input: RecordLeadConsentStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.recordLeadConsent(input)
    return new StepResponse(result, result)
  },
  async (result: RecordLeadConsentResult | undefined, { container }) => {
    if (!result) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertLeadConsent(result)
  }
)
