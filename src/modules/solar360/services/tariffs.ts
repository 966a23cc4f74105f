import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import {
  AneelDistributor,
  CkanRecord,
  findDistributor,
  listDistributors,
  normaliseDistributorQuery,
  selectTariff,
  tariffClassification,
  TariffClassification,
  TariffClassificationChoice,
} from "../../../lib/aneel"
import { AneelClientConfig, fetchTariffRows, tariffRowsRequest } from "../clients/aneel"
import { asInvalidData, Solar360ErrorCode } from "../errors"
import type { Solar360Options } from "../options"
import type { AneelCacheInfo, AneelTariff } from "../types/caches"
import type { UpstreamCacheService } from "./upstream-cache"
import { DAY_MS } from "../../../lib/time"

type InjectedDependencies = {
  baseRepository: unknown
  upstreamCacheService: UpstreamCacheService
  solar360Options: Solar360Options
}

/** ANEEL tariffs: distributors and tariffs of any classification, through the upstream cache. */
export class TariffsService {
  protected readonly baseRepository_: unknown
  protected readonly cache_: UpstreamCacheService
  protected readonly options_: Solar360Options

  constructor(cradle: InjectedDependencies) {
    this.baseRepository_ = cradle.baseRepository
    this.cache_ = cradle.upstreamCacheService
    this.options_ = cradle.solar360Options
  }

  /** Distributors with residential tariffs at ANEEL, keyed by CNPJ (cached `aneelCacheTtlDays`). */
  @InjectManager()
  async listAneelDistributors(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ distributors: AneelDistributor[]; cache: AneelCacheInfo }> {
    const config = this.aneelConfig()
    const result = await this.cache_.getOrFetch<CkanRecord[]>(
      "aneel_cache",
      "distributors",
      tariffRowsRequest(config),
      () => fetchTariffRows(config),
      this.aneelCacheOptions(),
      sharedContext
    )
    return {
      distributors: result.found ? listDistributors(result.value ?? []) : [],
      cache: { hit: result.hit, stale: result.stale, fetched_at: result.fetched_at, expires_at: result.expires_at },
    }
  }

  /**
   * The residential (B1, conventional) tariff of a distributor in force on `at`: TE + TUSD in
   * R$/kWh, validity and REH, without taxes (ANEEL publishes tariffs before ICMS and
   * PIS/COFINS). `distributor` is a CNPJ or an ANEEL acronym ("ENEL SP", "cemig-d").
   */
  @InjectManager()
  async getResidentialTariff(
    distributor: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AneelTariff> {
    return this.getTariff(distributor, {}, at, sharedContext)
  }

  /**
   * The energy tariff (R$/kWh) of any classification: subgroup, modality, class, subclass,
   * detail and posto as ANEEL publishes them; each one left out keeps the residential value.
   */
  @InjectManager()
  async getTariff(
    distributor: string,
    choice: TariffClassificationChoice = {},
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AneelTariff> {
    const query = asInvalidData(() => normaliseDistributorQuery(distributor))
    let cnpj = query.by === "cnpj" ? query.value : null
    if (!cnpj) {
      const { distributors } = await this.listAneelDistributors(sharedContext)
      cnpj = findDistributor(distributors, query)?.cnpj ?? null
    }
    if (!cnpj) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No distributor "${distributor}" has residential tariffs at ANEEL`,
        Solar360ErrorCode.DISTRIBUTOR_NOT_FOUND
      )
    }
    const classification: TariffClassification = tariffClassification(choice)
    const config = this.aneelConfig()
    const filter = { NumCNPJDistribuidora: cnpj }
    const result = await this.cache_.getOrFetch<CkanRecord[]>(
      "aneel_cache",
      "tariffs",
      tariffRowsRequest(config, filter, classification),
      () => fetchTariffRows(config, filter, classification),
      this.aneelCacheOptions(),
      sharedContext
    )
    const tariff = result.found
      ? asInvalidData(() => selectTariff(result.value ?? [], { at, distributor_cnpj: cnpj!, classification }))
      : null
    if (!tariff) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `ANEEL has no ${classification.DscSubGrupo} ${classification.DscClasse} tariff of "${distributor}" ` +
          `in force on ${at.toISOString().slice(0, 10)}`,
        Solar360ErrorCode.TARIFF_NOT_FOUND
      )
    }
    return {
      ...tariff,
      classification,
      source: "aneel",
      taxes_included: false,
      cache: { hit: result.hit, stale: result.stale, fetched_at: result.fetched_at, expires_at: result.expires_at },
    }
  }

  private aneelConfig(): AneelClientConfig {
    return {
      baseUrl: this.options_.aneelBaseUrl,
      resourceId: this.options_.aneelTariffResourceId,
      timeoutMs: this.options_.upstreamTimeoutMs,
    }
  }

  private aneelCacheOptions() {
    return {
      ttlMs: this.options_.aneelCacheTtlDays * DAY_MS,
      negativeTtlMs: this.options_.negativeCacheTtlHours * 60 * 60 * 1000,
      staleIfErrorMs: this.options_.staleIfErrorHours * 60 * 60 * 1000,
      timeoutMs: this.options_.upstreamTimeoutMs,
    }
  }
}
