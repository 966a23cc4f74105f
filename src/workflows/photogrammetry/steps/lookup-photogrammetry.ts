import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"
import type {
  LookupPhotogrammetryInput,
  PhotogrammetryLookupResult,
} from "../../../modules/solar360"

type Undo = Pick<PhotogrammetryLookupResult, "record_id" | "cache"> & { analysis: { id: string } }

export const lookupPhotogrammetryStep = createStep(
  "lookup-photogrammetry",
  async (input: LookupPhotogrammetryInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.lookupPhotogrammetry(input)
    const undo: Undo = { record_id: result.record_id, cache: result.cache, analysis: { id: result.analysis.id } }
    return new StepResponse(
      { analysis_id: result.analysis.id as string, record_id: result.record_id, cache: result.cache },
      undo
    )
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.undoPhotogrammetryLookup(undo)
  }
)
