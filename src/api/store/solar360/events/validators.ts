import { z } from "@medusajs/framework/zod"
import { exceedsJsonDepth, isPlausibleClientTime, MAX_JSON_DEPTH } from "../../../../lib/analytics"
import { EVENT_CATEGORIES } from "../../../../modules/solar360"

export const MAX_EVENTS_PER_BATCH = 500
export const MAX_EVENT_BYTES = 32 * 1024
export const MAX_BATCH_BYTES = 500 * 1024

/** The envelope; each event is then validated on its own so one bad event rejects only itself. */
export const StoreIngestEvents = z
  .object({
    // A clock no device can read (year 0, "+275760-...") is a bad envelope: 400, nothing written.
    sent_at: z.coerce.date().refine(isPlausibleClientTime, "sent_at must be a time between 1970 and 9999").optional(),
    events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_BATCH),
  })
  .strict()

export type StoreIngestEvents = z.infer<typeof StoreIngestEvents>

const text = (max: number) => z.string().trim().min(1).max(max).nullish()
const count = (max: number) => z.number().int().min(0).max(max).nullish()
const amount = z.number().min(-1e12).max(1e12).nullish()
const object = z
  .record(z.string(), z.unknown())
  .refine((value) => !exceedsJsonDepth(value), `nested deeper than ${MAX_JSON_DEPTH} levels`)
  .nullish()

/**
 * What the visitor accepted, per item. `analytics: false` stores the item in the cookieless
 * form (no ids, coarse time; see docs/analytics.md); `marketing: false` drops the ad click ids.
 * Without it the item counts as consented, unless the `analytics.requireConsent` option is on.
 */
export const StoreItemConsent = z
  .object({
    analytics: z.boolean(),
    marketing: z.boolean().nullish(),
  })
  .strict()

export type StoreItemConsent = z.infer<typeof StoreItemConsent>

/** One analytics event as a storefront sends it (Segment/PostHog-like). */
export const StoreEventItem = z
  .object({
    message_id: z.string().uuid(),
    event_name: z.string().trim().min(1).max(200),
    category: z.enum(EVENT_CATEGORIES),
    action: text(200),
    label: text(500),
    value: amount,
    timestamp: z.coerce.date().nullish(),
    session_id: text(200),
    anonymous_id: text(200),
    url: text(2048),
    path: text(2048),
    title: text(500),
    referrer: text(2048),
    screen_resolution: z
      .string()
      .regex(/^\d{2,5}x\d{2,5}$/, "screen_resolution must look like 1920x1080")
      .nullish(),
    timezone: text(64),
    utm_source: text(200),
    utm_medium: text(200),
    utm_campaign: text(200),
    utm_term: text(200),
    utm_content: text(200),
    gclid: text(300),
    fbclid: text(300),
    cart_id: text(100),
    product_id: text(100),
    product_sku: text(200),
    product_name: text(500),
    product_price: amount,
    product_data: object,
    order_id: text(100),
    order_value: amount,
    order_data: object,
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/).transform((c) => c.toLowerCase()).nullish(),
    scroll_depth: count(100),
    time_on_page: count(86_400),
    clicks_count: count(1_000_000),
    page_load_time: count(3_600_000),
    server_response_time: count(3_600_000),
    properties: object,
    consent: StoreItemConsent.nullish(),
  })
  .strict()

export type StoreEventItem = z.infer<typeof StoreEventItem>
