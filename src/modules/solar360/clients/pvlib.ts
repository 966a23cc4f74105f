/**
 * Client of the pvlib yield service a store runs itself (pvlib is a Python library; there is
 * no public pvlib API, so `pvlibBaseUrl` has no default).
 *
 * Contract: `POST ${pvlibBaseUrl}/yield` with a JSON body
 *   { latitude, longitude, tilt_degrees, azimuth_degrees, system_kwp, losses_percent }
 * (azimuth from north: N=0, E=90, S=180, W=270; latitude/longitude rounded to 4 decimals, about
 * 11 m, which is also what the cache key is made of) answering 200 with
 *   { annual_ac_kwh: number, monthly_ac_kwh: number[12], poa_irradiance_kwh_m2?: number }
 * A 404 means "no answer for this location" and is cached as such (negative TTL). Any other
 * status, a body not matching the shape, or no answer within `upstreamTimeoutMs` is an
 * upstream failure (stale-if-error, else 504/502).
 */
import { z } from "@medusajs/framework/zod"
import { fetchJson, UpstreamError, UpstreamErrorCode } from "../../../lib/cache"
import {
  annualGenerationKwh,
  resolveHsp,
  resolveSolarAssumptions,
  SolarAssumptionOverrides,
} from "../../../lib/solar"
import type { CacheFetchOutcome } from "../types/caches"

export const PVLIB_YIELD_KIND = "yield"

/** What a caller asks for (validated at the API boundary and again by the service). */
export const PvlibYieldRequest = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    tilt_degrees: z.number().min(0).max(90),
    /** Degrees from north (N=0, E=90, S=180, W=270); in Brazil panels face north. */
    azimuth_degrees: z.number().min(0).max(360),
    system_kwp: z.number().positive().max(100_000),
    /** System losses besides the inverter (PVWatts default 14.08%). */
    losses_percent: z.number().min(0).max(99).default(14.08),
    /** UF: needed for the built-in estimate when no pvlib service is configured. */
    state: z.string().length(2).optional(),
  })
  .strict()

export type PvlibYieldRequest = z.input<typeof PvlibYieldRequest>

export type PvlibUpstreamRequest = {
  latitude: number
  longitude: number
  tilt_degrees: number
  azimuth_degrees: number
  system_kwp: number
  losses_percent: number
}

export const PvlibYieldResponse = z.object({
  annual_ac_kwh: z.number().finite().min(0),
  monthly_ac_kwh: z.array(z.number().finite().min(0)).length(12),
  poa_irradiance_kwh_m2: z.number().finite().min(0).optional(),
})

export type PvlibYieldResponse = z.infer<typeof PvlibYieldResponse>

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/** The request sent upstream and hashed into the cache key: the state plays no part in it. */
export function normalisePvlibRequest(request: z.output<typeof PvlibYieldRequest>): PvlibUpstreamRequest {
  return {
    latitude: round(request.latitude, 4),
    longitude: round(request.longitude, 4),
    tilt_degrees: round(request.tilt_degrees, 1),
    // 360 is north too: one key for both.
    azimuth_degrees: round(request.azimuth_degrees % 360, 1),
    system_kwp: round(request.system_kwp, 3),
    losses_percent: round(request.losses_percent, 2),
  }
}

export function pvlibYieldUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/yield`
}

/** One upstream call: the cache's fetcher. */
export async function fetchPvlibYield(
  baseUrl: string,
  request: PvlibUpstreamRequest,
  timeoutMs: number
): Promise<CacheFetchOutcome<PvlibYieldResponse>> {
  const url = pvlibYieldUrl(baseUrl)
  const { status, json } = await fetchJson(url, { timeoutMs, method: "POST", body: request })
  if (status === 404) {
    return { found: false, source_url: url }
  }
  const parsed = PvlibYieldResponse.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new UpstreamError(
      UpstreamErrorCode.ERROR,
      `pvlib answered an unexpected body (${issue.path.join(".") || "body"}: ${issue.message})`,
      status
    )
  }
  return { found: true, value: parsed.data, source_url: url }
}

export type BuiltinYieldEstimate = {
  source: "builtin_estimate"
  annual_ac_kwh: number
  /** The table gives a yearly mean only; no monthly profile is invented. */
  monthly_ac_kwh: null
  hsp: number
  hsp_source: string
  reference_city: string | null
  performance_ratio: number
}

/**
 * Without a pvlib service: kWp x HSP (state capital table) x 365 x PR. Orientation and tilt
 * are ignored (the table assumes a well-oriented roof); that is why it's labelled an estimate.
 */
export function builtinYieldEstimate(
  systemKwp: number,
  state: string,
  assumptionOverrides: SolarAssumptionOverrides
): BuiltinYieldEstimate {
  const hsp = resolveHsp(state)
  const assumptions = resolveSolarAssumptions(assumptionOverrides)
  return {
    source: "builtin_estimate",
    annual_ac_kwh: round(annualGenerationKwh(systemKwp, hsp.hsp, assumptions), 1),
    monthly_ac_kwh: null,
    hsp: hsp.hsp,
    hsp_source: hsp.source,
    reference_city: hsp.reference_city,
    performance_ratio: assumptions.performance_ratio,
  }
}
