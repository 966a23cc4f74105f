import { z } from "@medusajs/framework/zod"
import { DEFAULT_TIMELINE_LIMIT, MAX_TIMELINE_LIMIT } from "../../../../../../lib/leads"

/**
 * One page of a lead's timeline: the newest `limit` items strictly before `before` (the
 * previous page's `next_before`). Strict: an unknown parameter is a 400, not ignored.
 */
export const AdminGetLeadTimelineParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_TIMELINE_LIMIT).default(DEFAULT_TIMELINE_LIMIT),
    before: z.iso
      .datetime({ offset: true, message: "before must be an ISO 8601 date-time such as 2026-03-01T12:00:00Z" })
      .or(z.iso.date({ message: "before must be an ISO 8601 date such as 2026-03-01" }))
      .transform((value) => new Date(value))
      .optional(),
  })
  .strict()

export type AdminGetLeadTimelineParams = z.infer<typeof AdminGetLeadTimelineParams>
