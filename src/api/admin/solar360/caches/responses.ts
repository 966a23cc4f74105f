import { z } from "@medusajs/framework/zod"
import { dateTime, ReportRange } from "../../../utils/response-schemas"

export const AdminCacheKindStats = z
  .object({
    table: z.string(),
    kind: z.string().nullable(),
    entries: z.number().int(),
    live: z.number().int(),
    expired: z.number().int(),
    negative: z.number().int(),
    hits: z.number().int(),
    upstream_calls: z.number().int(),
    hit_rate: z.number().nullable(),
    stale_serves: z.number().int(),
    upstream_errors: z.number().int(),
    avg_fetch_duration_ms: z.number().nullable(),
  })
  .meta({ id: "AdminCacheKindStats" })

export const AdminCachesResponse = z
  .object({
    caches: z.array(AdminCacheKindStats),
    /** Roof analyses: reuses and the money they saved (absent when `?cache=` names one cache). */
    photogrammetry: z
      .object({
        analyses: z.number().int(),
        reuses: z.number().int(),
        hit_rate: z.number().nullable(),
        provider_cost_usd: z.number(),
        money_saved_usd: z.number(),
      })
      .optional(),
  })
  .meta({ id: "AdminCachesResponse" })
export type AdminCachesResponse = z.infer<typeof AdminCachesResponse>

export const AdminDeleteCacheResponse = z
  .object({ cache: z.string(), entry_kind: z.string().nullable(), deleted: z.number().int() })
  .meta({ id: "AdminDeleteCacheResponse", example: { cache: "aneel", entry_kind: null, deleted: 12 } })
export type AdminDeleteCacheResponse = z.infer<typeof AdminDeleteCacheResponse>

/** The yield: from pvlib (through the cache) or the built-in estimate (`cache: null`). */
export const AdminPvlibYieldResponse = z
  .object({
    yield: z.looseObject({
      cache: z
        .object({ hit: z.boolean(), stale: z.boolean(), fetched_at: dateTime(), expires_at: dateTime() })
        .nullable(),
    }),
  })
  .meta({ id: "AdminPvlibYieldResponse" })
export type AdminPvlibYieldResponse = z.infer<typeof AdminPvlibYieldResponse>

const CachePeriodFigures = z.object({
  hits: z.number().int(),
  upstream_calls: z.number().int(),
  stale_serves: z.number().int(),
  errors: z.number().int(),
  hit_rate: z.number().nullable(),
  calls_avoided: z.number().int(),
  money_saved: z.number(),
})

export const AdminCacheTimeseriesResponse = z
  .object({
    range: ReportRange,
    interval: z.enum(["day", "week"]),
    kinds: z.array(
      z.object({
        kind: z.enum(["aneel", "pvlib", "photogrammetry"]),
        price_per_call: z.number(),
        currency: z.literal("USD"),
        records_errors: z.boolean(),
        totals: CachePeriodFigures,
        points: z.array(CachePeriodFigures.extend({ bucket: z.string() })),
      })
    ),
  })
  .meta({ id: "AdminCacheTimeseriesResponse" })
export type AdminCacheTimeseriesResponse = z.infer<typeof AdminCacheTimeseriesResponse>
