import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addLeadNoteStep, AddLeadNoteStepInput } from "./steps/add-lead-note"

/** An operator's note on a lead: append-only, its body PII-redacted like every free text. */
export const addLeadNoteWorkflow = createWorkflow("add-lead-note", (input: AddLeadNoteStepInput) => {
  const note = addLeadNoteStep(input)
  return new WorkflowResponse(note)
})
