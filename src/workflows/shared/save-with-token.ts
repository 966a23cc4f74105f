import {
  generateResumeToken,
  hashIdempotencyKey,
  resumeTokenForIdempotencyKey,
} from "../../lib/calculators"
import type { Solar360ModuleService } from "../../modules/solar360"

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

type Repository = {
  create: (data: Record<string, unknown>) => Promise<{ id: string }>
  findByKeyHash: (hash: string) => Promise<Array<{ id: string }>>
  delete: (id: string) => Promise<void>
  tokenColumn: "resume_token_hash" | "session_token_hash"
}

function repository(solar360: Solar360ModuleService, kind: TokenRecordKind): Repository {
  switch (kind) {
    case "financing_simulation":
      return {
        create: (data) => solar360.createFinancingSimulations(data as any),
        findByKeyHash: (hash) => solar360.listFinancingSimulations({ idempotency_key_hash: hash }, { select: ["id"] }),
        delete: (id) => solar360.deleteFinancingSimulations([id]),
        tokenColumn: "resume_token_hash",
      }
    case "solar_viability_analysis":
      return {
        create: (data) => solar360.createSolarViabilityAnalyses(data as any),
        findByKeyHash: (hash) => solar360.listSolarViabilityAnalyses({ idempotency_key_hash: hash }, { select: ["id"] }),
        delete: (id) => solar360.deleteSolarViabilityAnalyses([id]),
        tokenColumn: "resume_token_hash",
      }
    case "helio_conversation":
      return {
        create: (data) => solar360.createHelioConversations(data as any),
        findByKeyHash: (hash) => solar360.listHelioConversations({ idempotency_key_hash: hash }, { select: ["id"] }),
        delete: (id) => solar360.deleteHelioConversations([id]),
        tokenColumn: "session_token_hash",
      }
  }
}

/** An Idempotency-Key and who sent it (`IdempotencyScope` without the secret). */
export type IdempotencyInput = { key: string; caller: string }

/**
 * Stores a record with a fresh access token. With an Idempotency-Key, a retry by the same
 * caller finds the first record (also when two retries race: the unique index lets one insert
 * win) and answers it with the same token, derived from the key, the caller and the store's
 * secret. The same key from another caller is another (caller, key) pair: a fresh record,
 * so a leaked key opens nothing.
 */
export async function saveWithToken(
  solar360: Solar360ModuleService,
  kind: TokenRecordKind,
  columns: Record<string, unknown>,
  idempotency: IdempotencyInput | null | undefined
): Promise<SavedWithToken> {
  const repo = repository(solar360, kind)
  if (!idempotency) {
    const { token, hash } = generateResumeToken()
    const created = await repo.create({ ...columns, [repo.tokenColumn]: hash })
    return { id: created.id, resume_token: token, created: true }
  }
  const scope = { ...idempotency, secret: await solar360.getResumeTokenKey() }
  const keyHash = hashIdempotencyKey(scope)
  const { token, hash } = resumeTokenForIdempotencyKey(scope)
  const [existing] = await repo.findByKeyHash(keyHash)
  if (existing) {
    return { id: existing.id, resume_token: token, created: false }
  }
  try {
    const created = await repo.create({ ...columns, [repo.tokenColumn]: hash, idempotency_key_hash: keyHash })
    return { id: created.id, resume_token: token, created: true }
  } catch (error) {
    const [winner] = await repo.findByKeyHash(keyHash)
    if (winner) {
      return { id: winner.id, resume_token: token, created: false }
    }
    throw error
  }
}

export async function deleteWithToken(solar360: Solar360ModuleService, kind: TokenRecordKind, id: string) {
  await repository(solar360, kind).delete(id)
}
