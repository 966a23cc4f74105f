import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordDataSubjectExportStep, RecordDataSubjectExportStepInput } from "./steps/record-data-subject-export"

/** Writes the audit record of a data-subject export (who, when, identifier hashes, counts). */
export const recordDataSubjectExportWorkflow = createWorkflow(
  "record-data-subject-export",
  (input: RecordDataSubjectExportStepInput) => {
    return new WorkflowResponse(recordDataSubjectExportStep(input))
  }
)
