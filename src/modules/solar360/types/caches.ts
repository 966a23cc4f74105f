import type { ResidentialTariff, TariffClassification } from "../../../lib/aneel"
import type { BuiltinYieldEstimate, normalisePvlibRequest, PvlibYieldResponse } from "../caches"

export type AneelCacheInfo = { hit: boolean; stale: boolean; fetched_at: Date; expires_at: Date }

export type AneelTariff = ResidentialTariff & {
  classification: TariffClassification
  source: "aneel"
  taxes_included: false
  cache: AneelCacheInfo
}

export type PvlibYieldResult =
  | (BuiltinYieldEstimate & { cache: null })
  | (PvlibYieldResponse & {
      source: "pvlib"
      request: ReturnType<typeof normalisePvlibRequest>
      cache: { hit: boolean; stale: boolean; fetched_at: Date; expires_at: Date }
    })
