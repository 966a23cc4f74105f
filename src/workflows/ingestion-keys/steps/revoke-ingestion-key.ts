import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound, SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type RevokeIngestionKeyStepInput = { id: string; revoked_by?: string | null }

/** Revokes a key (at once, on every instance: each call looks the key up). Revoking twice keeps the first date. */
export const revokeIngestionKeyStep = createStep(
  "revoke-ingestion-key",
  async (input: RevokeIngestionKeyStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const [key] = await solar360.listIngestionKeys({ id: input.id }, { select: ["id", "revoked_at", "revoked_by"], take: 1 })
    if (!key) {
      throw notFound(`Ingestion key ${input.id} was not found`)
    }
    if (key.revoked_at) {
      return new StepResponse({ id: key.id }, null)
    }
    await solar360.updateIngestionKeys({ id: key.id, revoked_at: new Date(), revoked_by: input.revoked_by ?? null })
    return new StepResponse({ id: key.id }, key.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.updateIngestionKeys({ id, revoked_at: null, revoked_by: null })
  }
)
