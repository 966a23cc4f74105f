import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { resolveSolarAssumptions, SolarViabilityInput } from "../../lib/solar"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../modules/solar360"

/**
 * Where better data than the built-in fallbacks enters a viability analysis. Each value found
 * replaces a default and is recorded, with its source, in the analysis' `assumptions`:
 * - the tariff: when the customer gave neither a tariff nor both bill and consumption, the
 *   distributor's residential tariff from ANEEL (TE + TUSD, before taxes);
 * - irradiance: with coordinates and a pvlib service configured, the yield pvlib computes for
 *   1 kWp facing north at latitude tilt, turned into the equivalent peak sun hours. Without
 *   them (or when pvlib fails) the state capital's HSP is used, as before.
 */
export type SolarDataRequest = Pick<
  SolarViabilityInput,
  "state" | "city" | "utility_company" | "tariff_kwh_brl" | "monthly_bill_brl" | "monthly_consumption_kwh"
> & { latitude?: number | null; longitude?: number | null }

export type SolarData = Partial<
  Pick<SolarViabilityInput, "hsp_kwh_m2_day" | "tariff_kwh_brl" | "fio_b_tariff_kwh_brl" | "roof_quality_score">
> & { sources?: Record<string, unknown> }

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals

export async function resolveSolarData(container: MedusaContainer, request: SolarDataRequest): Promise<SolarData> {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const data: SolarData = {}
  const sources: Record<string, unknown> = {}

  const tariffDerivable =
    Boolean(request.tariff_kwh_brl) || Boolean(request.monthly_bill_brl && request.monthly_consumption_kwh)
  if (!tariffDerivable && request.utility_company) {
    try {
      const tariff = await solar360.getResidentialTariff(request.utility_company)
      data.tariff_kwh_brl = tariff.total
      sources.tariff = {
        source: "aneel",
        distributor_acronym: tariff.distributor_acronym,
        distributor_cnpj: tariff.distributor_cnpj,
        te: tariff.te,
        tusd: tariff.tusd,
        reh: tariff.reh,
        valid_from: tariff.valid_from,
        valid_to: tariff.valid_to,
        taxes_included: false,
        stale: tariff.cache.stale,
      }
    } catch (error) {
      // An unknown distributor is not fatal: the analysis then asks for a tariff (400).
      if (!(MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_FOUND)) {
        throw error
      }
      sources.tariff = { source: "aneel", error: (error as Error).message }
    }
  }

  const { latitude, longitude } = request
  if (latitude !== null && latitude !== undefined && longitude !== null && longitude !== undefined && solar360.options.pvlibBaseUrl) {
    const tilt = round(Math.abs(latitude), 1)
    try {
      const result = await solar360.getPvlibYield({
        latitude,
        longitude,
        tilt_degrees: tilt,
        azimuth_degrees: 0,
        system_kwp: 1,
      })
      if ("annual_ac_kwh" in result && result.source === "pvlib") {
        const { performance_ratio } = resolveSolarAssumptions(solar360.options.solarAssumptions)
        data.hsp_kwh_m2_day = round(result.annual_ac_kwh / (365 * performance_ratio), 4)
        sources.irradiance = {
          source: "pvlib",
          annual_ac_kwh_per_kwp: result.annual_ac_kwh,
          tilt_degrees: tilt,
          azimuth_degrees: 0,
          equivalent_hsp: data.hsp_kwh_m2_day,
          stale: result.cache?.stale ?? false,
        }
      }
    } catch (error) {
      // pvlib being down must not block an analysis: the capital's HSP is a fine fallback.
      sources.irradiance = { source: "builtin_estimate", pvlib_error: (error as Error).message }
    }
  }
  if (Object.keys(sources).length) {
    data.sources = sources
  }
  return data
}
