import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type BulkLeadUpdate, type Solar360ModuleService } from "../../../modules/solar360"

/** One change over many leads, each through the funnel rules; refusals are answered per lead. */
export const bulkUpdateLeadsStep = createStep(
  "bulk-update-leads",
  async (input: BulkLeadUpdate, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const outcome = await solar360.bulkUpdateLeads(input)
    return new StepResponse(outcome, outcome.updates)
  },
  async (updates, { container }) => {
    if (!updates?.length) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    for (const update of [...updates].reverse()) {
      await solar360.revertLeadUpdate(update)
    }
  }
)
