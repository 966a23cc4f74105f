import { z } from "@medusajs/framework/zod"

export const StoreGetTariffParams = z
  .object({
    /** A CNPJ (formatted or digits) or ANEEL's acronym of the distributor, e.g. "ENEL SP". */
    distributor: z.string().trim().min(2).max(100),
    /** Only the residential low-voltage subgroup is served today. */
    subgroup: z.literal("B1", { message: "only subgroup B1 (residential) is supported" }).default("B1"),
    /** The day the tariff must be in force (default today). */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "date must look like 2026-03-10")
      .optional(),
  })
  .strict()

export type StoreGetTariffParams = z.infer<typeof StoreGetTariffParams>

export const StoreListDistributorsParams = z.object({}).strict()
