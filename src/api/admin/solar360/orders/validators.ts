import { z } from "@medusajs/framework/zod"

export const AdminGetOrderAttributionParams = z.object({}).strict()

export type AdminGetOrderAttributionParams = z.infer<typeof AdminGetOrderAttributionParams>
