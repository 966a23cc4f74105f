import type { Geo } from "../../../lib/analytics"
import type { ChannelHosts } from "../../../lib/analytics/channel"

export type CalculatorOrderLinkInput = {
  order_id: string
  customer_id: string | null
  placed_at: Date | string
}

export type CalculatorOrderLinks = {
  financing_simulation_ids: string[]
  solar_viability_analysis_ids: string[]
}

type BatchItem = Record<string, any> & { message_id: string; occurred_at?: Date | null }

/** A batch of validated events plus what the request tells about its sender. */
export type IngestEventsInput = {
  /**
   * The validated items, or the same array already serialised (`SerializedBatch`): a route
   * serialises once and the workflow engine then copies one string instead of every object.
   */
  events: BatchItem[] | SerializedBatch
  received_at: Date
  sent_at?: Date | null
  customer_id?: string | null
  ip?: string | null
  user_agent?: string | null
  /**
   * The location a trusted proxy reported (option `geoHeaders`), read by the route: request
   * headers themselves never enter a workflow input (they carry cookies and credentials).
   */
  geo?: Geo | null
}

export type OrderConversionInput = {
  order_id: string
  cart_id?: string | null
  customer_id?: string | null
  placed_at: Date
  currency_code?: string | null
  total: number | null
  items: Array<{
    product_id?: string | null
    sku?: string | null
    title?: string | null
    quantity: number
    total: number | null
  }>
}

export type CartConversionInput = {
  cart_id: string
  customer_id?: string | null
  product_ids: string[]
  /** When the cart changed; defaults to now. */
  at?: Date | null
}

/** What the server knows about the whole batch: its sender and its clock. */
export type BatchOrigin = {
  received_at: Date
  sent_at: Date | null
  customer_id: string | null
  ip_hash: string | null
  device_type: string | null
  device_brand: string | null
  device_model: string | null
  browser: string | null
  browser_version: string | null
  os: string | null
  os_version: string | null
  is_bot: boolean
  country: string | null
  region: string | null
  city: string | null
  timezone: string | null
}

/** A batch of items already serialised as one JSON array, with its length. */
export type SerializedBatch = { json: string; count: number }

/** The stored analytics reports (each with its daily rollup). */
export const ANALYTICS_REPORTS = ["overview", "catalog", "attribution", "funnel"] as const
export type AnalyticsReport = (typeof ANALYTICS_REPORTS)[number]

/** How much of each dimension a report reads: its top `limit` keys, and `best_conversion`'s products. */
export type ReportTop = { limit: number; minViews?: number }

/** What the per-day queries need besides the days. */
export type ReportSettings = {
  /**
   * Co-viewed pairs consider only this many products per session and day, the most recently
   * viewed: pairs grow with the square of products per session (3,000 forged logs in one
   * session made 4.5 M pairs), so a session adds at most cap*(cap-1)/2 pairs.
   */
  coViewMaxProductsPerSession: number
  /** Referrer hosts of the channel groups (defaults plus the `channelHosts` option). */
  channelHosts?: ChannelHosts
}
