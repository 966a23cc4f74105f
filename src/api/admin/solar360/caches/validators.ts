import { z } from "@medusajs/framework/zod"
import { ReportRangeParams } from "../analytics/helpers"
import { PvlibYieldRequest } from "../../../../modules/solar360"

/** Path names of the caches an admin can see and purge, and their tables. */
export const CACHE_KINDS = { aneel: "aneel_cache", pvlib: "pvlib_cache" } as const
export type CacheKindName = keyof typeof CACHE_KINDS

export const AdminGetSolar360CachesParams = z
  .object({
    /** Only this cache's rows. */
    cache: z.enum(["aneel", "pvlib"]).optional(),
  })
  .strict()

export type AdminGetSolar360CachesParams = z.infer<typeof AdminGetSolar360CachesParams>

export const AdminDeleteSolar360CacheParams = z
  .object({
    /** Only entries of this kind (e.g. "tariffs", "yield"); all when absent. */
    entry_kind: z.string().min(1).max(100).optional(),
  })
  .strict()

export type AdminDeleteSolar360CacheParams = z.infer<typeof AdminDeleteSolar360CacheParams>

export const AdminGetPvlibYield = PvlibYieldRequest

export type AdminGetPvlibYield = z.infer<typeof AdminGetPvlibYield>

/** UTC calendar days (the counters are per UTC day): default the last 30, at most 366. */
export const AdminGetCacheTimeseriesParams = ReportRangeParams.extend({
  interval: z.enum(["day", "week"]).default("day"),
}).strict()

export type AdminGetCacheTimeseriesParams = z.infer<typeof AdminGetCacheTimeseriesParams>
