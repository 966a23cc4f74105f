import { z } from "@medusajs/framework/zod"

export const AdminGetSolar360StatsParams = z
  .object({
    /** Count only records created at or after this instant (ISO 8601). */
    since: z.coerce.date().optional(),
  })
  .strict()

export type AdminGetSolar360StatsParams = z.infer<typeof AdminGetSolar360StatsParams>
