import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { isDomainError } from "../../../lib/errors"
import { CreditAnalysisChanges, CreditAnalysisState, planCreditAnalysis } from "../../../lib/finance/credit-analysis"
import { invalidData, notFound, Solar360ErrorCode } from "../errors"
import { SerializedCrud, serializedCrud } from "../internal/serialized-crud"
import type { FinancingSimulation } from "../models/financing-simulation"
import type { CreditAnalysisRepository } from "../repositories/credit-analysis"
import type { RecordCreditAnalysisInput, RecordCreditAnalysisResult } from "../types/calculators"

type InjectedDependencies = {
  baseRepository: { serialize(data: unknown): Promise<any> }
  financingSimulationService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof FinancingSimulation>>
  creditAnalysisRepository: CreditAnalysisRepository
}

// Every column a move can change: what a compensation restores.
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

/** A financing simulation moved through the bank's credit analysis (rules in lib/finance/credit-analysis). */
export class CreditAnalysisService {
  protected readonly baseRepository_: InjectedDependencies["baseRepository"]
  protected readonly simulations_: SerializedCrud
  protected readonly repository_: CreditAnalysisRepository

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.simulations_ = serializedCrud(cradle.financingSimulationService, cradle.baseRepository)
    this.repository_ = cradle.creditAnalysisRepository
  }

  /**
   * Under a row lock, in one transaction: reads the simulation's current status, applies the
   * rules at `at`, writes the changes. Refused input writes nothing (400 with the rule's code;
   * 404 for an unknown simulation). Returns the previous values of the changed columns, which
   * `revertCreditAnalysis` puts back.
   */
  @InjectManager()
  async recordCreditAnalysis(
    input: RecordCreditAnalysisInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordCreditAnalysisResult> {
    return this.recordCreditAnalysis_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordCreditAnalysis_(
    input: RecordCreditAnalysisInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordCreditAnalysisResult> {
    if (!(await this.repository_.lockSimulation(sharedContext, input.id))) {
      throw notFound(`Financing simulation with id "${input.id}" was not found`)
    }
    const current = (await this.simulations_.retrieve(
      input.id,
      { select: ["id", ...CREDIT_ANALYSIS_COLUMNS] },
      sharedContext
    )) as CreditAnalysisState & Record<string, unknown>
    let changes: CreditAnalysisChanges
    try {
      changes = planCreditAnalysis(current, input.analysis, input.at ?? new Date())
    } catch (error) {
      throw isDomainError(error) ? invalidData(error.message, error.code as Solar360ErrorCode) : error
    }
    await this.simulations_.update({ id: input.id, ...changes }, sharedContext)
    return {
      id: input.id,
      status: input.analysis.status,
      previous: Object.fromEntries(Object.keys(changes).map((key) => [key, current[key] ?? null])),
    }
  }

  /** Compensation: the columns a move changed get their previous values back. */
  @InjectManager()
  async revertCreditAnalysis(
    recorded: Pick<RecordCreditAnalysisResult, "id" | "previous">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.simulations_.update({ id: recorded.id, ...recorded.previous }, sharedContext)
  }
}
