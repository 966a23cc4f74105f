import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  SOLAR360_MODULE,
  type LeadImportInvalidRow,
  type LeadImportRow,
  type Solar360ModuleService,
} from "../../../modules/solar360"

export type ImportLeadsStepInput = { rows: LeadImportRow[]; invalid: LeadImportInvalidRow[]; dry_run: boolean }

/** Classifies the rows and, unless a dry run, writes the valid ones in one transaction. */
export const importLeadsStep = createStep(
  "import-leads",
  async (input: ImportLeadsStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const result = await solar360.importLeads(input)
    return new StepResponse(result, input.dry_run ? undefined : result)
  },
  async (result, { container }) => {
    if (!result) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertLeadImport(result)
  }
)
