import type { Geo } from "../../../lib/analytics"
import type { SerializedBatch } from "../batch-insert"

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
