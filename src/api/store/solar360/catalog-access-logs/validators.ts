import { z } from "@medusajs/framework/zod"
import { exceedsJsonDepth, isPlausibleClientTime, MAX_JSON_DEPTH } from "../../../../lib/analytics"
import {
  CATALOG_ACTION_TYPES,
  CATALOG_RECOMMENDATION_SOURCES,
  CATALOG_VIEW_CONTEXTS,
} from "../../../../modules/solar360"
import { StoreItemConsent } from "../events/validators"

export const MAX_LOGS_PER_BATCH = 500
export const MAX_LOG_BYTES = 32 * 1024
export const MAX_LOG_BATCH_BYTES = 500 * 1024

/** The envelope; each log is then validated on its own so one bad log rejects only itself. */
export const StoreIngestCatalogAccessLogs = z
  .object({
    // A clock no device can read (year 0, "+275760-...") is a bad envelope: 400, nothing written.
    sent_at: z.coerce.date().refine(isPlausibleClientTime, "sent_at must be a time between 1970 and 9999").optional(),
    logs: z.array(z.unknown()).min(1).max(MAX_LOGS_PER_BATCH),
  })
  .strict()

export type StoreIngestCatalogAccessLogs = z.infer<typeof StoreIngestCatalogAccessLogs>

const text = (max: number) => z.string().trim().min(1).max(max).nullish()
const count = (max: number) => z.number().int().min(0).max(max).nullish()
const flag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false)
// Medusa ids are `<prefix>_<ULID>`; checked for shape only: a log must never be lost
// because its product was deleted since.
const medusaId = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,64}$`), `must look like a Medusa id (${prefix}_...)`)
    .nullish()

/** One product interaction as the storefront sends it. */
export const StoreCatalogAccessLogItem = z
  .object({
    message_id: z.string().uuid(),
    action_type: z.enum(CATALOG_ACTION_TYPES),
    timestamp: z.coerce.date().nullish(),

    // Product snapshot, as it was when seen
    product_id: medusaId("prod"),
    sku: text(200),
    product_name: text(500),
    category: text(200),
    subcategory: text(200),
    brand: text(200),
    price_brl: z.number().min(0).max(1e10).nullish(),
    availability: text(50),

    view_context: z.enum(CATALOG_VIEW_CONTEXTS).nullish(),

    search_term: text(500),
    search_results_count: count(10_000_000),
    search_result_position: count(100_000),
    applied_filters: z
      .record(z.string(), z.unknown())
      .refine((value) => !exceedsJsonDepth(value), `nested deeper than ${MAX_JSON_DEPTH} levels`)
      .nullish(),
    total_results_with_filters: count(10_000_000),

    time_spent_seconds: count(86_400),
    scroll_depth_percentage: count(100),
    clicked_image: flag,
    clicked_video: flag,
    downloaded_datasheet: flag,
    downloaded_manual: flag,
    downloaded_certification: flag,
    clicked_add_to_cart: flag,
    clicked_quote_request: flag,
    quantity_viewed: count(100_000),

    page_url: text(2048),
    referrer_url: text(2048),
    referrer_type: text(50),
    previous_product_id: medusaId("prod"),
    next_product_id: medusaId("prod"),

    cart_id: medusaId("cart"),
    quote_id: text(100),

    recommendation_source: z.enum(CATALOG_RECOMMENDATION_SOURCES).nullish(),
    recommendation_algorithm: text(200),
    recommendation_score: z.number().min(-1e6).max(1e6).nullish(),
    was_recommended: flag,

    session_id: text(200),
    anonymous_id: text(200),
    consent: StoreItemConsent.nullish(),
  })
  .strict()
  .refine((log) => log.action_type !== "search" || !!log.search_term, {
    message: "a search needs its search_term",
    path: ["search_term"],
  })
  .transform((log) => ({
    ...log,
    // A recommendation source implies the product was recommended.
    was_recommended: log.was_recommended || !!log.recommendation_source,
  }))

export type StoreCatalogAccessLogItem = z.infer<typeof StoreCatalogAccessLogItem>
