import { Context } from "@medusajs/framework/types"
import type { SqlRunner } from "./sql-runner"

// Holds the row until the transaction ends, so two moves from the same status serialise and
// the second one sees the first one's result (and is refused by the rules).
const LOCK_SIMULATION_SQL =
  "SELECT id FROM financing_simulation WHERE id = :id AND deleted_at IS NULL FOR UPDATE"

/**
 * The credit analysis's SQL. Not named `FinancingSimulationRepository`: that name would
 * replace the model's generated repository.
 */
export class CreditAnalysisRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** Inside the caller's transaction; false when no live simulation has this id. */
  async lockSimulation(context: Context, id: string): Promise<boolean> {
    return (await this.sql_.rows(context, LOCK_SIMULATION_SQL, { id })).length > 0
  }
}
