import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SubjectIdentifiers } from "../../../lib/privacy"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type RecordDataSubjectExportStepInput = {
  identifiers: SubjectIdentifiers
  format: "json" | "zip"
  counts: Record<string, number>
  actor_type?: string | null
  actor_id?: string | null
}

export const recordDataSubjectExportStep = createStep(
  "record-data-subject-export",
  async (input: RecordDataSubjectExportStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const audit = await solar360.recordDataSubjectExport(input)
    return new StepResponse({ audit_id: audit.id }, audit.id)
  },
  // The export never reached the operator if a later step failed: no audit of it.
  async (auditId, { container }) => {
    if (auditId) {
      const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
      await solar360.deletePrivacyAudits(auditId)
    }
  }
)
