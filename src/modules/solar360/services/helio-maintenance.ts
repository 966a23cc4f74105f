import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { Solar360Options } from "../options"
import type { HelioRepository, HelioRetentionStep } from "../repositories/helio"
import type {
  AbandonedConversation,
  AbandonInactiveConversationsResult,
  HelioAttributionPrevious,
  HelioOrderAttributionInput,
  HelioOrderAttributionResult,
  HelioRetentionResult,
} from "../types/helio"

/** Rows per statement (and transaction) of the retention: no long row locks. */
const HELIO_RETENTION_CHUNK_SIZE = 1000
import { DAY_MS } from "../../../lib/time"

type InjectedDependencies = {
  baseRepository: unknown
  helioRepository: HelioRepository
  solar360Options: Solar360Options
}

/**
 * Helio maintenance: abandonment of inactive conversations, content retention (in chunks under
 * a non-waiting advisory lock), order attribution. SQL in repositories/helio.ts.
 */
export class HelioMaintenanceService {
  protected readonly baseRepository_: unknown
  protected readonly repository_: HelioRepository
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.helioRepository
    this.options_ = cradle.solar360Options
  }

  /**
   * Active conversations without a message for `helio.abandonAfterMinutes` become
   * `abandoned`, ending at their last activity (duration from start to it). One statement.
   */
  @InjectManager()
  async abandonInactiveConversations(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AbandonInactiveConversationsResult> {
    const cutoff = new Date(now.getTime() - this.options_.helio.abandonAfterMinutes * 60_000)
    const rows = await this.repository_.abandonInactive(sharedContext, cutoff)
    return {
      count: rows.length,
      conversation_ids: rows.map((row) => row.id),
      previous: rows.map(({ id, ended_at, duration_seconds }) => ({ id, ended_at, duration_seconds })),
    }
  }

  /** Compensation of abandonInactiveConversations: rows still abandoned become active again. */
  @InjectManager()
  async reopenAbandonedConversations(
    previous: AbandonedConversation[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!previous.length) {
      return
    }
    await this.repository_.reopenAbandoned(sharedContext, previous)
  }

  /**
   * The Helio retention, in transactions of at most 1000 rows each (no long locks), each
   * holding the retention advisory lock (taken without waiting: when another instance holds
   * it, this run stops and says so). In order: missing `data_retention_until` set; conversations
   * with `user_requested_deletion` or past their retention date erased (content and identity,
   * their queries too); then content older than `helio.contentRetentionDays` blanked. Numbers
   * (tokens, costs, timings, counters, conversion) always stay. Idempotent.
   */
  @InjectManager()
  async applyHelioRetention(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioRetentionResult> {
    const cutoff = new Date(now.getTime() - this.options_.helio.contentRetentionDays * DAY_MS)
    const limit = HELIO_RETENTION_CHUNK_SIZE
    const steps: Array<[HelioRetentionStep, Record<string, unknown>]> = [
      ["retention_dates_set", { days: this.options_.helio.conversationRetentionDays, limit }],
      ["conversations_erased", { now, limit }],
      ["queries_erased", { now, limit }],
      ["queries_blanked", { cutoff, now, limit }],
      ["conversations_blanked", { cutoff, now, limit }],
    ]
    const result: HelioRetentionResult = {
      retention_dates_set: 0,
      conversations_erased: 0,
      queries_erased: 0,
      queries_blanked: 0,
      conversations_blanked: 0,
      locked_out: false,
    }
    for (const [kind, bindings] of steps) {
      for (;;) {
        const count = await this.applyHelioRetentionChunk_(kind, bindings, sharedContext)
        if (count === null) {
          result.locked_out = true
          return result
        }
        result[kind] += count
        // Fewer than a chunk: nothing left (or only rows locked by a writer, left for the next run).
        if (count < limit) {
          break
        }
      }
    }
    return result
  }

  /** One chunk of the retention in its own transaction; null when another instance holds the lock. */
  @InjectTransactionManager()
  protected async applyHelioRetentionChunk_(
    step: HelioRetentionStep,
    bindings: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number | null> {
    if (!(await this.repository_.tryRetentionLock(sharedContext))) {
      return null
    }
    return this.repository_.retentionChunk(sharedContext, step, bindings)
  }

  /**
   * Attributes an order to the customer's conversations active within `helio.orderWindowDays`
   * before it: `led_to_purchase`, `order_id`, `order_value` (and its raw value) and
   * `products_purchased` = `{ product_ids, recommended_and_purchased }` (the order's distinct
   * products in id order, and those of them recommended in the conversation or its queries). One statement; a redelivered
   * `order.placed` changes nothing, and no conversation gets a second order.
   */
  @InjectManager()
  async attributeOrderToConversations(
    input: HelioOrderAttributionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HelioOrderAttributionResult> {
    if (!input.customer_id) {
      return { conversation_ids: [], previous: [] }
    }
    const placedAt = new Date(input.placed_at)
    const since = new Date(placedAt.getTime() - this.options_.helio.orderWindowDays * DAY_MS)
    // Sorted: Medusa lists an order's items in no guaranteed order, and the stored lists should
    // not change between two reads of the same order.
    const productIds = [...new Set(input.product_ids.filter(Boolean))].sort()
    const rows = await this.repository_.attributeOrder(sharedContext,
      {
        order_id: input.order_id,
        customer_id: input.customer_id,
        since,
        placed_at: placedAt,
        order_value: input.order_value === null || input.order_value === undefined ? null : String(input.order_value),
        product_ids: JSON.stringify(productIds),
      }
    )
    return { conversation_ids: rows.map((row) => row.id), previous: rows }
  }

  /** Compensation of attributeOrderToConversations: clears only what it set. */
  @InjectManager()
  async undoOrderAttribution(
    order_id: string,
    previous: HelioAttributionPrevious[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!previous.length) {
      return
    }
    await this.repository_.undoOrderAttribution(sharedContext, order_id, previous)
  }
}
