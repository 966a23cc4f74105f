import { z } from "@medusajs/framework/zod"

export const AdminGetSolar360DigestParams = z
  .object({
    /** Any day of the week wanted (YYYY-MM-DD); default: the last full week. */
    week: z.iso.date().optional(),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()

export type AdminGetSolar360DigestParams = z.infer<typeof AdminGetSolar360DigestParams>
