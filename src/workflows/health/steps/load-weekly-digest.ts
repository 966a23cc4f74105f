import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

/** The weekly digest of the week a day falls in (default: the last full week) and its recipients. */
export const loadWeeklyDigestStep = createStep("load-weekly-digest", async (input: { week?: string; now?: Date }, { container }) => {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const digest = await solar360.getWeeklyDigest(input)
  return new StepResponse({ digest, recipients: solar360.options.dataHealth.digestRecipients })
})
