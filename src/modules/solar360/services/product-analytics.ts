import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import { ratio } from "../../../lib/admin-360/timeline"
import type { Solar360Options } from "../options"
import type { ProductAnalyticsRepository } from "../repositories/product-analytics"

/** Rows each list of the product view holds. */
const LIST_LIMIT = 10
/** Sessions the co-viewed list reads at most (the most recent ones of the period). */
const CO_VIEW_MAX_SESSIONS = 2000

type InjectedDependencies = {
  baseRepository: unknown
  productAnalyticsRepository: ProductAnalyticsRepository
  solar360Options: Solar360Options
}

export type ProductAnalytics = {
  views: number
  add_to_cart: number
  purchases: number
  cart_rate: number
  purchase_rate: number
  rolled_up_days: number
  events: Array<{ event_name: string; count: number }>
  searches: Array<{ term: string; count: number }>
  co_viewed: Array<{ product_id: string; product_name: string | null; sessions: number }>
}

/**
 * The product 360° view (issue 15): conversion of a product's views to carts and purchases,
 * the searches that led to it and the products viewed beside it, for a range of calendar days
 * in the `reportTimezone` option. One snapshot (one manager) for every figure.
 */
export class ProductAnalyticsService {
  // @InjectManager takes its manager from here.
  protected readonly baseRepository_: unknown
  protected readonly repository_: ProductAnalyticsRepository
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.productAnalyticsRepository
    this.options_ = cradle.solar360Options
  }

  @InjectManager()
  async getProductAnalytics(
    productId: string,
    range: { from: string; to: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProductAnalytics> {
    const window = { productId, ...range, timeZone: this.options_.reportTimezone }
    const counts = await this.repository_.conversionCounts(sharedContext, window)
    const events = await this.repository_.eventCounts(sharedContext, window, LIST_LIMIT)
    const searches = await this.repository_.searchTerms(sharedContext, window, LIST_LIMIT)
    const coViewed = await this.repository_.coViewed(sharedContext, window, LIST_LIMIT, CO_VIEW_MAX_SESSIONS)
    return {
      views: counts.views,
      add_to_cart: counts.carts,
      purchases: counts.purchases,
      cart_rate: ratio(counts.carts, counts.views),
      purchase_rate: ratio(counts.purchases, counts.views),
      rolled_up_days: counts.rolled_up_days,
      events,
      searches,
      co_viewed: coViewed,
    }
  }
}
