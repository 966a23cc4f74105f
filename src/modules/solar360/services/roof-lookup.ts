import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
} from "@medusajs/framework/utils"
import { isDomainError } from "../../../lib/errors"
import { generateIds } from "../../../lib/ids/ulid"
import { asInvalidData, invalidData } from "../errors"
import type { PhotogrammetryAnalysis } from "../models/photogrammetry-analysis"
import type { Solar360Options } from "../options"
import { addressHash, coordinatesHash, mapBuildingInsights, PhotogrammetryErrorCode } from "../../../lib/photogrammetry"
import { GoogleSolarClient } from "../clients/google-solar"
import {
  LookupPhotogrammetryInput,
  PhotogrammetryCacheLevel,
  PhotogrammetryCacheStats,
  PhotogrammetryLookupResult,
  PROXIMITY_DEGREES,
  ROOF_NOT_FOUND_MARK,
  RoofFlight,
} from "../types/photogrammetry"
import type { RoofLookupRepository } from "../repositories/roof-lookup"
import { BudgetedGoogleSolarClient, maxDailyCalls } from "../upstream-budget"
import { leaseMs, nextPollDelay, sleep, upstreamBusy } from "../upstream-flight"
import type { UpstreamGuardService } from "./upstream-guard"
import { DAY_MS } from "../../../lib/time"

type PhotogrammetryKeys = {
  address: string | null
  address_hash: string | null
  coordinates: { latitude: number; longitude: number; hash: string } | null
}

type InjectedDependencies = {
  baseRepository: { serialize<T>(data: unknown): Promise<T> }
  photogrammetryAnalysisService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof PhotogrammetryAnalysis>>
  roofLookupRepository: RoofLookupRepository
  upstreamGuardService: UpstreamGuardService
  solar360Options: Solar360Options
}

/**
 * Roof lookup (issue 7): three cache levels (address near the point, coordinates hash,
 * proximity), Google Solar on a miss, bought once however many requests arrive together.
 * SQL in repositories/roof-lookup.ts; mapping and hashing in lib/photogrammetry.
 */
