import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SubjectIdentifiers } from "../../../lib/privacy"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type EraseDataSubjectStepInput = {
  identifiers: SubjectIdentifiers
  mode: "anonymise" | "delete"
  reason: string
  actor_type?: string | null
  actor_id?: string | null
  idempotency_key?: string | null
}

// No compensation on purpose: an erasure is the request's last effect and must not be undone.
export const eraseDataSubjectStep = createStep(
  "erase-data-subject",
  async (input: EraseDataSubjectStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    return new StepResponse(await solar360.eraseDataSubject(input))
  }
)
