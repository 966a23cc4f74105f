import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type CreateIngestionKeyStepInput = { title: string; created_by?: string | null }

export const createIngestionKeyStep = createStep(
  "create-ingestion-key",
  async (input: CreateIngestionKeyStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const { ingestion_key, token } = await solar360.createIngestionKey(input)
    return new StepResponse({ id: ingestion_key.id, token }, ingestion_key.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.deleteIngestionKeys([id])
  }
)
