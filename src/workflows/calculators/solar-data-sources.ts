import { MedusaContainer } from "@medusajs/framework/types"
import { SolarViabilityInput } from "../../lib/solar"

/**
 * The seam where better data than the built-in fallbacks enters a viability analysis:
 * measured irradiance (a pvlib service) for the coordinates, the distributor's current
 * tariff (ANEEL), a roof survey. Each value returned replaces a default and is recorded in
 * the analysis' `assumptions` with its source. Today nothing is plugged in, so the analysis
 * uses the HSP of the state's capital and the tariff the customer gave; the external-API
 * cache work fills this in.
 */
export type SolarDataRequest = Pick<
  SolarViabilityInput,
  "state" | "city" | "utility_company" | "tariff_kwh_brl" | "monthly_bill_brl" | "monthly_consumption_kwh"
> & { latitude?: number | null; longitude?: number | null }

export type SolarData = Partial<
  Pick<SolarViabilityInput, "hsp_kwh_m2_day" | "tariff_kwh_brl" | "fio_b_tariff_kwh_brl" | "roof_quality_score">
> & { sources?: Record<string, unknown> }

export async function resolveSolarData(
  _container: MedusaContainer,
  _request: SolarDataRequest
): Promise<SolarData> {
  return {}
}
