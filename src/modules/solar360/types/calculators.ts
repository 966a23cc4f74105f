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

export type CalculationKind = "financing_simulation" | "solar_viability_analysis"

/** Records a customer reaches with a token: saved calculations and Helio conversations. */
export type TokenRecordKind = CalculationKind | "helio_conversation"

export type SavedWithToken = {
  id: string
  /** Handed out once (resume token / conversation session token); only its hash is stored. */
  resume_token: string
  /** False when an Idempotency-Key matched an earlier request: nothing new was written. */
  created: boolean
}

/** An Idempotency-Key and who sent it (`IdempotencyScope` without the secret). */
export type IdempotencyInput = { key: string; caller: string }
