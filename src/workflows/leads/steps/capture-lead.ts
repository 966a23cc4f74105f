import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeadCapture } from "../../../lib/leads"
import { SOLAR360_MODULE, type CaptureLeadResult, type Solar360ModuleService } from "../../../modules/solar360"

export type CaptureLeadStepInput = {
  /** What the form sent; `verified_email` is set by the workflow, never from the request. */
  lead: LeadCapture
  /** The request's IP and user agent: hashed here, never stored. */
  ip?: string | null
  user_agent?: string | null
}

export const captureLeadStep = createStep(
  "capture-lead",
  async (input: CaptureLeadStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const ip_hash = input.ip
      ? await solar360.hashRequestIp(input.ip, input.user_agent ?? "")
      : null
    const result = await solar360.captureLead({ ...input.lead, ip_hash })
    return new StepResponse(result, result)
  },
  async (result: CaptureLeadResult | undefined, { container }) => {
    if (!result) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.deleteLeadTouches([result.touch_id])
    if (result.consent_change_id) {
      await solar360.deleteLeadConsentChanges([result.consent_change_id])
    }
    if (result.deduplicated) {
      await solar360.updateLeads({ id: result.lead_id, ...(result.previous as object) })
      return
    }
    const history = await solar360.listLeadStatusChanges({ lead_id: result.lead_id })
    await solar360.deleteLeadStatusChanges(history.map((entry) => entry.id))
    await solar360.deleteLeads([result.lead_id])
  }
)
