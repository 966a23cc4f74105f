import { Logger } from "@medusajs/framework/types"
import {
  AbstractAnalyticsProviderService,
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { trackedEventToItem, TrackedEvent } from "../../lib/analytics"
import {
  EVENT_CATEGORIES,
  type IngestEventsInput,
  SOLAR360_MODULE,
  type Solar360ModuleService,
} from "../../modules/solar360"

type Options = {
  /** Category of tracked events that don't name one in `properties.category`. */
  defaultCategory?: (typeof EVENT_CATEGORIES)[number]
}

/**
 * An Analytics Module provider that stores every `analytics.track(...)` (and `identify`) as a
 * row of the plugin's `event` table, through the solar360 module's `ingestEvents` (the same
 * enrichment and set-based statement as the store route).
 * Server-side calls carry no visitor IP or User-Agent, so those columns stay empty.
 */
export class Solar360AnalyticsProvider extends AbstractAnalyticsProviderService {
  static identifier = "solar360"

  protected readonly container: Record<string, any>
  protected readonly logger: Logger
  protected readonly defaultCategory: string

  constructor(container: Record<string, any>, options: Options = {}) {
    super()
    this.container = container
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
    // The module's own ingestion path (one enrichment, one set-based INSERT). A server-side
    // call has no visitor IP, User-Agent or proxy headers, so those columns stay empty.
    await this.solar360().ingestEvents({
      events: [item] as IngestEventsInput["events"],
      received_at: new Date(),
      customer_id,
    })
  }

  /**
   * The solar360 module's service, resolved on first use: the Analytics Module's container
   * holds another module only when the Analytics Module lists it in `dependencies`
   * (modules-sdk load-internal registers each dependency lazily from the app's container).
   */
  private solar360(): Solar360ModuleService {
    let service: Solar360ModuleService | undefined
    try {
      service = this.container[SOLAR360_MODULE]
    } catch {
      service = undefined
    }
    if (!service) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `solar360 analytics provider: add dependencies: ["${SOLAR360_MODULE}"] to the Analytics Module in medusa-config`
      )
    }
    return service
  }
}
