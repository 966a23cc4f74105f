import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { purgeCacheWorkflow } from "../../../../../workflows/caches"
import { AdminDeleteSolar360CacheParams, CACHE_KINDS, CacheKindName } from "../validators"
import type { AdminDeleteCacheResponse } from "../responses"
import { Solar360ErrorCode } from "../../../../../modules/solar360"

/** Empties one cache (`aneel` or `pvlib`), or only its entries of `?entry_kind=`. */
export const DELETE = async (
  req: MedusaRequest<unknown, AdminDeleteSolar360CacheParams>,
  res: MedusaResponse<AdminDeleteCacheResponse>
) => {
  const name = req.params.kind
  if (!Object.prototype.hasOwnProperty.call(CACHE_KINDS, name)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Unknown cache "${name}"; expected one of ${Object.keys(CACHE_KINDS).join(", ")}`,
      Solar360ErrorCode.NOT_FOUND
    )
  }
  const { entry_kind } = req.validatedQuery as AdminDeleteSolar360CacheParams
  const { result } = await purgeCacheWorkflow(req.scope).run({
    input: { table: CACHE_KINDS[name as CacheKindName], kind: entry_kind ?? null },
  })
  res.json({ cache: name, entry_kind: entry_kind ?? null, deleted: result.deleted })
}
