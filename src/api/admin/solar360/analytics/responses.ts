import { z } from "@medusajs/framework/zod"
import { ATTRIBUTION_GROUPS } from "../../../../lib/analytics/attribution"
import { FUNNEL_BREAKDOWNS } from "../../../../lib/analytics/funnel"
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

const FunnelStep = z.object({
  step: z.number().int(),
  name: z.string(),
  sessions: z.number(),
  conversion_from_previous: z.number(),
  conversion_from_start: z.number(),
  drop_off: z.number(),
})

export const AdminAnalyticsFunnelResponse = z
  .object({
    range: ReportRange,
    /** The conversion window applied, in minutes (null: none). */
    window_minutes: z.number().int().nullable(),
    steps: z.array(FunnelStep),
    overall_conversion: z.number(),
    /** Present when a `breakdown` was asked for. */
    breakdown_by: z.enum(FUNNEL_BREAKDOWNS).optional(),
    /**
     * Per key of the breakdown (top `breakdown_limit` by step-1 sessions): `key` null with
     * `other` false = sessions without a value; `other` true = the remaining keys summed.
     */
    breakdown: z
      .array(
        z.object({
          key: z.string().nullable(),
          other: z.boolean(),
          steps: z.array(FunnelStep),
          overall_conversion: z.number(),
        })
      )
      .optional(),
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

const TimeseriesFigures = {
  visitors: z.number(),
  sessions: z.number(),
  page_views: z.number(),
  events: z.number(),
  /** `purchase` events. */
  conversions: z.number(),
  /** Sum of the `purchase` events' value, R$. */
  revenue: z.number(),
  bounced_sessions: z.number(),
  sessions_with_page_view: z.number(),
}

const TimeseriesBucket = z.object({
  /** A day, a week's Monday, or an hour's wall-clock start in the report time zone ("…T13:00", local time, no zone designator). */
  bucket: z.string(),
  from: z.string(),
  to: z.string(),
  ...TimeseriesFigures,
})

const TimeseriesTotals = z.object({ ...TimeseriesFigures, bounce_rate: z.number() })

const DashboardFilters = z.record(z.string(), z.string())

/** The analytics dashboard's time series (issue 16), with the comparison range when asked. */
export const AdminAnalyticsTimeseriesResponse = z
  .object({
    range: ReportRange,
    interval: z.enum(["hour", "day", "week"]),
    filters: DashboardFilters,
    buckets: z.array(TimeseriesBucket),
    totals: TimeseriesTotals,
    comparison: z
      .object({ range: ReportRange, buckets: z.array(TimeseriesBucket), totals: TimeseriesTotals })
      .nullable(),
  })
  .meta({ id: "AdminAnalyticsTimeseriesResponse" })
export type AdminAnalyticsTimeseriesResponse = z.infer<typeof AdminAnalyticsTimeseriesResponse>

const BreakdownRows = z.array(z.object({ key: z.string(), value: z.number() }))

/** The analytics dashboard's breakdowns (issue 16): each dimension's top keys. */
export const AdminAnalyticsBreakdownsResponse = z
  .object({
    range: ReportRange,
    filters: DashboardFilters,
    /** False when no `geoHeaders` option is set: countries and regions stay empty. */
    geo_configured: z.boolean(),
    breakdowns: z.object({
      pages: BreakdownRows,
      entry_pages: BreakdownRows,
      exit_pages: BreakdownRows,
      referrers: BreakdownRows,
      channels: BreakdownRows,
      utm_sources: BreakdownRows,
      utm_mediums: BreakdownRows,
      utm_campaigns: BreakdownRows,
      countries: BreakdownRows,
      regions: BreakdownRows,
      devices: BreakdownRows,
      browsers: BreakdownRows,
      os: BreakdownRows,
    }),
  })
  .meta({ id: "AdminAnalyticsBreakdownsResponse" })
export type AdminAnalyticsBreakdownsResponse = z.infer<typeof AdminAnalyticsBreakdownsResponse>

const AttributionFigures = {
  /** Visits (a session within a day, or a cookieless page view) whose first event is in the group. */
  sessions: z.number(),
  /** Visits with a purchase. */
  converted_sessions: z.number(),
  /** Purchase events, once per order_id. */
  orders: z.number(),
  /** Sum of the orders' purchase value, R$. */
  revenue: z.number(),
  /** Leads created in the range (by their first touch). */
  leads_captured: z.number(),
  /** Leads converted in the range, and the sum of their conversion_value (R$). */
  leads_converted: z.number(),
  lead_conversion_value: z.number(),
  /** converted_sessions / sessions. */
  conversion_rate: z.number(),
  /** revenue / sessions, R$. */
  revenue_per_session: z.number(),
}

/** Revenue and conversions by campaign and channel (issue 16): the top groups and the totals of all. */
export const AdminAnalyticsAttributionResponse = z
  .object({
    range: ReportRange,
    group_by: z.enum(ATTRIBUTION_GROUPS),
    /** `key` is the channel group or UTM value; null for what has none. */
    rows: z.array(z.object({ key: z.string().nullable(), ...AttributionFigures })),
    totals: z.object(AttributionFigures),
  })
  .meta({ id: "AdminAnalyticsAttributionResponse" })
export type AdminAnalyticsAttributionResponse = z.infer<typeof AdminAnalyticsAttributionResponse>
