import type { CreditAnalysisRequest, CreditAnalysisStatus } from "../../../lib/finance/credit-analysis"

export type RecordCreditAnalysisInput = {
  id: string
  analysis: CreditAnalysisRequest
  /** The moment of the move (defaults to now): dates such as `decided_at` take it. */
  at?: Date
}

export type RecordCreditAnalysisResult = {
  id: string
  status: CreditAnalysisStatus
  /** The changed columns' values before the move: what `revertCreditAnalysis` restores. */
  previous: Record<string, unknown>
}
