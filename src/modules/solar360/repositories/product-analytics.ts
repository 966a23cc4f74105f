import { Context } from "@medusajs/framework/types"
import type { SqlRunner } from "./sql-runner"
import { ROLLUP_VERSION } from "./sql/analytics-reports"
import { inLocalDays } from "./sql/local-days"

/** The calendar days [from, to] (inclusive) in a time zone, as every report reads them. */
export type ProductAnalyticsWindow = { productId: string; from: string; to: string; timeZone: string }


// Days whose catalog rollup is stored and complete under the current definition (the hourly
// job's marker rows; a day marked with an older version is read from raw rows, as the catalog
// report reads it, until the job has recomputed it).
const MARKED_DAYS = `select day from analytics_daily_rollup
  where report = 'catalog' and dimension = '_complete' and deleted_at is null and day between :from and :to
    and value = ${ROLLUP_VERSION.catalog}`

/**
 * SQL of the product 360° view (GET /admin/solar360/products/:id/analytics). Every statement
 * filters on the product id (indexed on `catalog_access_log` and `event`) and on the window,
 * and returns at most `limit` rows. Bots and soft-deleted rows never count.
 */
export class ProductAnalyticsRepository {
  protected readonly sql_: SqlRunner

  constructor({ sqlRunner }: { sqlRunner: SqlRunner }) {
    this.sql_ = sqlRunner
  }

  private bindings(window: ProductAnalyticsWindow) {
    return { product: window.productId, from: window.from, to: window.to, tz: window.timeZone }
  }

  /**
   * Views, views that led to a cart and to a purchase, as the catalog report counts them:
   * rolled-up days from `analytics_daily_rollup` (product_* dimensions keyed by product id),
   * the other days from raw `product_view` rows, in one statement.
   */
  async conversionCounts(
    context: Context,
    window: ProductAnalyticsWindow
  ): Promise<{ views: number; carts: number; purchases: number; rolled_up_days: number }> {
    const row = await this.sql_.first(
      context,
      `with marked as (${MARKED_DAYS}),
      stored as (
        select r.dimension, sum(r.value)::bigint as value from analytics_daily_rollup r
        where r.report = 'catalog' and r.deleted_at is null and r.day in (select day from marked)
          and r.dimension in ('product_views', 'product_carts', 'product_purchases') and r.key = left(:product, 200)
        group by r.dimension
      ),
      raw as (
        select count(*) as views,
          count(*) filter (where c.led_to_cart) as carts,
          count(*) filter (where c.led_to_purchase) as purchases
        from catalog_access_log c
        where c.product_id = :product and c.action_type = 'product_view' and c.is_bot = false
          and c.deleted_at is null and ${inLocalDays("c.occurred_at")}
          and to_char(c.occurred_at at time zone cast(:tz as text), 'YYYY-MM-DD') not in (select day from marked)
      )
      select
        (select views from raw) + coalesce((select value from stored where dimension = 'product_views'), 0) as views,
        (select carts from raw) + coalesce((select value from stored where dimension = 'product_carts'), 0) as carts,
        (select purchases from raw) + coalesce((select value from stored where dimension = 'product_purchases'), 0) as purchases,
        (select count(*) from marked) as rolled_up_days`,
      this.bindings(window)
    )
    return {
      views: Number(row?.views ?? 0),
      carts: Number(row?.carts ?? 0),
      purchases: Number(row?.purchases ?? 0),
      rolled_up_days: Number(row?.rolled_up_days ?? 0),
    }
  }

  /** Analytics events that carry the product id (add_to_cart, purchase, ...), per event name. */
  async eventCounts(context: Context, window: ProductAnalyticsWindow, limit: number): Promise<Array<{ event_name: string; count: number }>> {
    const rows = await this.sql_.rows(
      context,
      `select e.event_name, count(*) as count from event e
      where e.product_id = :product and e.is_bot = false and e.deleted_at is null and ${inLocalDays("e.occurred_at")}
      group by e.event_name order by count(*) desc, e.event_name limit :limit`,
      { ...this.bindings(window), limit }
    )
    return rows.map((row) => ({ event_name: row.event_name, count: Number(row.count) }))
  }

  /**
   * Search terms that led to the product: its catalog rows that carry the term of the search
   * they came from (a click or view from a results list), trimmed and lower-cased.
   */
  async searchTerms(context: Context, window: ProductAnalyticsWindow, limit: number): Promise<Array<{ term: string; count: number }>> {
    const rows = await this.sql_.rows(
      context,
      `select left(lower(btrim(c.search_term)), 500) as term, count(*) as count from catalog_access_log c
      where c.product_id = :product and c.search_term is not null and btrim(c.search_term) <> ''
        and c.is_bot = false and c.deleted_at is null and ${inLocalDays("c.occurred_at")}
      group by 1 order by count(*) desc, 1 limit :limit`,
      { ...this.bindings(window), limit }
    )
    return rows.map((row) => ({ term: row.term, count: Number(row.count) }))
  }

  /**
   * Products viewed in the same sessions as this one within the window, by sessions. Reads at
   * most `maxSessions` sessions (the most recent ones), so a best seller costs a bounded scan.
   */
  async coViewed(
    context: Context,
    window: ProductAnalyticsWindow,
    limit: number,
    maxSessions: number
  ): Promise<Array<{ product_id: string; product_name: string | null; sessions: number }>> {
    const rows = await this.sql_.rows(
      context,
      `with sessions as (
        select c.session_id from catalog_access_log c
        where c.product_id = :product and c.action_type = 'product_view' and c.session_id is not null
          and c.is_bot = false and c.deleted_at is null and ${inLocalDays("c.occurred_at")}
        group by c.session_id order by max(c.occurred_at) desc limit :maxSessions
      )
      select c.product_id, max(c.product_name) as product_name, count(distinct c.session_id) as sessions
      from catalog_access_log c join sessions s on s.session_id = c.session_id
      where c.action_type = 'product_view' and c.product_id is not null and c.product_id <> :product
        and c.is_bot = false and c.deleted_at is null and ${inLocalDays("c.occurred_at")}
      group by c.product_id order by count(distinct c.session_id) desc, c.product_id limit :limit`,
      { ...this.bindings(window), limit, maxSessions }
    )
    return rows.map((row) => ({ product_id: row.product_id, product_name: row.product_name ?? null, sessions: Number(row.sessions) }))
  }
}
