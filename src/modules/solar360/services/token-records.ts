import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import {
  CalculatorViewer,
  canViewCalculation,
  generateResumeToken,
  hashIdempotencyKey,
  resumeTokenForIdempotencyKey,
} from "../../../lib/calculators"
import { notFound } from "../errors"
import { SerializedCrud, serializedCrud } from "../internal/serialized-crud"
import type { FinancingSimulation } from "../models/financing-simulation"
import type { HelioConversation } from "../models/helio-conversation"
import type { SolarViabilityAnalysis } from "../models/solar-viability-analysis"
import type { CalculationKind, IdempotencyInput, SavedWithToken, TokenRecordKind } from "../types/calculators"
import type { PseudonymKeysService } from "./pseudonym-keys"

type Crud<Model extends { name?: unknown }> = ModulesSdkTypes.IMedusaInternalService<InferEntityType<Model> & object>

type InjectedDependencies = {
  baseRepository: { serialize(data: unknown): Promise<any> }
  financingSimulationService: Crud<typeof FinancingSimulation>
  solarViabilityAnalysisService: Crud<typeof SolarViabilityAnalysis>
  helioConversationService: Crud<typeof HelioConversation>
  pseudonymKeysService: PseudonymKeysService
}

const TOKEN_COLUMN: Record<TokenRecordKind, "resume_token_hash" | "session_token_hash"> = {
  financing_simulation: "resume_token_hash",
  solar_viability_analysis: "resume_token_hash",
  helio_conversation: "session_token_hash",
}

const LABEL: Record<CalculationKind, string> = {
  financing_simulation: "Financing simulation",
  solar_viability_analysis: "Solar viability analysis",
}

/**
 * Records a customer reaches with a token (saved calculations, Helio conversations): stored
 * with a fresh or idempotency-derived token, and read back only by their customer or the
 * token's holder. Every generated-CRUD call runs in its own transaction, as the facade's
 * generated methods do: a lost insert race must not abort the read that finds the winner.
 */
export class TokenRecordsService {
  protected readonly records_: Record<TokenRecordKind, SerializedCrud>
  protected readonly pseudonymKeys_: PseudonymKeysService

  constructor(cradle: InjectedDependencies) {
    this.records_ = {
      financing_simulation: serializedCrud(cradle.financingSimulationService, cradle.baseRepository),
      solar_viability_analysis: serializedCrud(cradle.solarViabilityAnalysisService, cradle.baseRepository),
      helio_conversation: serializedCrud(cradle.helioConversationService, cradle.baseRepository),
    }
    this.pseudonymKeys_ = cradle.pseudonymKeysService
  }

  /**
   * Stores a record with a fresh access token. With an Idempotency-Key, a retry by the same
   * caller finds the first record (also when two retries race: the unique index lets one insert
   * win) and answers it with the same token, derived from the key, the caller and the store's
   * secret. The same key from another caller is another (caller, key) pair: a fresh record,
   * so a leaked key opens nothing.
   */
  async saveWithToken(
    kind: TokenRecordKind,
    columns: Record<string, unknown>,
    idempotency: IdempotencyInput | null | undefined,
    sharedContext: Context = {}
  ): Promise<SavedWithToken> {
    const records = this.records_[kind]
    const tokenColumn = TOKEN_COLUMN[kind]
    if (!idempotency) {
      const { token, hash } = generateResumeToken()
      const created = await records.create({ ...columns, [tokenColumn]: hash }, sharedContext)
      return { id: created.id, resume_token: token, created: true }
    }
    const scope = { ...idempotency, secret: await this.pseudonymKeys_.getResumeTokenKey() }
    const keyHash = hashIdempotencyKey(scope)
    const { token, hash } = resumeTokenForIdempotencyKey(scope)
    const findByKeyHash = () => records.list({ idempotency_key_hash: keyHash }, { select: ["id"] }, sharedContext)
    const [existing] = await findByKeyHash()
    if (existing) {
      return { id: existing.id, resume_token: token, created: false }
    }
    try {
      const created = await records.create(
        { ...columns, [tokenColumn]: hash, idempotency_key_hash: keyHash },
        sharedContext
      )
      return { id: created.id, resume_token: token, created: true }
    } catch (error) {
      const [winner] = await findByKeyHash()
      if (winner) {
        return { id: winner.id, resume_token: token, created: false }
      }
      throw error
    }
  }

  /** Compensation of saveWithToken: the record goes (a replayed one was not created here). */
  async revertSaveWithToken(kind: TokenRecordKind, id: string, sharedContext: Context = {}): Promise<void> {
    await this.records_[kind].delete([id], sharedContext)
  }

  /**
   * Loads a saved calculation the viewer may see (its customer, or the holder of its resume
   * token). Anyone else gets the same 404 as for an id that does not exist, so ids and
   * tokens cannot be probed.
   */
  async retrieveViewableCalculation<T extends Record<string, any> = Record<string, any>>(
    kind: CalculationKind,
    id: string,
    viewer: CalculatorViewer,
    select: string[] = [],
    sharedContext: Context = {}
  ): Promise<T> {
    const fields = [...new Set(["id", "customer_id", "resume_token_hash", ...select])]
    const [record] = await this.records_[kind].list({ id }, { select: fields }, sharedContext)
    if (!record || !canViewCalculation(record, viewer)) {
      throw notFound(`${LABEL[kind]} with id "${id}" was not found`)
    }
    return record as T
  }

  /**
   * A conversation its customer, or the holder of its session token, may read and rate.
   * Anyone else gets the 404 of a conversation that does not exist.
   */
  async retrieveViewableConversation(
    id: string,
    viewer: CalculatorViewer,
    sharedContext: Context = {}
  ): Promise<{ id: string; customer_id: string | null }> {
    const [conversation] = await this.records_.helio_conversation.list(
      { id },
      { select: ["id", "customer_id", "session_token_hash"], take: 1 },
      sharedContext
    )
    if (
      !conversation ||
      !canViewCalculation({ customer_id: conversation.customer_id, resume_token_hash: conversation.session_token_hash }, viewer)
    ) {
      throw notFound(`Helio conversation with id "${id}" was not found`)
    }
    return conversation
  }
}
