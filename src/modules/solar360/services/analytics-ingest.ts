import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { applyConsent, coarsenTime, parseUserAgent } from "../../../lib/analytics"
import { generateIds, idHead } from "../../../lib/ids/ulid"
import type { Solar360Options } from "../options"
import type { AnalyticsIngestRepository, IngestTable } from "../repositories/analytics-ingest"
import type {
  BatchOrigin,
  SerializedBatch,
  CalculatorOrderLinkInput,
  CalculatorOrderLinks,
  CartConversionInput,
  IngestEventsInput,
  OrderConversionInput,
} from "../types/analytics"
import type { PseudonymKeysService } from "./pseudonym-keys"
import { DAY_MS } from "../../../lib/time"

type InjectedDependencies = {
  baseRepository: unknown
  analyticsIngestRepository: AnalyticsIngestRepository
  pseudonymKeysService: PseudonymKeysService
  solar360Options: Solar360Options
}

/**
 * Analytics ingest and conversions: event and catalog-log batches written in one set-based
 * statement each (enriched once per batch), orders and carts attributed to the logs that led
 * to them, calculators linked to the order they led to.
 */
export class AnalyticsIngestService {
  protected readonly baseRepository_: unknown
  protected readonly repository_: AnalyticsIngestRepository
  protected readonly pseudonymKeys_: PseudonymKeysService
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.analyticsIngestRepository
    this.pseudonymKeys_ = cradle.pseudonymKeysService
    this.options_ = cradle.solar360Options
  }

  /**
   * Writes a batch of events in one set-based statement. Events whose message_id is already
   * stored are skipped (idempotent retries). Enrichment happens once per batch: the IP
   * becomes the day's `ip_hash`, the user agent becomes device/browser/OS and `is_bot`,
   * trusted proxy headers (option `geoHeaders`) give the location. Returns the new ids.
   *
   * No transaction of its own: one INSERT is atomic already, and BEGIN/COMMIT were two more
   * round trips per batch. Inside a caller's transaction it joins that transaction.
   */
  @InjectManager()
  async ingestEvents(
    input: IngestEventsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ inserted_ids: string[] }> {
    return this.insertBatch("event", "evt", this.withConsent(input), sharedContext)
  }

  /**
   * Stores a validated batch of catalog access logs exactly as `ingestEvents` stores events:
   * enriched, one statement (atomic without a transaction), stored message_ids skipped.
   */
  @InjectManager()
  async ingestCatalogAccessLogs(
    input: IngestEventsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ inserted_ids: string[] }> {
    return this.insertBatch("catalog_access_log", "cal", this.withConsent(input), sharedContext)
  }

  /**
   * Items given as objects (the Analytics Module provider, other module callers) get their
   * consent applied here exactly as the store routes apply it before serialising (a
   * serialised batch has been through `applyConsent` already).
   */
  private withConsent(input: IngestEventsInput): IngestEventsInput {
    if (!Array.isArray(input.events)) {
      return input
    }
    return { ...input, events: input.events.map((item) => applyConsent(item, this.options_.analytics) as unknown as typeof item) }
  }

  /**
   * The shared write path of the ingestion batches: the server-side enrichment (daily IP
   * hash, parsed User-Agent, bot flag, trusted geo headers, clock fields, customer) is worked
   * out once per batch and bound beside the items; one set-based INSERT inside the current
   * transaction applies it to every row.
   */
  private async insertBatch(
    table: IngestTable,
    idPrefix: string,
    input: IngestEventsInput,
    // The caller's context: its transaction when there is one.
    sharedContext: Context
  ): Promise<{ inserted_ids: string[] }> {
    const batch = serializedBatch(input.events)
    if (!batch.count) {
      return { inserted_ids: [] }
    }
    // Workflow inputs are serialised: dates may arrive as ISO strings.
    const receivedAt = new Date(input.received_at)
    const ip_hash = input.ip
      ? await this.pseudonymKeys_.hashRequestIp(input.ip, input.user_agent ?? "", receivedAt)
      : null
    const origin: BatchOrigin = {
      received_at: receivedAt,
      sent_at: input.sent_at ? new Date(input.sent_at) : null,
      customer_id: input.customer_id ?? null,
      ...parseUserAgent(input.user_agent),
      country: input.geo?.country ?? null,
      region: input.geo?.region ?? null,
      city: input.geo?.city ?? null,
      timezone: input.geo?.timezone ?? null,
      ip_hash,
    }
    const ids = generateIds(idPrefix, batch.count, receivedAt.getTime())
    const cookielessIdHead = idHead(idPrefix, coarsenTime(receivedAt).getTime())
    const inserted = await this.repository_.insertBatch(sharedContext, table, {
      itemsJson: batch.json,
      ids,
      origin,
      cookielessIdHead,
    })
    return { inserted_ids: inserted }
  }

  /**
   * Records an order as analytics: one `purchase` event (message id `order.placed:<order>`,
   * so a redelivery inserts nothing), tied to the cart's latest browsing session, and marks
   * the catalog access logs that led to it (`led_to_purchase`, order, value, minutes).
   */
  @InjectManager()
  async recordOrderConversion(
    input: OrderConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ purchase_event_id: string | null; marked_log_ids: string[] }> {
    return this.recordOrderConversion_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordOrderConversion_(
    input: OrderConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ purchase_event_id: string | null; marked_log_ids: string[] }> {
    const placedAt = new Date(input.placed_at)
    const cartId = input.cart_id ?? null
    const session = cartId ? await this.repository_.latestCartSession(sharedContext, cartId) : undefined

    const currency = input.currency_code?.toLowerCase() ?? null
    const purchase = {
      message_id: `order.placed:${input.order_id}`,
      event_name: "purchase",
      category: "ecommerce",
      occurred_at: placedAt,
      value: input.total,
      order_id: input.order_id,
      order_value: input.total,
      order_data: { items: input.items },
      currency_code: currency,
      cart_id: cartId,
      session_id: session?.session_id ?? null,
      anonymous_id: session?.anonymous_id ?? null,
    }
    const { inserted_ids } = await this.insertBatch(
      "event",
      "evt",
      { events: [purchase], received_at: new Date(), customer_id: input.customer_id ?? null },
      sharedContext
    )

    const valueByProduct = new Map<string, number>()
    for (const item of input.items) {
      if (item.product_id) {
        const value = valueByProduct.get(item.product_id) ?? 0
        valueByProduct.set(item.product_id, value + (item.total ?? 0))
      }
    }
    if (!valueByProduct.size) {
      return { purchase_event_id: inserted_ids[0] ?? null, marked_log_ids: [] }
    }
    const lines = [...valueByProduct].map(([product_id, value]) => ({ product_id, value }))
    const isBrl = currency === "brl"
    const marked = await this.repository_.markPurchase(sharedContext, {
      order_id: input.order_id,
      placed_at: placedAt.toISOString(),
      is_brl: isBrl,
      lines: JSON.stringify(lines),
      window_days: this.options_.attributionWindowDays,
      customer_id: input.customer_id ?? null,
      cart_id: cartId,
    })
    return {
      purchase_event_id: inserted_ids[0] ?? null,
      marked_log_ids: marked,
    }
  }

  /**
   * Gives an order to the customer's most recent accepted financing simulation (accepted
   * within `calculatorOrderWindowDays` before the order) and to its viability analysis.
   * A redelivered `order.placed` changes nothing.
   */
  @InjectManager()
  async linkCalculatorsToOrder(
    input: CalculatorOrderLinkInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CalculatorOrderLinks> {
    return this.linkCalculatorsToOrder_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async linkCalculatorsToOrder_(
    input: CalculatorOrderLinkInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CalculatorOrderLinks> {
    const links: CalculatorOrderLinks = { financing_simulation_ids: [], solar_viability_analysis_ids: [] }
    if (!input.customer_id) {
      return links
    }
    const placedAt = new Date(input.placed_at)
    const since = new Date(placedAt.getTime() - this.options_.calculatorOrderWindowDays * DAY_MS)
    const simulations = await this.repository_.linkOrderToSimulation(sharedContext, {
      order_id: input.order_id,
      customer_id: input.customer_id,
      since,
      placed_at: placedAt,
    })
    links.financing_simulation_ids = simulations.map((row) => row.id)
    for (const { solar_viability_analysis_id: analysisId } of simulations) {
      if (analysisId) {
        const analyses = await this.repository_.linkOrderToAnalysis(sharedContext, {
          order_id: input.order_id,
          analysis_id: analysisId,
        })
        links.solar_viability_analysis_ids.push(...analyses)
      }
    }
    return links
  }

  /** Compensation of linkCalculatorsToOrder: clears only what it set. */
  @InjectManager()
  async unlinkCalculatorsFromOrder(
    order_id: string,
    links: CalculatorOrderLinks,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.repository_.unlinkOrder(sharedContext, order_id, {
      simulation_ids: links.financing_simulation_ids,
      analysis_ids: links.solar_viability_analysis_ids,
    })
  }

  /**
   * Marks `led_to_cart` on the catalog access logs of the products now in a cart, by the
   * same person, inside the attribution window. Idempotent: only false flags flip.
   */
  @InjectManager()
  async markCartConversions(
    input: CartConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ marked_log_ids: string[] }> {
    return this.markCartConversions_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async markCartConversions_(
    input: CartConversionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ marked_log_ids: string[] }> {
    const productIds = [...new Set(input.product_ids.filter(Boolean))]
    if (!productIds.length) {
      return { marked_log_ids: [] }
    }
    const at = new Date(input.at ?? Date.now()).toISOString()
    const marked = await this.repository_.markCart(sharedContext, {
      cart_id: input.cart_id,
      product_ids: JSON.stringify(productIds),
      at,
      window_days: this.options_.attributionWindowDays,
      customer_id: input.customer_id ?? null,
    })
    return { marked_log_ids: marked }
  }
}

/** A batch already serialised (by the route) is kept as is; an array is serialised once here. */
function serializedBatch(items: unknown[] | SerializedBatch): SerializedBatch {
  return Array.isArray(items) ? { json: JSON.stringify(items), count: items.length } : items
}
