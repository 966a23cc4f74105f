import { z } from "@medusajs/framework/zod"
import { dateTime } from "../../../utils/response-schemas"

/** Where an ANEEL answer came from: `stale` when an expired entry was served because ANEEL failed. */
export const AneelCacheInfo = z
  .object({ hit: z.boolean(), stale: z.boolean(), fetched_at: dateTime(), expires_at: dateTime() })
  .meta({ id: "AneelCacheInfo" })

/** A tariff (TE + TUSD, R$/kWh, before taxes) with its classification and cache info. */
export const StoreTariff = z
  .object({
    te: z.number(),
    tusd: z.number(),
    /** te + tusd, R$/kWh. */
    total: z.number(),
    valid_from: z.string(),
    valid_to: z.string().nullable(),
    reh: z.string().nullable(),
    distributor_acronym: z.string(),
    distributor_cnpj: z.string(),
    /** subgroup, modality, class, subclass, detail and posto of the tariff. */
    classification: z.record(z.string(), z.string()),
    source: z.literal("aneel"),
    taxes_included: z.literal(false),
    cache: AneelCacheInfo,
  })
  .meta({
    id: "StoreTariff",
    example: {
      te: 0.312345,
      tusd: 0.456789,
      total: 0.769134,
      valid_from: "2025-05-28",
      valid_to: null,
      reh: "REH 3.456/2025",
      distributor_acronym: "CEMIG-D",
      distributor_cnpj: "06981180000116",
      classification: { subgroup: "B1", modality: "Convencional", class: "Residencial", subclass: "Residencial", detail: "Não se aplica", posto: "Não se aplica" },
      source: "aneel",
      taxes_included: false,
      cache: { hit: true, stale: false, fetched_at: "2026-03-01T12:00:00.000Z", expires_at: "2026-03-02T12:00:00.000Z" },
    },
  })

export const StoreTariffResponse = z.object({ tariff: StoreTariff }).meta({ id: "StoreTariffResponse" })
export type StoreTariffResponse = z.infer<typeof StoreTariffResponse>

export const StoreDistributor = z
  .object({
    cnpj: z.string(),
    acronym: z.string(),
    former_acronyms: z.array(z.string()),
    latest_valid_from: z.string(),
  })
  .meta({
    id: "StoreDistributor",
    example: { cnpj: "33050196000188", acronym: "CEMIG-D", former_acronyms: [], latest_valid_from: "2025-05-28" },
  })

export const StoreDistributorsResponse = z
  .object({ distributors: z.array(StoreDistributor), count: z.number().int(), cache: AneelCacheInfo })
  .meta({ id: "StoreDistributorsResponse" })
export type StoreDistributorsResponse = z.infer<typeof StoreDistributorsResponse>
