import { z } from "@medusajs/framework/zod"
import { DEFAULT_TIMELINE_LIMIT, MAX_TIMELINE_LIMIT } from "../../../../../../lib/leads"

// A calendar date, optionally with a time and a zone (the previous page's `next_before`).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * One page of a lead's timeline: the newest `limit` items strictly before `before` (the
 * previous page's `next_before`). Strict: an unknown parameter is a 400, not ignored.
 */
export const AdminGetLeadTimelineParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_TIMELINE_LIMIT).default(DEFAULT_TIMELINE_LIMIT),
    before: z
      .string()
      .regex(ISO_DATE, "before must be an ISO 8601 date or date-time such as 2026-03-01T12:00:00Z")
      .refine((value) => !Number.isNaN(Date.parse(value)), "before must be a real date")
      .transform((value) => new Date(value))
      .optional(),
  })
  .strict()

export type AdminGetLeadTimelineParams = z.infer<typeof AdminGetLeadTimelineParams>
