import { z } from "@medusajs/framework/zod"
import { isDomainError } from "../../../../lib/errors"
import { parseFunnelSteps } from "../../../../lib/analytics/reports"
import {
  FUNNEL_BREAKDOWN_DEFAULT_LIMIT,
  FUNNEL_BREAKDOWN_MAX_LIMIT,
  FUNNEL_BREAKDOWNS,
  FUNNEL_WINDOW_MAX_MINUTES,
  parseFunnelWindow,
} from "../../../../lib/analytics/funnel"
import {
  DASHBOARD_FILTER_DIMENSIONS,
  type DashboardFilterDimension,
} from "../../../../lib/analytics/dashboard-filters"
import { TIMESERIES_INTERVALS } from "../../../../lib/analytics/timeseries"
import { ATTRIBUTION_GROUPS } from "../../../../lib/analytics/attribution"
import { calendarDay, ReportRangeParams } from "./helpers"

/** How many entries each "top" list of a report holds. */
const topLimit = () => z.coerce.number().int().min(1).max(100).default(10)

export const AdminGetAnalyticsOverviewParams = ReportRangeParams.extend({
  limit: topLimit(),
}).strict()

export type AdminGetAnalyticsOverviewParams = z.infer<typeof AdminGetAnalyticsOverviewParams>

export const DEFAULT_FUNNEL_STEPS = ["page_view", "add_to_cart", "checkout", "purchase"]

export const AdminGetAnalyticsFunnelParams = ReportRangeParams.extend({
  /** Event names, comma-separated (or repeated): 2 to 10, each at most once. */
  steps: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) {
        return DEFAULT_FUNNEL_STEPS
      }
      try {
        return parseFunnelSteps(value)
      } catch (error) {
        ctx.addIssue({ code: "custom", message: isDomainError(error) ? error.message : String(error) })
        return z.NEVER
      }
    }),
  /** Conversion window: `30m`, `2h`, `1d`, `7d`... (1 minute to 90 days); none by default. */
  window: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) {
        return undefined
      }
      try {
        return parseFunnelWindow(value)
      } catch (error) {
        ctx.addIssue({ code: "custom", message: isDomainError(error) ? error.message : String(error) })
        return z.NEVER
      }
    }),
  /** The conversion window in minutes (instead of `window`). */
  window_minutes: z.coerce.number().int().min(1).max(FUNNEL_WINDOW_MAX_MINUTES).optional(),
  /** Split the funnel by a property of each session's first event. */
  breakdown: z.enum(FUNNEL_BREAKDOWNS).optional(),
  /** With `breakdown`: the top keys by step-1 sessions; the rest are summed in one "other" row. */
  breakdown_limit: z.coerce.number().int().min(1).max(FUNNEL_BREAKDOWN_MAX_LIMIT).default(FUNNEL_BREAKDOWN_DEFAULT_LIMIT),
})
  .strict()
  .refine((params) => params.window === undefined || params.window_minutes === undefined, {
    message: "give either window or window_minutes, not both",
    path: ["window_minutes"],
  })

export type AdminGetAnalyticsFunnelParams = z.infer<typeof AdminGetAnalyticsFunnelParams>

export const AdminGetCatalogAnalyticsParams = ReportRangeParams.extend({
  limit: topLimit(),
  /** Products with fewer views in the range are left out of `best_conversion`. */
  min_views: z.coerce.number().int().min(1).max(1_000_000).default(1),
}).strict()

export type AdminGetCatalogAnalyticsParams = z.infer<typeof AdminGetCatalogAnalyticsParams>

/**
 * The dashboard's filters (issue 16): one value per dimension, each optional. Rules of what a
 * filter selects: src/modules/solar360/repositories/sql/analytics-dashboard.ts.
 */
const DashboardFilterParams = z.object(
  Object.fromEntries(
    DASHBOARD_FILTER_DIMENSIONS.map((dimension) => [dimension, z.string().min(1).max(500).optional()])
  ) as Record<DashboardFilterDimension, z.ZodOptional<z.ZodString>>
)

export const AdminGetAnalyticsTimeseriesParams = ReportRangeParams.extend({
  /** hour (ranges of at most 7 days), day or week. */
  interval: z.enum(TIMESERIES_INTERVALS).default("day"),
  /** The comparison range (both or neither), read into buckets aligned by position. */
  compare_from: calendarDay().optional(),
  compare_to: calendarDay().optional(),
})
  .extend(DashboardFilterParams.shape)
  .strict()

export type AdminGetAnalyticsTimeseriesParams = z.infer<typeof AdminGetAnalyticsTimeseriesParams>

export const AdminGetAnalyticsBreakdownsParams = ReportRangeParams.extend({
  limit: topLimit(),
})
  .extend(DashboardFilterParams.shape)
  .strict()

export type AdminGetAnalyticsBreakdownsParams = z.infer<typeof AdminGetAnalyticsBreakdownsParams>

/** Revenue and conversions by campaign and channel (issue 16): the grouping and the rows shown. */
export const AdminGetAnalyticsAttributionParams = ReportRangeParams.extend({
  group_by: z.enum(ATTRIBUTION_GROUPS).default("channel"),
  limit: topLimit(),
}).strict()

export type AdminGetAnalyticsAttributionParams = z.infer<typeof AdminGetAnalyticsAttributionParams>
