import { z } from "@medusajs/framework/zod"
import { ReportRange } from "../../../utils/response-schemas"

const counted = (label: string, metric: string) =>
  z.array(z.object({ [label]: z.string(), [metric]: z.number() } as Record<string, z.ZodTypeAny>))

/** Traffic overview of a range of calendar days (bots and soft-deleted events never count). */
export const AdminAnalyticsOverviewResponse = z
  .object({
    range: ReportRange,
    totals: z.object({
      page_views: z.number(),
      unique_visitors: z.number(),
      sessions: z.number(),
      events: z.number(),
    }),
    bounce: z.object({
      sessions_with_page_view: z.number(),
      bounced_sessions: z.number(),
      bounce_rate: z.number(),
    }),
    top_pages: counted("path", "page_views"),
    top_referrers: counted("referrer", "page_views"),
    utm: z.object({
      source: counted("value", "sessions"),
      medium: counted("value", "sessions"),
      campaign: counted("value", "sessions"),
    }),
    devices: counted("device_type", "visitors"),
    browsers: counted("browser", "visitors"),
    events_per_category: z.record(z.string(), z.number()),
  })
  .meta({ id: "AdminAnalyticsOverviewResponse" })
export type AdminAnalyticsOverviewResponse = z.infer<typeof AdminAnalyticsOverviewResponse>

export const AdminAnalyticsFunnelResponse = z
  .object({
    range: ReportRange,
    steps: z.array(
      z.object({
        step: z.number().int(),
        name: z.string(),
        sessions: z.number(),
        conversion_from_previous: z.number(),
        conversion_from_start: z.number(),
        drop_off: z.number(),
      })
    ),
    overall_conversion: z.number(),
  })
  .meta({ id: "AdminAnalyticsFunnelResponse" })
export type AdminAnalyticsFunnelResponse = z.infer<typeof AdminAnalyticsFunnelResponse>

const productRef = { product_id: z.string(), product_name: z.string().nullable() }

export const AdminCatalogAnalyticsResponse = z
  .object({
    range: ReportRange,
    totals: z.object({ product_views: z.number(), searches: z.number(), failed_searches: z.number() }),
    most_viewed: z.array(z.object({ ...productRef, views: z.number() })),
    best_conversion: z.array(
      z.object({
        ...productRef,
        views: z.number(),
        carts: z.number(),
        purchases: z.number(),
        conversions: z.number(),
        conversion_rate: z.number(),
        cart_rate: z.number(),
        purchase_rate: z.number(),
      })
    ),
    searches: z.object({
      popular: z.array(z.object({ term: z.string(), searches: z.number() })),
      failed: z.array(z.object({ term: z.string(), searches: z.number() })),
    }),
    co_viewed: z.array(
      z.object({
        product_ids: z.array(z.string()),
        product_names: z.array(z.string().nullable()),
        sessions: z.number(),
      })
    ),
    recommendations: z.array(
      z.object({
        source: z.string(),
        views: z.number(),
        carts: z.number(),
        purchases: z.number(),
        cart_rate: z.number(),
        purchase_rate: z.number(),
      })
    ),
  })
  .meta({ id: "AdminCatalogAnalyticsResponse" })
export type AdminCatalogAnalyticsResponse = z.infer<typeof AdminCatalogAnalyticsResponse>
