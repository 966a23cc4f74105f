import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import { isDomainError } from "../../../lib/errors"
import {
  builtinYieldEstimate,
  fetchPvlibYield,
  normalisePvlibRequest,
  PVLIB_YIELD_KIND,
  PvlibYieldRequest,
  PvlibYieldResponse,
} from "../clients/pvlib"
import type { Solar360Options } from "../options"
import type { PvlibYieldResult } from "../types/caches"
import type { UpstreamCacheService } from "./upstream-cache"
import { DAY_MS } from "../../../lib/time"
import { Solar360ErrorCode } from "../errors"

type InjectedDependencies = {
  baseRepository: unknown
  upstreamCacheService: UpstreamCacheService
  solar360Options: Solar360Options
}

/**
 * Irradiance and yield: a PV system's yield from the store's pvlib service through the cache,
 * or the built-in estimate from the state's HSP when no pvlib service is configured.
 */
export class IrradianceService {
  protected readonly baseRepository_: unknown
  protected readonly cache_: UpstreamCacheService
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.cache_ = cradle.upstreamCacheService
    this.options_ = cradle.solar360Options
  }

  /**
   * Yield of a PV system: from the store's pvlib service through the cache (TTL
   * `pvlibCacheTtlDays`), or, when no `pvlibBaseUrl` is configured, the built-in estimate from
   * the state's HSP (then `state` is required).
   */
  @InjectManager()
  async getPvlibYield(
    input: PvlibYieldRequest,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PvlibYieldResult> {
    const parsed = PvlibYieldRequest.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid yield request: ${issue.path.join(".") || "request"}: ${issue.message}`,
        Solar360ErrorCode.INVALID_INPUT
      )
    }
    const request = parsed.data
    const baseUrl = this.options_.pvlibBaseUrl
    if (!baseUrl) {
      if (!request.state) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "No pvlib service is configured: the built-in estimate needs the state (UF)",
          Solar360ErrorCode.INVALID_INPUT
        )
      }
      const state = request.state
      try {
        return { ...builtinYieldEstimate(request.system_kwp, state, this.options_.solarAssumptions), cache: null }
      } catch (error) {
        throw isDomainError(error)
          ? new MedusaError(MedusaError.Types.INVALID_DATA, error.message, error.code)
          : error
      }
    }
    const upstream = normalisePvlibRequest(request)
    const timeoutMs = this.options_.upstreamTimeoutMs
    const result = await this.cache_.getOrFetch<PvlibYieldResponse>(
      "pvlib_cache",
      PVLIB_YIELD_KIND,
      upstream,
      () => fetchPvlibYield(baseUrl, upstream, timeoutMs),
      {
        ttlMs: this.options_.pvlibCacheTtlDays * DAY_MS,
        negativeTtlMs: this.options_.negativeCacheTtlHours * 60 * 60 * 1000,
        staleIfErrorMs: this.options_.staleIfErrorHours * 60 * 60 * 1000,
        timeoutMs,
      },
      sharedContext
    )
    if (!result.found || !result.value) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "The pvlib service has no yield for this location",
        Solar360ErrorCode.NOT_FOUND
      )
    }
    return {
      source: "pvlib",
      request: upstream,
      ...result.value,
      cache: {
        hit: result.hit,
        stale: result.stale,
        fetched_at: result.fetched_at,
        expires_at: result.expires_at,
      },
    }
  }
}
