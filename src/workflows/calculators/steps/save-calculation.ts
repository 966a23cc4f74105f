import {
  generateResumeToken,
  hashIdempotencyKey,
  resumeTokenForIdempotencyKey,
} from "../../../lib/calculators"
import type Solar360ModuleService from "../../../modules/solar360/service"

export type CalculationKind = "financing_simulation" | "solar_viability_analysis"

export type SavedCalculation = {
  id: string
  /** Handed to the customer once; only its hash is stored. */
  resume_token: string
  /** False when an Idempotency-Key matched an earlier request: nothing new was written. */
  created: boolean
}

function repository(solar360: Solar360ModuleService, kind: CalculationKind) {
  return kind === "financing_simulation"
    ? {
        create: (data: Record<string, unknown>) => solar360.createFinancingSimulations(data as any),
        findByKeyHash: (hash: string) =>
          solar360.listFinancingSimulations({ idempotency_key_hash: hash }, { select: ["id"] }),
        delete: (id: string) => solar360.deleteFinancingSimulations([id]),
      }
    : {
        create: (data: Record<string, unknown>) => solar360.createSolarViabilityAnalyses(data as any),
        findByKeyHash: (hash: string) =>
          solar360.listSolarViabilityAnalyses({ idempotency_key_hash: hash }, { select: ["id"] }),
        delete: (id: string) => solar360.deleteSolarViabilityAnalyses([id]),
      }
}

/**
 * Stores a computed calculation with a fresh resume token. With an Idempotency-Key, a retry
 * finds the first record (also when two retries race: the unique index lets one insert win)
 * and answers it with the same token, derived from the key.
 */
export async function saveCalculation(
  solar360: Solar360ModuleService,
  kind: CalculationKind,
  columns: Record<string, unknown>,
  idempotencyKey: string | null | undefined
): Promise<SavedCalculation> {
  const repo = repository(solar360, kind)
  if (!idempotencyKey) {
    const { token, hash } = generateResumeToken()
    const created = await repo.create({ ...columns, resume_token_hash: hash })
    return { id: created.id, resume_token: token, created: true }
  }
  const keyHash = hashIdempotencyKey(idempotencyKey)
  const { token, hash } = resumeTokenForIdempotencyKey(idempotencyKey)
  const [existing] = await repo.findByKeyHash(keyHash)
  if (existing) {
    return { id: existing.id, resume_token: token, created: false }
  }
  try {
    const created = await repo.create({ ...columns, resume_token_hash: hash, idempotency_key_hash: keyHash })
    return { id: created.id, resume_token: token, created: true }
  } catch (error) {
    const [winner] = await repo.findByKeyHash(keyHash)
    if (winner) {
      return { id: winner.id, resume_token: token, created: false }
    }
    throw error
  }
}

export async function deleteCalculation(solar360: Solar360ModuleService, kind: CalculationKind, id: string) {
  await repository(solar360, kind).delete(id)
}
