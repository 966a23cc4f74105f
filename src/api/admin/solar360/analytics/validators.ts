import { z } from "@medusajs/framework/zod"
import { isDomainError } from "../../../../lib/errors"
import { parseFunnelSteps } from "../../../../lib/analytics/reports"
import { ReportRangeParams } from "./helpers"

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
}).strict()

export type AdminGetAnalyticsFunnelParams = z.infer<typeof AdminGetAnalyticsFunnelParams>

export const AdminGetCatalogAnalyticsParams = ReportRangeParams.extend({
  limit: topLimit(),
  /** Products with fewer views in the range are left out of `best_conversion`. */
  min_views: z.coerce.number().int().min(1).max(1_000_000).default(1),
}).strict()

export type AdminGetCatalogAnalyticsParams = z.infer<typeof AdminGetCatalogAnalyticsParams>
