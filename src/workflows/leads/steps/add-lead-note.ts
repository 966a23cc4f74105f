import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type AddLeadNoteStepInput = { lead_id: string; body: string; author_id?: string | null }

/** Stores an operator's note on a lead (PII-redacted by the module); undone by deleting it. */
export const addLeadNoteStep = createStep(
  "add-lead-note",
  async (input: AddLeadNoteStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const note = await solar360.addLeadNote(input.lead_id, input.body, input.author_id ?? null)
    return new StepResponse(note, note.id)
  },
  async (noteId: string | undefined, { container }) => {
    if (!noteId) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.deleteLeadNotes([noteId])
  }
)
