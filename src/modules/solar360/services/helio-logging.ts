import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { notFound } from "../errors"
import { SerializedCrud, serializedCrud } from "../internal/serialized-crud"
import type { RagQuery } from "../models/rag-query"
import type { HelioRepository } from "../repositories/helio"
import type { HelioMetricAggregates, LoggedRagQueries, PreparedRagQuery } from "../types/helio"

type InjectedDependencies = {
  baseRepository: { serialize(data: unknown): Promise<any> }
  ragQueryService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof RagQuery>>
  helioRepository: HelioRepository
}

/**
 * Helio logging (the assistant's RAG queries, deduplicated by message id, counted on their
 * conversation in one transaction) and the raw aggregates of the Helio metrics.
 */
export class HelioLoggingService {
  protected readonly baseRepository_: InjectedDependencies["baseRepository"]
  protected readonly ragQueries_: SerializedCrud
  protected readonly repository_: HelioRepository

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.ragQueries_ = serializedCrud(cradle.ragQueryService, cradle.baseRepository)
    this.repository_ = cradle.helioRepository
  }

  /**
   * Logs a batch of prepared (redacted, costed, flagged) RAG queries to a conversation and
   * adds them to its counters, all in one transaction. Queries whose `message_id` is already
   * logged are skipped (a retry), and only new ones count. 404 for an unknown conversation.
   */
  @InjectManager()
  async logRagQueries(
    conversationId: string,
    queries: PreparedRagQuery[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoggedRagQueries> {
    return this.logRagQueries_(conversationId, queries, sharedContext)
  }

  @InjectTransactionManager()
  protected async logRagQueries_(
    conversationId: string,
    queries: PreparedRagQuery[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoggedRagQueries> {
    const conversation = await this.repository_.lockConversation(sharedContext, conversationId)
    if (!conversation) {
      throw notFound(`Helio conversation with id "${conversationId}" was not found`)
    }
    const messageIds = queries.map((query) => query.message_id).filter((id): id is string => Boolean(id))
    const logged = messageIds.length
      ? await this.repository_.loggedMessageIds(sharedContext, conversationId, messageIds)
      : []
    const seen = new Set(logged)
    const fresh: PreparedRagQuery[] = []
    const results: LoggedRagQueries["results"] = []
    for (const query of queries) {
      if (query.message_id && seen.has(query.message_id)) {
        results.push({ message_id: query.message_id, id: null, duplicate: true })
        continue
      }
      if (query.message_id) {
        seen.add(query.message_id)
      }
      fresh.push(query)
      results.push({ message_id: query.message_id ?? null, id: null, duplicate: false })
    }
    if (!fresh.length) {
      return { conversation_id: conversationId, created_ids: [], results }
    }
    const created = (await this.ragQueries_.create(
      fresh.map((query) => ({
        ...query,
        conversation_id: conversationId,
        customer_id: query.customer_id ?? conversation.customer_id,
        session_id: query.session_id ?? conversation.session_id,
      })) as any[],
      sharedContext
    )) as unknown as Array<{ id: string }>
    let next = 0
    for (const result of results) {
      if (!result.duplicate) {
        result.id = created[next++].id
      }
    }
    const costs = fresh.map((query) => query.estimated_cost_usd).filter((cost): cost is number => cost !== null && cost !== undefined)
    const times = fresh.map((query) => query.total_response_time_ms).filter((ms): ms is number => ms !== null && ms !== undefined)
    const now = new Date()
    await this.repository_.addExchanges(sharedContext, {
      id: conversationId,
      exchanges: fresh.length,
      tokens: fresh.reduce((sum, query) => sum + (query.total_tokens ?? 0), 0),
      has_cost: costs.length > 0,
      cost: costs.reduce((sum, cost) => sum + cost, 0),
      response_time_sum: times.reduce((sum, ms) => sum + ms, 0),
      timed_responses: times.length,
      first_at: now,
      last_at: now,
      contains_pii: fresh.some((query) => query.contains_pii),
      pii_redacted: fresh.some((query) => query.pii_redacted),
    })
    return { conversation_id: conversationId, created_ids: created.map((row) => row.id), results }
  }

  /** The raw aggregates of the Helio metrics for conversations and answers in [from, to]. */
  @InjectManager()
  async getHelioMetricAggregates(
    range: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioMetricAggregates> {
    const { conversations, responseTimes, models, topics } = await this.repository_.metricAggregates(sharedContext, range)
    return {
      conversations: conversations as HelioMetricAggregates["conversations"],
      response_time_ms: responseTimes as HelioMetricAggregates["response_time_ms"],
      // bigint sums arrive as strings from pg.
      models: models.map((row) => ({
        ...row,
        prompt_tokens: Number(row.prompt_tokens),
        completion_tokens: Number(row.completion_tokens),
        cached_tokens: Number(row.cached_tokens),
        reasoning_tokens: Number(row.reasoning_tokens),
        total_tokens: Number(row.total_tokens),
      })) as HelioMetricAggregates["models"],
      top_topics: topics as HelioMetricAggregates["top_topics"],
    }
  }
}
