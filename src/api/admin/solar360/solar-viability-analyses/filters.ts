import { AdminGetSolarViabilityAnalysesParams } from "./validators"

type Filters = Partial<AdminGetSolarViabilityAnalysesParams>

/** Turns the validated list filters into `query.graph` filters (score bounds on one column). */
export function viabilityFiltersToQuery(input: Filters): Record<string, unknown> {
  const { viability_score_min: min, viability_score_max: max, ...direct } = input
  const filters: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(direct)) {
    if (value !== undefined) {
      filters[key] = value
    }
  }
  if (min !== undefined || max !== undefined) {
    filters.viability_score = {
      ...(min !== undefined ? { $gte: min } : {}),
      ...(max !== undefined ? { $lte: max } : {}),
    }
  }
  return filters
}
