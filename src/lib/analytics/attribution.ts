/**
 * Revenue and conversions by campaign and channel (issue 16): the figures of one group (a
 * channel group or a UTM value) and the rates derived from them. Pure; the module reads the
 * figures from raw events and leads (sql/analytics-attribution.ts).
 *
 * Attribution model: each visit (a session within one report day, or a cookieless page view)
 * belongs to the channel and UTM values of its first event, the rule the breakdowns' channel
 * rows and the `channel` filter use; an order belongs to the visit its purchase event is in
 * (without a session, to its own row's UTM/referrer, else to no group: key null).
 */
import { rate } from "./reports"

export const ATTRIBUTION_GROUPS = ["channel", "utm_campaign", "utm_source", "utm_medium"] as const
export type AttributionGroup = (typeof ATTRIBUTION_GROUPS)[number]

/** Longest range of the report, in days: the dashboards' cap (stored days come from the daily rollup). */
export const ATTRIBUTION_MAX_DAYS = 400

export type AttributionFigures = {
  /** Visits attributed to the group. */
  sessions: number
  /** Visits with at least one purchase. */
  converted_sessions: number
  /** Purchase events, once per `order_id` (an event without one is its own order). */
  orders: number
  /** Sum of the orders' purchase `value`, R$. */
  revenue: number
  /** Leads created in the range, by their first touch. */
  leads_captured: number
  /** Leads converted (`converted_at`) in the range, and the sum of their `conversion_value`. */
  leads_converted: number
  lead_conversion_value: number
}

export type AttributionRow = AttributionFigures & {
  /** The channel group or UTM value; null for what has no UTM value, and for unattributed orders. */
  key: string | null
  /** converted_sessions / sessions, 4 decimals. */
  conversion_rate: number
  /** revenue / sessions, R$ to the cent. */
  revenue_per_session: number
}

const cents = (value: number) => Math.round(value * 100) / 100

/** A group's row: its figures (money to the cent) and rates. */
export function attributionRow(key: string | null, figures: AttributionFigures): AttributionRow {
  const revenue = cents(figures.revenue)
  return {
    key,
    ...figures,
    revenue,
    lead_conversion_value: cents(figures.lead_conversion_value),
    conversion_rate: rate(figures.converted_sessions, figures.sessions),
    revenue_per_session: figures.sessions > 0 ? cents(revenue / figures.sessions) : 0,
  }
}

export const ATTRIBUTION_FIGURES = [
  "sessions",
  "converted_sessions",
  "orders",
  "revenue",
  "leads_captured",
  "leads_converted",
  "lead_conversion_value",
] as const satisfies ReadonlyArray<keyof AttributionFigures>

/** Figures from a SQL row, where counts are bigint and sums numeric (both come as text). */
export function figuresOf(row: Partial<Record<keyof AttributionFigures, string | number | null>>): AttributionFigures {
  return Object.fromEntries(ATTRIBUTION_FIGURES.map((name) => [name, Number(row[name] ?? 0)])) as AttributionFigures
}
