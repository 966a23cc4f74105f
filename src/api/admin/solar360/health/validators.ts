import { z } from "@medusajs/framework/zod"

/** No parameters: the report is for now (a `now` would let anyone rerun history at full cost). */
export const AdminGetSolar360HealthParams = z.object({}).strict()

export type AdminGetSolar360HealthParams = z.infer<typeof AdminGetSolar360HealthParams>
