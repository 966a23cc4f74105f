// The one client of the calculators and caches admin API for their screens: the financing
// funnel, simulations and their credit analysis, viability analyses and their distribution,
// the caches over time and their purge. Pages call these hooks, never fetch themselves.
import type {
  AdminCachesResponse,
  AdminCacheTimeseriesResponse,
  AdminDeleteCacheResponse,
  AdminFinancingFunnelResponse,
  AdminFinancingSimulationListResponse,
  AdminFinancingSimulationResponse,
  AdminSolarViabilityAnalysisListResponse,
  AdminSolarViabilityAnalysisResponse,
  AdminViabilityDistributionResponse,
} from "../../api/types"
import type { DayRange } from "../lib/date-range"
import { useSolar360Mutation, useSolar360Query, type QueryParams } from "../lib/query"

const SIMULATIONS = "/admin/solar360/financing-simulations"
const ANALYSES = "/admin/solar360/solar-viability-analyses"
const CACHES = "/admin/solar360/caches"

export type FinancingFunnel = AdminFinancingFunnelResponse
export type FinancingSimulation = { id: string } & Record<string, any>
export type ViabilityAnalysis = { id: string } & Record<string, any>
export type ViabilityDistribution = AdminViabilityDistributionResponse
export type CacheTimeseries = AdminCacheTimeseriesResponse

export const SIMULATION_STATUSES = ["pending", "analyzing", "approved", "rejected"] as const
export const SIMULATIONS_PAGE_SIZE = 20

/** The funnel of the simulations created in the range. */
export function useFinancingFunnel(range: DayRange) {
  return useSolar360Query<FinancingFunnel>(`${SIMULATIONS}/funnel`, { from: range.from, to: range.to }, {
    placeholderData: (previous) => previous,
  })
}

export function useFinancingSimulations(params: QueryParams) {
  return useSolar360Query<AdminFinancingSimulationListResponse>(SIMULATIONS, params, { placeholderData: (previous) => previous })
}

export function useFinancingSimulation(id: string) {
  return useSolar360Query<AdminFinancingSimulationResponse>(`${SIMULATIONS}/${id}`, undefined, { enabled: Boolean(id) })
}

export type CreditAnalysisMove =
  | { status: "analyzing" }
  | { status: "approved"; approved_amount: number; approved_term_months: number; approved_rate_annual: number }
  | { status: "rejected"; rejection_reason: string }

/** A move in the bank's credit analysis (the existing route); refreshes lists, detail and funnel. */
export function useCreditAnalysis(id: string) {
  return useSolar360Mutation<CreditAnalysisMove, AdminFinancingSimulationResponse>(
    `${SIMULATIONS}/${id}/credit-analysis`,
    { invalidates: [SIMULATIONS] }
  )
}

export function useViabilityAnalyses(params: QueryParams) {
  return useSolar360Query<AdminSolarViabilityAnalysisListResponse>(ANALYSES, params, { placeholderData: (previous) => previous })
}

export function useViabilityAnalysis(id: string) {
  return useSolar360Query<AdminSolarViabilityAnalysisResponse>(`${ANALYSES}/${id}`, undefined, { enabled: Boolean(id) })
}

export function useViabilityDistribution(range: DayRange, state: string | undefined) {
  return useSolar360Query<ViabilityDistribution>(`${ANALYSES}/distribution`, { from: range.from, to: range.to, state }, {
    placeholderData: (previous) => previous,
  })
}

export function useCacheTimeseries(range: DayRange, interval: "day" | "week") {
  return useSolar360Query<CacheTimeseries>(`${CACHES}/timeseries`, { from: range.from, to: range.to, interval }, {
    placeholderData: (previous) => previous,
  })
}

export function useCacheStats() {
  return useSolar360Query<AdminCachesResponse>(CACHES)
}

/** Empties one cache (the existing DELETE route); refreshes the stats and the history. */
export function usePurgeCache() {
  return useSolar360Mutation<{ kind: "aneel" | "pvlib" }, AdminDeleteCacheResponse>(
    ({ kind }) => `${CACHES}/${kind}`,
    { method: "DELETE", invalidates: [CACHES] }
  )
}
