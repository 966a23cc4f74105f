import { z } from "@medusajs/framework/zod"

/** Rows read per data set of a 360° view: enough for a widget, never a whole history. */
export const VIEW_360_MAX_PER_SOURCE = 50

export const AdminGetCustomerOverviewParams = z
  .object({
    /** Rows per data set (leads, conversations, events, ...) and entries of the merged timeline. */
    limit: z.coerce.number().int().min(1).max(VIEW_360_MAX_PER_SOURCE).default(20),
  })
  .strict()

export type AdminGetCustomerOverviewParams = z.infer<typeof AdminGetCustomerOverviewParams>
