import { z } from "@medusajs/framework/zod"

export const StoreGetTariffParams = z
  .object({
    /** A CNPJ (formatted or digits) or ANEEL's acronym of the distributor, e.g. "ENEL SP". */
    distributor: z.string().trim().min(2).max(100),
    // ANEEL's classification, as published (compared without regard to case or accents);
    // each one left out keeps the residential B1 conventional value.
    subgroup: z.string().trim().min(1).max(20).optional(),
    modality: z.string().trim().min(1).max(100).optional(),
    class: z.string().trim().min(1).max(100).optional(),
    subclass: z.string().trim().min(1).max(100).optional(),
    detail: z.string().trim().min(1).max(100).optional(),
    posto: z.string().trim().min(1).max(100).optional(),
    /** The day the tariff must be in force (default today). */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "date must look like 2026-03-10")
      .optional(),
  })
  .strict()

export type StoreGetTariffParams = z.infer<typeof StoreGetTariffParams>

export const StoreListDistributorsParams = z.object({}).strict()
