import { z } from "@medusajs/framework/zod"

export const StoreGetDataPracticesParams = z
  .object({
    lang: z.enum(["pt-BR", "en"]).default("pt-BR"),
  })
  .strict()

export type StoreGetDataPracticesParams = z.infer<typeof StoreGetDataPracticesParams>
