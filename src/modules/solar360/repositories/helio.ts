import { Context } from "@medusajs/framework/types"
import type { AbandonedConversation, HelioAttributionPrevious, HelioRetentionPending } from "../types/helio"
import type { SqlRunner } from "./sql-runner"
import {
  ADD_EXCHANGES_SQL,
  HELIO_CONVERSATION_AGGREGATES_SQL,
  HELIO_MODEL_TOTALS_SQL,
  HELIO_RESPONSE_TIME_SQL,
  HELIO_TOP_TOPICS_SQL,
  LOCK_CONVERSATION_SQL,
  LOGGED_MESSAGE_IDS_SQL,
} from "./sql/helio-logging"
import {
  ABANDON_INACTIVE_CONVERSATIONS_SQL,
  ATTRIBUTE_ORDER_TO_CONVERSATIONS_SQL,
  BLANK_OLD_CONVERSATIONS_SQL,
  BLANK_OLD_QUERIES_SQL,
  ERASE_CONVERSATIONS_SQL,
  ERASE_QUERIES_SQL,
  HELIO_RETENTION_LOCK_KEY,
  HELIO_RETENTION_PENDING_SQL,
  REOPEN_ABANDONED_CONVERSATIONS_SQL,
  SET_RETENTION_DATES_SQL,
  TRY_RETENTION_LOCK_SQL,
  UNDO_ORDER_ATTRIBUTION_SQL,
} from "./sql/helio-maintenance"

/** The steps of the Helio retention, in the order they run. */
export type HelioRetentionStep =
  | "retention_dates_set"
  | "conversations_erased"
  | "queries_erased"
  | "queries_blanked"
  | "conversations_blanked"

const RETENTION_STEP_SQL: Record<HelioRetentionStep, string> = {
  retention_dates_set: SET_RETENTION_DATES_SQL,
  conversations_erased: ERASE_CONVERSATIONS_SQL,
  queries_erased: ERASE_QUERIES_SQL,
  queries_blanked: BLANK_OLD_QUERIES_SQL,
  conversations_blanked: BLANK_OLD_CONVERSATIONS_SQL,
}

/**
 * The Helio SQL (statements in sql/helio-logging.ts and sql/helio-maintenance.ts): query
 * logging with database-side counters, the metrics' aggregates, abandonment, retention and
 * order attribution. Arrays travel as JSON strings.
 */
export class HelioRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** Locks the conversation until the transaction ends; undefined when it does not exist. */
  async lockConversation(
    context: Context,
    id: string
  ): Promise<{ id: string; customer_id: string | null; session_id: string | null } | undefined> {
    return this.sql_.first(context, LOCK_CONVERSATION_SQL, { id })
  }

  async loggedMessageIds(context: Context, conversationId: string, messageIds: string[]): Promise<string[]> {
    const rows = await this.sql_.rows<{ message_id: string }>(context, LOGGED_MESSAGE_IDS_SQL, {
      conversation_id: conversationId,
      message_ids: JSON.stringify(messageIds),
    })
    return rows.map((row) => row.message_id)
  }

  async addExchanges(context: Context, bindings: Record<string, unknown>): Promise<void> {
    await this.sql_.rows(context, ADD_EXCHANGES_SQL, bindings)
  }

  async metricAggregates(context: Context, range: { from: Date; to: Date }) {
    return {
      conversations: await this.sql_.first(context, HELIO_CONVERSATION_AGGREGATES_SQL, range),
      responseTimes: await this.sql_.first(context, HELIO_RESPONSE_TIME_SQL, range),
      models: await this.sql_.rows(context, HELIO_MODEL_TOTALS_SQL, range),
      topics: await this.sql_.rows(context, HELIO_TOP_TOPICS_SQL, range),
    }
  }

  async abandonInactive(context: Context, cutoff: Date): Promise<AbandonedConversation[]> {
    return this.sql_.rows<AbandonedConversation>(context, ABANDON_INACTIVE_CONVERSATIONS_SQL, { cutoff })
  }

  async reopenAbandoned(context: Context, previous: AbandonedConversation[]): Promise<void> {
    await this.sql_.rows(context, REOPEN_ABANDONED_CONVERSATIONS_SQL, { previous: JSON.stringify(previous) })
  }

  /** The retention's advisory lock for the current transaction, taken without waiting. */
  async tryRetentionLock(context: Context): Promise<boolean> {
    const row = await this.sql_.first<{ locked: boolean }>(context, TRY_RETENTION_LOCK_SQL, {
      key: HELIO_RETENTION_LOCK_KEY,
    })
    return Boolean(row?.locked)
  }

  /** One chunk of one retention step; the rows changed. */
  async retentionChunk(context: Context, step: HelioRetentionStep, bindings: Record<string, unknown>): Promise<number> {
    const row = await this.sql_.first<{ count: number }>(context, RETENTION_STEP_SQL[step], bindings)
    return Number(row!.count)
  }

  /** What the retention would change at `now`. */
  async retentionPending(
    context: Context,
    bindings: { now: Date; cutoff: Date; days: number }
  ): Promise<HelioRetentionPending> {
    return (await this.sql_.first<HelioRetentionPending>(context, HELIO_RETENTION_PENDING_SQL, bindings))!
  }

  async attributeOrder(
    context: Context,
    bindings: {
      order_id: string
      customer_id: string
      since: Date
      placed_at: Date
      order_value: string | null
      product_ids: string
    }
  ): Promise<HelioAttributionPrevious[]> {
    return this.sql_.rows<HelioAttributionPrevious>(context, ATTRIBUTE_ORDER_TO_CONVERSATIONS_SQL, bindings)
  }

  async undoOrderAttribution(context: Context, orderId: string, previous: HelioAttributionPrevious[]): Promise<void> {
    await this.sql_.rows(context, UNDO_ORDER_ATTRIBUTION_SQL, { order_id: orderId, previous: JSON.stringify(previous) })
  }
}
