import { z } from "@medusajs/framework/zod"

export const StoreDataPractice = z
  .object({
    category: z.string(),
    purpose: z.string(),
    legal_basis: z.string(),
    personal_fields: z.array(z.string()),
    stores_ip_hash: z.boolean(),
  })
  .meta({
    id: "StoreDataPractice",
    example: {
      category: "lead",
      purpose: "Contact the person about the quote they asked for",
      legal_basis: "consent",
      personal_fields: ["name", "email", "phone"],
      stores_ip_hash: true,
    },
  })

export const StoreDataPracticesResponse = z
  .object({
    language: z.string(),
    data_practices: z.array(StoreDataPractice),
    ip_pseudonymisation: z.object({
      raw_ip_stored: z.literal(false),
      method: z.string(),
      salt_rotation: z.string(),
      salt_deleted_after_days: z.number(),
    }),
  })
  .meta({ id: "StoreDataPracticesResponse" })
export type StoreDataPracticesResponse = z.infer<typeof StoreDataPracticesResponse>

export const StoreDataPracticeResponse = z
  .object({ language: z.string(), data_practice: StoreDataPractice })
  .meta({ id: "StoreDataPracticeResponse" })
export type StoreDataPracticeResponse = z.infer<typeof StoreDataPracticeResponse>
