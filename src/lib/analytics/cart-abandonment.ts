/**
 * Cart abandonment (issue 16), pure: what state a cart is in, what it is worth, and the
 * report's figures over a set of carts. The carts themselves are Medusa's (cart module, read
 * with Query by the admin route); nothing here touches a database.
 *
 * Definitions (docs/analytics.md#cart-abandonment):
 * - a cart's last activity is the latest of its own `updated_at` and its items' `created_at` /
 *   `updated_at` (adding a line item does not always touch the cart row);
 * - empty: no line item (never counted);
 * - completed: `completed_at` is set;
 * - abandoned: not completed and its last activity is at least `windowHours` old;
 * - active: not completed and touched within the window (undecided, not in the rate);
 * - recovered: completed, and its items had been idle for at least the window before
 *   completion (the cart was abandoned, then came back). The cart row's own `updated_at` is
 *   left out of this one: completing the cart rewrites it.
 * - value: the sum of its items' `unit_price × quantity`, in the cart's currency.
 * - abandonment rate: abandoned / (abandoned + completed); active carts wait for their window.
 */
import { type Channel, channelOf, type ChannelHosts, DEFAULT_CHANNEL_HOSTS } from "./channel"
import { listDays, rate } from "./reports"

const HOUR_MS = 3_600_000

export type CartItemSnapshot = {
  product_id?: string | null
  title?: string | null
  quantity: number
  unit_price: number
  created_at?: Date | string | null
  updated_at?: Date | string | null
}

export type CartSnapshot = {
  id: string
  created_at: Date | string
  updated_at: Date | string
  completed_at?: Date | string | null
  items?: CartItemSnapshot[] | null
}

export type CartState = "empty" | "active" | "abandoned" | "completed"

const time = (value: Date | string | null | undefined): number | null => {
  if (value === null || value === undefined) {
    return null
  }
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? null : ms
}

const itemsOf = (cart: CartSnapshot) => (cart.items ?? []).filter((item) => item && Number(item.quantity) > 0)

/** Money rounded to cents (unit prices are decimals; sums of floats drift). */
const money = (value: number) => Math.round(value * 100) / 100

/** The sum of the cart's items' unit_price × quantity. */
export function cartValue(cart: CartSnapshot): number {
  return money(itemsOf(cart).reduce((sum, item) => sum + Number(item.unit_price) * Number(item.quantity), 0))
}

/** The number of units in the cart. */
export function cartQuantity(cart: CartSnapshot): number {
  return itemsOf(cart).reduce((sum, item) => sum + Number(item.quantity), 0)
}

function itemsActivity(cart: CartSnapshot): number | null {
  let latest: number | null = null
  for (const item of itemsOf(cart)) {
    for (const at of [time(item.created_at), time(item.updated_at)]) {
      if (at !== null && (latest === null || at > latest)) {
        latest = at
      }
    }
  }
  return latest
}

/** The latest of the cart's and its items' update times. */
export function lastActivity(cart: CartSnapshot): Date {
  const own = time(cart.updated_at) ?? time(cart.created_at) ?? 0
  return new Date(Math.max(own, itemsActivity(cart) ?? 0))
}

export function cartState(cart: CartSnapshot, now: Date, windowHours: number): CartState {
  if (!itemsOf(cart).length) {
    return "empty"
  }
  if (time(cart.completed_at) !== null) {
    return "completed"
  }
  return now.getTime() - lastActivity(cart).getTime() >= windowHours * HOUR_MS ? "abandoned" : "active"
}

/** A completed cart whose items sat idle for at least the window before it was completed. */
export function isRecovered(cart: CartSnapshot, windowHours: number): boolean {
  const completed = time(cart.completed_at)
  if (completed === null || !itemsOf(cart).length) {
    return false
  }
  const idleSince = itemsActivity(cart) ?? time(cart.created_at) ?? completed
  return completed - idleSince >= windowHours * HOUR_MS
}

export type CartAbandonmentDay = {
  day: string
  carts_with_items: number
  completed: number
  abandoned: number
  abandoned_value: number
}

export type AbandonedProduct = {
  product_id: string
  title: string | null
  /** Abandoned carts holding the product. */
  carts: number
  quantity: number
  value: number
}

export type CartAbandonmentSummary = {
  totals: {
    carts_with_items: number
    active: number
    completed: number
    recovered: number
    abandoned: number
    abandonment_rate: number
    recovery_rate: number
    abandoned_value: number
    completed_value: number
  }
  days: CartAbandonmentDay[]
  top_products: AbandonedProduct[]
}

/**
 * The report over the carts created in [from, to] (calendar days in `timeZone`): totals, one
 * row per day of creation (every day of the range, zeros included) and the products most
 * often left in abandoned carts (by carts, then value).
 */
