import { Context } from "@medusajs/framework/types"
import { MedusaContextType } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isDomainError } from "../../../lib/errors"
import {
  CreditAnalysisChanges,
  CreditAnalysisRequest,
  CreditAnalysisState,
  CreditAnalysisStatus,
  planCreditAnalysis,
} from "../../../lib/finance/credit-analysis"
import { SOLAR360_MODULE } from "../../../modules/solar360"
import { invalidData, notFound, Solar360ErrorCode } from "../../../modules/solar360/errors"
import { runRaw } from "../../../modules/solar360/raw-sql"
import type { Solar360ModuleService } from "../../../modules/solar360"

export type RecordCreditAnalysisStepInput = {
  id: string
  analysis: CreditAnalysisRequest
}

export type RecordCreditAnalysisStepOutput = { id: string; status: CreditAnalysisStatus }

// Every column a move can change: what compensation restores.
const CREDIT_ANALYSIS_COLUMNS = [
  "status",
  "submitted_to_bank",
  "submitted_at",
  "analysis_started_at",
  "was_approved",
  "decided_at",
  "rejection_reason",
  "approved_amount",
  "approved_term_months",
  "approved_rate_annual",
  "approved_monthly_payment",
] satisfies (keyof CreditAnalysisChanges)[]

type Compensation = { id: string; previous: Record<string, unknown> }

// Holds the row until the transaction ends, so two moves from the same status serialise and
// the second one sees the first one's result (and is refused by the rules).
const LOCK_SIMULATION_SQL =
  "select id from financing_simulation where id = ? and deleted_at is null for update"

/**
 * Runs `task` in one transaction of the module's own database connection; the generated
 * service methods join it through the context they are given. The context must carry
 * `__type`: inside a step, module services are proxied and an untyped context is replaced
 * by the workflow's (without the transaction), which would deadlock on our own row lock.
 */
async function inModuleTransaction<T>(
  solar360: Solar360ModuleService,
  task: (context: Context) => Promise<T>
): Promise<T> {
  // MedusaService keeps its repository on `baseRepository_` (what @InjectTransactionManager uses).
  const repository = (solar360 as unknown as {
    baseRepository_: { transaction: <R>(task: (manager: unknown) => Promise<R>) => Promise<R> }
  }).baseRepository_
  return repository.transaction((transactionManager) =>
    task({ __type: MedusaContextType, transactionManager } as Context)
  )
}

/**
 * Moves a financing simulation through the bank's credit analysis under a row lock: reads
 * the current status, applies the rules (lib/finance/credit-analysis), writes the changes.
 * Refused input writes nothing. Compensation restores the columns it changed.
 */
export const recordCreditAnalysisStep = createStep(
  "record-credit-analysis",
  async (input: RecordCreditAnalysisStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const previous = await inModuleTransaction(solar360, async (context) => {
      const locked = await runRaw(context.transactionManager, LOCK_SIMULATION_SQL, [input.id])
      if (!locked.length) {
        throw notFound(`Financing simulation with id "${input.id}" was not found`)
      }
      const current = (await solar360.retrieveFinancingSimulation(
        input.id,
        { select: ["id", ...CREDIT_ANALYSIS_COLUMNS] },
        context
      )) as unknown as CreditAnalysisState & Record<string, unknown>
      let changes: CreditAnalysisChanges
      try {
        changes = planCreditAnalysis(current, input.analysis, new Date())
      } catch (error) {
        throw isDomainError(error)
          ? invalidData(error.message, error.code as Solar360ErrorCode)
          : error
      }
      await solar360.updateFinancingSimulations({ id: input.id, ...changes } as any, context)
      return Object.fromEntries(
        Object.keys(changes).map((key) => [key, current[key] ?? null])
      )
    })
    const output: RecordCreditAnalysisStepOutput = { id: input.id, status: input.analysis.status }
    return new StepResponse(output, { id: input.id, previous } satisfies Compensation)
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.updateFinancingSimulations({ id: compensation.id, ...compensation.previous } as any)
  }
)
