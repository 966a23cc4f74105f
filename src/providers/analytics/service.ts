import { Logger } from "@medusajs/framework/types"
import {
  AbstractAnalyticsProviderService,
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { trackedEventToItem, TrackedEvent } from "../../lib/analytics"
import { generateIds } from "../../lib/ids/ulid"
import { EVENT_CATEGORIES } from "../../modules/solar360/models/event"
import { batchInsertBindings, INSERT_EVENTS_SQL } from "../../modules/solar360/batch-insert"

type Options = {
  /** Category of tracked events that don't name one in `properties.category`. */
  defaultCategory?: (typeof EVENT_CATEGORIES)[number]
}

/**
 * An Analytics Module provider that stores every `analytics.track(...)` (and `identify`) as a
 * row of the plugin's `event` table, through the same set-based statement as the store route.
 * Server-side calls carry no visitor IP or User-Agent, so those columns stay empty.
 */
export class Solar360AnalyticsProvider extends AbstractAnalyticsProviderService {
  static identifier = "solar360"

  protected readonly pg: any
  protected readonly logger: Logger
  protected readonly defaultCategory: string

  constructor(container: Record<string, any>, options: Options = {}) {
    super()
    this.pg = container[ContainerRegistrationKeys.PG_CONNECTION]
    this.logger = container[ContainerRegistrationKeys.LOGGER]
    if (options.defaultCategory && !EVENT_CATEGORIES.includes(options.defaultCategory)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `solar360 analytics provider: defaultCategory must be one of ${EVENT_CATEGORIES.join(", ")}`
      )
    }
    this.defaultCategory = options.defaultCategory ?? "ecommerce"
  }

  async track(data: TrackedEvent): Promise<void> {
    await this.store(data)
  }

  /** Kept as an `identify` event: which actor or group a visitor was tied to, and when. */
  async identify(data: Omit<TrackedEvent, "event">): Promise<void> {
    await this.store({
      ...data,
      event: "identify",
      properties: { category: "engagement", ...data.properties },
    })
  }

  private async store(data: TrackedEvent) {
    const { item, customer_id } = trackedEventToItem(data, {
      categories: EVENT_CATEGORIES,
      defaultCategory: this.defaultCategory,
    })
    const receivedAt = new Date()
    await this.pg.raw(
      INSERT_EVENTS_SQL,
      batchInsertBindings(JSON.stringify([item]), generateIds("evt", 1, receivedAt.getTime()), {
        received_at: receivedAt,
        sent_at: null,
        customer_id,
        ip_hash: null,
        device_type: null,
        device_brand: null,
        device_model: null,
        browser: null,
        browser_version: null,
        os: null,
        os_version: null,
        is_bot: false,
        country: null,
        region: null,
        city: null,
        timezone: null,
      })
    )
  }
}