export class RoofLookupService {
  protected readonly baseRepository_: InjectedDependencies["baseRepository"]
  protected readonly analyses_: InjectedDependencies["photogrammetryAnalysisService"]
  protected readonly repository_: RoofLookupRepository
  protected readonly upstream_: UpstreamGuardService
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.analyses_ = cradle.photogrammetryAnalysisService
    this.repository_ = cradle.roofLookupRepository
    this.upstream_ = cradle.upstreamGuardService
    this.options_ = cradle.solar360Options
  }

  private serialize(data: unknown): Promise<Record<string, any>> {
    return this.baseRepository_.serialize(data)
  }


  private googleSolar_?: GoogleSolarClient

  private get googleSolar(): GoogleSolarClient {
    this.googleSolar_ ??= new BudgetedGoogleSolarClient(
      {
        baseUrl: this.options_.googleSolarBaseUrl,
        apiKey: this.options_.googleSolarApiKey,
        requiredQuality: this.options_.googleSolarRequiredQuality,
        timeoutMs: this.options_.upstreamTimeoutMs,
      },
      () => this.reserveUpstreamCall("google_solar")
    )
    return this.googleSolar_
  }

  // Roof lookups in flight in this process, by coordinates hash: concurrent callers share one.
  private readonly roofFlights = new Map<string, Promise<RoofFlight>>()

  /**
   * Counts one paid call against today's cap (googleSolarDailySpendCapUsd); false when the cap
   * is reached. Its own statement outside any transaction: see RESERVE_UPSTREAM_CALL_SQL.
   */
  @InjectManager()
  async reserveUpstreamCall(
    provider: "google_solar",
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const maxCalls = maxDailyCalls(this.options_.googleSolarDailySpendCapUsd, this.options_.photogrammetryCostUsd)
    if (maxCalls === Number.POSITIVE_INFINITY) {
      return true
    }
    if (maxCalls < 1) {
      return false
    }
    return this.repository_.reserveUpstreamCall(sharedContext, {
      id: generateIds("uspend", 1)[0],
      provider,
      day: new Date().toISOString().slice(0, 10),
      max_calls: maxCalls,
    })
  }

  /**
   * A roof analysis for a point (and an address): reused from a live source analysis (by
   * address hash when its source lies near the point, coordinates hash, then within ~11 m) or,
   * on a miss, bought from Google Solar once however many requests arrive together: one
   * promise within this process, a leased `processing` row across instances. No database
   * connection is held while Google is called. An address alone is never matched (it is
   * not geocoded, and a typed address proves nothing about the roof).
   */
  @InjectManager()
  async lookupPhotogrammetry(
    input: LookupPhotogrammetryInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PhotogrammetryLookupResult> {
    const keys = this.photogrammetryKeys(input)
    if (!keys.coordinates) {
      throw this.photogrammetryUnavailable(
        "a roof lookup needs latitude and longitude (an address alone is not geocoded)"
      )
    }
    const found = await this.findPhotogrammetrySource(keys, sharedContext)
    if (found) {
      return this.insertPhotogrammetryReuse_(keys, input, found, sharedContext)
    }
    if (!this.googleSolar.configured) {
      throw this.photogrammetryUnavailable(
        "no cached analysis matches, and no photogrammetry provider is configured (googleSolarApiKey)"
      )
    }
    const hash = keys.coordinates.hash
    if (await this.repository_.findNegative(sharedContext, hash)) {
      throw this.roofNotFound()
    }
    let flight = this.roofFlights.get(hash)
    const mine = !flight
    if (!flight) {
      flight = this.fillRoof(keys, input).finally(() => this.roofFlights.delete(hash))
      this.roofFlights.set(hash, flight)
    }
    const outcome = await flight
    if (outcome.status === "not_found") {
      throw this.roofNotFound()
    }
    if (outcome.status === "created" && mine) {
      return outcome.result
    }
    const source =
      outcome.status === "found"
        ? outcome.found
        : { id: outcome.result.analysis.id as string, level: "coordinates" as const }
    return this.insertPhotogrammetryReuse_(keys, input, source, sharedContext)
  }

  /**
   * Claims the point (short transaction), calls Google outside any transaction, stores the
   * answer on the claimed row. While another lookup holds the point's lease, polls with
   * backoff: bounded, since a lease lapses `upstreamTimeoutMs` + margin after it was taken.
   */
  async fillRoof(keys: PhotogrammetryKeys, input: LookupPhotogrammetryInput): Promise<RoofFlight> {
    const lease = leaseMs(this.options_.upstreamTimeoutMs)
    const giveUpAt = Date.now() + 2 * lease
    let delay: number | null = null
    for (;;) {
      const claim = await this.claimRoof_(keys, input, lease)
      if (claim.status === "claimed") {
        return this.fetchRoof_(keys, input, claim.id)
      }
      if (claim.status !== "wait") {
        return claim
      }
      if (Date.now() > giveUpAt) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          "Another lookup of this point held its lease for too long",
          PhotogrammetryErrorCode.UPSTREAM_TIMEOUT
        )
      }
      delay = nextPollDelay(delay)
      await sleep(delay)
    }
  }

  /** A few statements under the point's advisory lock; committed before Google is called. */
  @InjectTransactionManager()
  protected async claimRoof_(
    keys: PhotogrammetryKeys,
    input: LookupPhotogrammetryInput,
    leaseDurationMs: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Exclude<RoofFlight, { status: "created" }> | { status: "wait" } | { status: "claimed"; id: string }> {
    const point = keys.coordinates!
    await this.repository_.lockPoint(sharedContext, `solar360:photogrammetry:${point.hash}`)
    // Whoever claimed before us may have just stored this roof (or its absence).
    const found = await this.findPhotogrammetrySource(keys, sharedContext)
    if (found) {
      return { status: "found", found }
    }
    if (await this.repository_.findNegative(sharedContext, point.hash)) {
      return { status: "not_found" }
    }
    const now = new Date()
    const inFlight = await this.repository_.findInFlight(sharedContext, point.hash)
    if (inFlight && inFlight.lease_expires_at && new Date(inFlight.lease_expires_at) > now) {
      return { status: "wait" }
    }
    if (inFlight) {
      await this.repository_.deleteClaim(sharedContext, inFlight.id)
    }
    const claim = await this.analyses_.create(
      {
        latitude: point.latitude,
        longitude: point.longitude,
        coordinates_hash: point.hash,
        provider: "google_solar",
        status: "processing",
        processing_started_at: now,
        api_calls_count: 0,
        cost_usd: 0,
        cache_hit: false,
        lease_expires_at: new Date(now.getTime() + leaseDurationMs),
        customer_id: input.customer_id ?? null,
      } as any,
      sharedContext
    )
    return { status: "claimed", id: claim.id }
  }

  /** The provider call for a claimed point; the claim row becomes the answer or goes. */
  private async fetchRoof_(
    keys: PhotogrammetryKeys,
    input: LookupPhotogrammetryInput,
    claimId: string
  ): Promise<RoofFlight> {
    const point = keys.coordinates!
    const release = this.upstream_.slots.tryAcquire("photogrammetry")
    if (!release) {
      await this.analyses_.delete([claimId])
      throw upstreamBusy("photogrammetry")
    }
    try {
      const startedAt = new Date()
      const answer = await this.googleSolar.findClosestBuilding(point.latitude, point.longitude)
      if (answer.status === "not_found") {
        // Remembered for the negative TTL so retries and reloads don't ask Google again.
        await this.analyses_.update({
          id: claimId,
          status: "failed",
          error_message: ROOF_NOT_FOUND_MARK,
          api_calls_count: 1,
          lease_expires_at: null,
          expires_at: new Date(Date.now() + this.options_.negativeCacheTtlHours * 60 * 60 * 1000),
        } as any)
        return { status: "not_found" }
      }
      if (answer.status === "not_configured") {
        throw this.photogrammetryUnavailable("no photogrammetry provider is configured (googleSolarApiKey)")
      }
      const mapped = this.mapInsights(answer.insights, input.requested_kwp ?? null)
      const completedAt = new Date()
      const ttlDays = this.options_.photogrammetryCacheTtlDays
      const analysis = await this.serialize(await this.analyses_.update({
        ...mapped,
        id: claimId,
        address: keys.address,
        address_hash: keys.address_hash,
        input_source: "satellite",
        status: "completed",
        processing_started_at: startedAt,
        processing_completed_at: completedAt,
        processing_time_ms: completedAt.getTime() - startedAt.getTime(),
        cost_usd: this.options_.photogrammetryCostUsd,
        api_calls_count: 1,
        cache_ttl_days: ttlDays,
        lease_expires_at: null,
        expires_at: new Date(completedAt.getTime() + ttlDays * DAY_MS),
      } as any))
      return { status: "created", result: { analysis, cache: { hit: false, level: null }, record_id: claimId } }
    } catch (error) {
      // Nothing is stored for a failure: the next lookup may try again.
      await this.analyses_.delete([claimId])
      throw this.upstream_.withoutUpstreamText(error, "photogrammetry")
    } finally {
      release()
    }
  }

  private roofNotFound() {
    return new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Google Solar has no building with roof data near these coordinates",
      PhotogrammetryErrorCode.ROOF_NOT_FOUND
    )
  }

  /** Compensation of lookupPhotogrammetry: deletes what it wrote and undoes the reuse count. */
  @InjectTransactionManager()
  async undoPhotogrammetryLookup(
    result: Pick<PhotogrammetryLookupResult, "record_id" | "analysis" | "cache">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.analyses_.delete([result.record_id], sharedContext)
    if (result.cache.hit) {
      await this.repository_.countReuse(sharedContext, result.analysis.id as string, -1)
    }
  }

  /** Cache figures for the admin: provider analyses bought, reuses, hit rate, money saved. */
  @InjectManager()
  async photogrammetryCacheStats(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PhotogrammetryCacheStats> {
    const { analyses, reuses, provider_cost_usd } = await this.repository_.stats(sharedContext)
    return {
      analyses,
      reuses,
      hit_rate: reuses + analyses > 0 ? reuses / (reuses + analyses) : null,
      provider_cost_usd,
      money_saved_usd: reuses * this.options_.photogrammetryCostUsd,
    }
  }

  private mapInsights(insights: unknown, requestedKwp: number | null) {
    try {
      return mapBuildingInsights(insights, {
        requestedKwp,
        requiredQuality: this.options_.googleSolarRequiredQuality,
      })
    } catch (error) {
      if (isDomainError(error) && error.code === PhotogrammetryErrorCode.QUALITY_TOO_LOW) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, error.message, error.code)
      }
      if (isDomainError(error)) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Google Solar answered something unexpected: ${error.message}`,
          PhotogrammetryErrorCode.UPSTREAM_ERROR
        )
      }
      throw error
    }
  }

  /** Writes the reuse record and counts the reuse on the source, in one transaction. */
  @InjectTransactionManager()
  protected async insertPhotogrammetryReuse_(
    keys: PhotogrammetryKeys,
    input: LookupPhotogrammetryInput,
    found: { id: string; level: PhotogrammetryCacheLevel },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PhotogrammetryLookupResult> {
    const [source] = await this.analyses_.list(
      { id: found.id },
      { select: ["id", "provider", "expires_at"], take: 1 },
      sharedContext
    )
    const reuse = await this.analyses_.create(
      {
        address: keys.address,
        address_hash: keys.address_hash,
        latitude: keys.coordinates?.latitude ?? null,
        longitude: keys.coordinates?.longitude ?? null,
        coordinates_hash: keys.coordinates?.hash ?? null,
        provider: source.provider,
        status: "completed",
        cost_usd: 0,
        api_calls_count: 0,
        cache_hit: true,
        cache_source_id: found.id,
        cache_level: found.level,
        expires_at: source.expires_at,
        requested_system_size_kwp: input.requested_kwp ?? null,
        customer_id: input.customer_id ?? null,
      } as any,
      sharedContext
    )
    await this.repository_.countReuse(sharedContext, found.id, 1)
    const analysis = await this.serialize(await this.analyses_.retrieve(found.id, {}, sharedContext))
    return { analysis, cache: { hit: true, level: found.level }, record_id: reuse.id }
  }

  /** Inside the claim's transaction when there is one (a reader after the single-flight lock). */
  private async findPhotogrammetrySource(
    keys: PhotogrammetryKeys,
    sharedContext: Context
  ): Promise<{ id: string; level: PhotogrammetryCacheLevel } | null> {
    const point = keys.coordinates
    if (!point) {
      return null
    }
    const box = {
      lat_min: point.latitude - PROXIMITY_DEGREES,
      lat_max: point.latitude + PROXIMITY_DEGREES,
      lon_min: point.longitude - PROXIMITY_DEGREES,
      lon_max: point.longitude + PROXIMITY_DEGREES,
    }
    if (keys.address_hash) {
      const byAddress = await this.repository_.findByAddressHash(sharedContext, keys.address_hash, box)
      if (byAddress) {
        return { id: byAddress, level: "address" }
      }
    }
    const byHash = await this.repository_.findByCoordinatesHash(sharedContext, point.hash)
    if (byHash) {
      return { id: byHash, level: "coordinates" }
    }
    const nearest = await this.repository_.findNearest(sharedContext, { lat: point.latitude, lon: point.longitude }, box)
    return nearest ? { id: nearest, level: "proximity" } : null
  }

  photogrammetryKeys(input: LookupPhotogrammetryInput): PhotogrammetryKeys {
    const address = input.address?.trim() || null
    const hasLatitude = input.latitude !== null && input.latitude !== undefined
    const hasLongitude = input.longitude !== null && input.longitude !== undefined
    if (hasLatitude !== hasLongitude) {
      throw invalidData("latitude and longitude must be given together")
    }
    if (!address && !hasLatitude) {
      throw invalidData("an address or coordinates (latitude and longitude) are required")
    }
    return asInvalidData(() => ({
      address,
      address_hash: address ? addressHash(address) : null,
      coordinates: hasLatitude
        ? {
            latitude: input.latitude!,
            longitude: input.longitude!,
            hash: coordinatesHash(input.latitude!, input.longitude!),
          }
        : null,
    }))
  }

  private photogrammetryUnavailable(why: string) {
    return new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Roof analysis unavailable: ${why}`,
      PhotogrammetryErrorCode.UNAVAILABLE
    )
  }
}
