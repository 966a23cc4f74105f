import { z } from "@medusajs/framework/zod"
import { REPORT_RANGE_MAX_DAYS } from "../../../../lib/analytics/reports"
import { ReportRangeParams } from "../analytics/helpers"

export const AdminGetProductAnalyticsParams = ReportRangeParams.extend({
  /** The last N calendar days up to today (in `reportTimezone`); instead of from/to. */
  days: z.coerce.number().int().min(1).max(REPORT_RANGE_MAX_DAYS).optional(),
})
  .strict()
  .refine((value) => value.days === undefined || (value.from === undefined && value.to === undefined), {
    message: '"days" cannot be combined with "from" or "to"',
    path: ["days"],
  })

export type AdminGetProductAnalyticsParams = z.infer<typeof AdminGetProductAnalyticsParams>
