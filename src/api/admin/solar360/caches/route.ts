import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { AdminGetSolar360CachesParams, CACHE_KINDS } from "./validators"
import type { AdminCachesResponse } from "./responses"

/**
 * Health of the external-API caches: per table and kind, entries, hit rate, upstream errors;
 * and for roof analyses, reuses and the money they saved (reuses x `photogrammetryCostUsd`).
 */
export const GET = async (
  req: MedusaRequest<unknown, AdminGetSolar360CachesParams>,
  res: MedusaResponse<AdminCachesResponse>
) => {
  const { cache } = req.validatedQuery as AdminGetSolar360CachesParams
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const stats = await solar360.getCacheStats(new Date())
  const caches = cache ? stats.filter((row) => row.table === CACHE_KINDS[cache]) : stats
  const photogrammetry = cache ? null : await solar360.photogrammetryCacheStats()
  res.json({ caches, ...(photogrammetry ? { photogrammetry } : {}) })
}
