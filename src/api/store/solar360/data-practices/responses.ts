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

/** The cookieless form of analytics items without analytics consent (docs/privacy.md). */
export const StoreAnalyticsConsentPractice = z
  .object({
    consent_field: z.literal("consent"),
    missing_consent: z.enum(["granted", "refused"]),
    applies_to: z.array(z.enum(["event", "catalog_access_log"])),
    description: z.string(),
    dropped_fields: z.array(z.string()),
    query_string_removed_from: z.array(z.string()),
    identifiers_removed_from: z.array(z.string()),
    kept_fields: z.array(z.string()),
    time_precision: z.literal("hour"),
    message_id_kept: z.literal(true),
    retention_days: z.object({
      event: z.number().nullable(),
      catalog_access_log: z.number().nullable(),
    }),
    marketing_refused_drops: z.array(z.string()),
  })
  .meta({ id: "StoreAnalyticsConsentPractice" })

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
    analytics_consent: StoreAnalyticsConsentPractice,
  })
  .meta({ id: "StoreDataPracticesResponse" })
export type StoreDataPracticesResponse = z.infer<typeof StoreDataPracticesResponse>

export const StoreDataPracticeResponse = z
  .object({ language: z.string(), data_practice: StoreDataPractice })
  .meta({ id: "StoreDataPracticeResponse" })
export type StoreDataPracticeResponse = z.infer<typeof StoreDataPracticeResponse>
