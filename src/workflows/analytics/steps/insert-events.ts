import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type IngestEventsInput, type Solar360ModuleService } from "../../../modules/solar360"

export const insertEventsStep = createStep(
  "insert-events",
  async (input: IngestEventsInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.ingestEvents(input)
    return new StepResponse(result, result.inserted_ids)
  },
  async (insertedIds: string[] | undefined, { container }) => {
    if (!insertedIds?.length) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.deleteEvents(insertedIds)
  }
)
