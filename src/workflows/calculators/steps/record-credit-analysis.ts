import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE } from "../../../modules/solar360"
import type {
  RecordCreditAnalysisInput,
  RecordCreditAnalysisResult,
  Solar360ModuleService,
} from "../../../modules/solar360"

export type RecordCreditAnalysisStepInput = Omit<RecordCreditAnalysisInput, "at">

export type RecordCreditAnalysisStepOutput = Pick<RecordCreditAnalysisResult, "id" | "status">

/**
 * Moves a financing simulation through the bank's credit analysis (the module locks the row,
 * applies lib/finance/credit-analysis and writes in one transaction; refused input writes
 * nothing). Compensation restores the columns it changed.
 */
export const recordCreditAnalysisStep = createStep(
  "record-credit-analysis",
  async (input: RecordCreditAnalysisStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const recorded = await solar360.recordCreditAnalysis(input)
    const output: RecordCreditAnalysisStepOutput = { id: recorded.id, status: recorded.status }
    return new StepResponse(output, { id: recorded.id, previous: recorded.previous })
  },
  async (recorded: Pick<RecordCreditAnalysisResult, "id" | "previous"> | undefined, { container }) => {
    if (!recorded) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.revertCreditAnalysis(recorded)
  }
)
