import { z } from "@medusajs/framework/zod"

export const AdminGetSolar360RetentionParams = z
  .object({
    /** Preview a run at this instant (e.g. next week) instead of now. */
    now: z.coerce.date().optional(),
  })
  .strict()

export type AdminGetSolar360RetentionParams = z.infer<typeof AdminGetSolar360RetentionParams>

/** Running the retention takes no input: it always measures ages against the current time. */
export const AdminRunSolar360Retention = z.object({}).strict()

export type AdminRunSolar360Retention = z.infer<typeof AdminRunSolar360Retention>