export function summarizeCartAbandonment(
  carts: CartSnapshot[],
  options: { now: Date; windowHours: number; timeZone: string; from: string; to: string; topLimit: number }
): CartAbandonmentSummary {
  const days = new Map<string, CartAbandonmentDay>(
    listDays(options.from, options.to).map((day) => [
      day,
      { day, carts_with_items: 0, completed: 0, abandoned: 0, abandoned_value: 0 },
    ])
  )
  // One formatter for every cart (lib's dayInTimeZone builds one per call: 10,000 carts took
  // over a second that way). en-CA formats as YYYY-MM-DD.
  const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: options.timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
  const products = new Map<string, AbandonedProduct>()
  const totals = {
    carts_with_items: 0,
    active: 0,
    completed: 0,
    recovered: 0,
    abandoned: 0,
    abandonment_rate: 0,
    recovery_rate: 0,
    abandoned_value: 0,
    completed_value: 0,
  }
  for (const cart of carts) {
    const state = cartState(cart, options.now, options.windowHours)
    if (state === "empty") {
      continue
    }
    const day = days.get(dayFormat.format(new Date(cart.created_at)))
    const value = cartValue(cart)
    totals.carts_with_items += 1
    if (day) {
      day.carts_with_items += 1
    }
    if (state === "active") {
      totals.active += 1
    } else if (state === "completed") {
      totals.completed += 1
      totals.completed_value += value
      totals.recovered += isRecovered(cart, options.windowHours) ? 1 : 0
      if (day) {
        day.completed += 1
      }
    } else {
      totals.abandoned += 1
      totals.abandoned_value += value
      if (day) {
        day.abandoned += 1
        day.abandoned_value = money(day.abandoned_value + value)
      }
      const seen = new Set<string>()
      for (const item of itemsOf(cart)) {
        if (!item.product_id) {
          continue
        }
        const product = products.get(item.product_id) ?? {
          product_id: item.product_id,
          title: item.title ?? null,
          carts: 0,
          quantity: 0,
          value: 0,
        }
        if (!seen.has(item.product_id)) {
          product.carts += 1
          seen.add(item.product_id)
        }
        product.quantity += Number(item.quantity)
        product.value = money(product.value + Number(item.unit_price) * Number(item.quantity))
        products.set(item.product_id, product)
      }
    }
  }
  totals.abandoned_value = money(totals.abandoned_value)
  totals.completed_value = money(totals.completed_value)
  totals.abandonment_rate = rate(totals.abandoned, totals.abandoned + totals.completed)
  totals.recovery_rate = rate(totals.recovered, totals.abandoned + totals.recovered)
  const top_products = [...products.values()]
    .sort((a, b) => b.carts - a.carts || b.value - a.value || a.product_id.localeCompare(b.product_id))
    .slice(0, options.topLimit)
  return { totals, days: [...days.values()], top_products }
}

/** The abandoned carts among `carts`, the most recently active first. */
export function abandonedCarts<T extends CartSnapshot>(carts: T[], now: Date, windowHours: number): T[] {
  return carts
    .filter((cart) => cartState(cart, now, windowHours) === "abandoned")
    .map((cart) => ({ cart, at: lastActivity(cart).getTime() }))
    .sort((a, b) => b.at - a.at || (a.cart.id < b.cart.id ? -1 : a.cart.id > b.cart.id ? 1 : 0))
    .map(({ cart }) => cart)
}

export type CartEventSnapshot = {
  cart_id?: string | null
  event_name: string
  occurred_at: Date | string
  session_id?: string | null
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  referrer?: string | null
  url?: string | null
}

export type CartJourney = {
  /** The channel group of the touch (lib/analytics/channel.ts). */
  channel: Channel | null
  session_id: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  referrer: string | null
  /** The last event that carried the cart's id (add_to_cart, checkout, ...). */
  last_step: string | null
  last_step_at: Date | null
}

/**
 * What the cart's events say, per cart id: the session and campaign of the first event that
 * carried a UTM or referrer (else of the first event), and the last event (the step reached).
 */
export function cartJourneys(
  events: CartEventSnapshot[],
  hosts: ChannelHosts = DEFAULT_CHANNEL_HOSTS
): Map<string, CartJourney> {
  const byCart = new Map<string, CartEventSnapshot[]>()
  for (const event of events) {
    if (event.cart_id) {
      byCart.set(event.cart_id, [...(byCart.get(event.cart_id) ?? []), event])
    }
  }
  const journeys = new Map<string, CartJourney>()
  for (const [cartId, list] of byCart) {
    const ordered = [...list].sort((a, b) => (time(a.occurred_at) ?? 0) - (time(b.occurred_at) ?? 0))
    const touch = ordered.find((e) => e.utm_source || e.utm_medium || e.utm_campaign || e.referrer) ?? ordered[0]
    const last = ordered[ordered.length - 1]
    const referrerHost = hostOf(touch.referrer)
    journeys.set(cartId, {
      channel: channelOf(
        {
          utm_source: touch.utm_source,
          utm_medium: touch.utm_medium,
          // A referrer on the store's own host is a self-referral: no referrer.
          referrer_host: referrerHost && referrerHost !== hostOf(touch.url) ? referrerHost : null,
        },
        hosts
      ),
      session_id: ordered.find((e) => e.session_id)?.session_id ?? null,
      utm_source: touch.utm_source ?? null,
      utm_medium: touch.utm_medium ?? null,
      utm_campaign: touch.utm_campaign ?? null,
      referrer: touch.referrer ?? null,
      last_step: last.event_name,
      last_step_at: new Date(last.occurred_at),
    })
  }
  return journeys
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) {
    return null
  }
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null
  } catch {
    return null
  }
}
