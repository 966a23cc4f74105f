import type { CartAbandonmentSummary } from "../../lib/analytics/cart-abandonment"
import { useSolar360Query } from "../lib/query"

type Range = { from: string; to: string; days: number; time_zone: string }

/** The report's answer: the summary the rules compute (src/lib/analytics/cart-abandonment.ts) and its settings. */
export type CartAbandonment = CartAbandonmentSummary & {
  range: Range
  currency_code: string
  window_hours: number
}

export type AbandonedCart = {
  id: string
  created_at: string
  updated_at: string
  last_activity_at: string
  email: string | null
  customer_id: string | null
  currency_code: string
  items_count: number
  quantity: number
  value: number
  channel: string | null
  session_id: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  last_step: string | null
  last_step_at: string | null
}

export type AbandonedCartList = {
  carts: AbandonedCart[]
  count: number
  offset: number
  limit: number
  window_hours: number
}

/** The cart reports read every cart of their range: at most this many days (the routes' cap). */
export const CART_REPORT_MAX_DAYS = 92

/** Cart abandonment over the carts created in a range of calendar days. */
export function useCartAbandonment(range: { from: string; to: string }) {
  return useSolar360Query<CartAbandonment>("/admin/solar360/analytics/cart-abandonment", range)
}

/** One page of the abandoned carts created in the range, the most recently active first. */
export function useAbandonedCarts(query: { from: string; to: string; limit: number; offset: number }) {
  return useSolar360Query<AbandonedCartList>("/admin/solar360/analytics/abandoned-carts", query)
}
