import { AdminLeadFilters } from "./validators"
import { z } from "@medusajs/framework/zod"

type LeadFilterInput = Partial<z.infer<typeof AdminLeadFilters>>

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likeLiteral(text: string) {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** Turns the validated list filters into `query.graph` filters. */
export function leadFiltersToQuery(input: LeadFilterInput): Record<string, unknown> {
  const { q, score_min, score_max, ...direct } = input
  const filters: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(direct)) {
    if (value !== undefined) {
      filters[key] = value
    }
  }
  if (score_min !== undefined || score_max !== undefined) {
    filters.score = {
      ...(score_min !== undefined ? { $gte: score_min } : {}),
      ...(score_max !== undefined ? { $lte: score_max } : {}),
    }
  }
  if (q) {
    const pattern = `%${likeLiteral(q)}%`
    filters.$or = ["name", "email", "phone", "company"].map((field) => ({
      [field]: { $ilike: pattern },
    }))
  }
  return filters
}
