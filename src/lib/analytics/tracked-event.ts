// Maps what a workflow hands to Medusa's Analytics Module (`analytics.track(...)`) onto an
// event row, so server-side tracking lands in the same first-party table as the storefront's.
import { randomUUID } from "crypto"

/** Medusa's TrackAnalyticsEventDTO / IdentifyAnalyticsEventDTO, structurally. */
export type TrackedEvent = {
  event: string
  actor_id?: string
  group?: { type?: string; id?: string }
  properties?: Record<string, any>
}

const text = (value: unknown, max = 500) =>
  typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null
const amount = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) ? value : null

/**
 * Well-known properties become columns (order, cart, product, value, session...), the rest
 * stays in `properties`. `properties.message_id` (a retry-safe key) wins over a random one.
 * An actor id that is a Medusa customer id becomes `customer_id`.
 */
export function trackedEventToItem(
  tracked: TrackedEvent,
  { categories, defaultCategory }: { categories: readonly string[]; defaultCategory: string }
) {
  const {
    message_id,
    category,
    session_id,
    anonymous_id,
    order_id,
    cart_id,
    product_id,
    value,
    currency_code,
    consent,
    ...rest
  } = tracked.properties ?? {}
  const actor = text(tracked.actor_id, 100)
  return {
    item: {
      message_id: text(message_id, 200) ?? randomUUID(),
      event_name: text(tracked.event, 200) ?? "unnamed",
      category: categories.includes(category) ? (category as string) : defaultCategory,
      session_id: text(session_id, 200),
      anonymous_id: text(anonymous_id, 200),
      order_id: text(order_id, 100),
      cart_id: text(cart_id, 100),
      product_id: text(product_id, 100),
      value: amount(value),
      currency_code: text(currency_code, 3)?.toLowerCase() ?? null,
      properties: {
        ...rest,
        ...(tracked.group ? { group: tracked.group } : {}),
        ...(actor && !actor.startsWith("cus_") ? { actor_id: actor } : {}),
      },
      occurred_at: new Date(),
      // `properties.consent` ({ analytics, marketing? }) is the item's consent, as on the store
      // route; anything else there is ignored and the module's policy applies.
      ...(isConsent(consent) ? { consent: { analytics: consent.analytics, marketing: consent.marketing ?? null } } : {}),
    },
    customer_id: actor?.startsWith("cus_") ? actor : null,
  }
}

function isConsent(value: unknown): value is { analytics: boolean; marketing?: boolean | null } {
  if (!value || typeof value !== "object") return false
  const { analytics, marketing } = value as Record<string, unknown>
  return typeof analytics === "boolean" && (marketing == null || typeof marketing === "boolean")
}
