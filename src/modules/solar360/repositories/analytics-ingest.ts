import { Context } from "@medusajs/framework/types"
import type { BatchOrigin } from "../types/analytics"
import type { SqlRunner } from "./sql-runner"
import { batchInsertBindings, INSERT_CATALOG_ACCESS_LOGS_SQL, INSERT_EVENTS_SQL } from "./sql/batch-insert"
import { LINK_ORDER_TO_ANALYSIS_SQL, LINK_ORDER_TO_SIMULATION_SQL, UNLINK_ORDER_SQL } from "./sql/calculator-orders"
import { LATEST_CART_SESSION_SQL, MARK_CART_SQL, MARK_PURCHASE_SQL } from "./sql/conversions"

/** The tables a batch of tracked items is written to. */
export type IngestTable = "event" | "catalog_access_log"

const INSERT_BATCH_SQL: Record<IngestTable, string> = {
  event: INSERT_EVENTS_SQL,
  catalog_access_log: INSERT_CATALOG_ACCESS_LOGS_SQL,
}

/**
 * The analytics write path's SQL (statements in sql/batch-insert.ts, sql/conversions.ts and
 * sql/calculator-orders.ts): set-based batch inserts, conversion marks, calculator links.
 */
export class AnalyticsIngestRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  /** One set-based INSERT of a serialised batch; the ids of the rows inserted (stored message_ids skipped). */
  async insertBatch(
    context: Context,
    table: IngestTable,
    batch: { itemsJson: string; ids: string[]; origin: BatchOrigin; cookielessIdHead: string }
  ): Promise<string[]> {
    const rows = await this.sql_.rows<{ id: string }>(
      context,
      INSERT_BATCH_SQL[table],
      batchInsertBindings(batch.itemsJson, batch.ids, batch.origin, batch.cookielessIdHead)
    )
    return rows.map((row) => row.id)
  }

  async latestCartSession(
    context: Context,
    cartId: string
  ): Promise<{ session_id: string | null; anonymous_id: string | null } | undefined> {
    return this.sql_.first(context, LATEST_CART_SESSION_SQL, { cart_id: cartId })
  }

  /** Marks the catalog logs that led to an order; their ids. */
  async markPurchase(context: Context, bindings: Record<string, unknown>): Promise<string[]> {
    return (await this.sql_.rows<{ id: string }>(context, MARK_PURCHASE_SQL, bindings)).map((row) => row.id)
  }

  /** Marks the catalog logs that led to a cart; their ids. */
  async markCart(context: Context, bindings: Record<string, unknown>): Promise<string[]> {
    return (await this.sql_.rows<{ id: string }>(context, MARK_CART_SQL, bindings)).map((row) => row.id)
  }

  async linkOrderToSimulation(
    context: Context,
    bindings: { order_id: string; customer_id: string; since: Date; placed_at: Date }
  ): Promise<Array<{ id: string; solar_viability_analysis_id: string | null }>> {
    return this.sql_.rows(context, LINK_ORDER_TO_SIMULATION_SQL, bindings)
  }

  async linkOrderToAnalysis(context: Context, bindings: { order_id: string; analysis_id: string }): Promise<string[]> {
    return (await this.sql_.rows<{ id: string }>(context, LINK_ORDER_TO_ANALYSIS_SQL, bindings)).map((row) => row.id)
  }

  async unlinkOrder(
    context: Context,
    orderId: string,
    links: { simulation_ids: string[]; analysis_ids: string[] }
  ): Promise<void> {
    await this.sql_.rows(context, UNLINK_ORDER_SQL, {
      order_id: orderId,
      simulation_ids: JSON.stringify(links.simulation_ids),
      analysis_ids: JSON.stringify(links.analysis_ids),
    })
  }
}
