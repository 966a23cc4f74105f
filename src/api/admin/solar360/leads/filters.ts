import { AdminLeadFilters } from "./validators"
import { z } from "@medusajs/framework/zod"

type LeadFilterInput = Partial<z.infer<typeof AdminLeadFilters>>

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likeLiteral(text: string) {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** Turns the validated list filters into `query.graph` filters. */
export function leadFiltersToQuery(input: LeadFilterInput): Record<string, unknown> {
  const { q, score_min, score_max, contactable, ...direct } = input
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
  const alternatives: Record<string, unknown>[][] = []
  if (q) {
    const pattern = `%${likeLiteral(q)}%`
    alternatives.push(
      ["name", "email", "phone", "company"].map((field) => ({ [field]: { $ilike: pattern } }))
    )
  }
  if (contactable !== undefined) {
    alternatives.push(...contactableFilter(contactable))
  }
  if (alternatives.length === 1) {
    filters.$or = alternatives[0]
  } else if (alternatives.length > 1) {
    filters.$and = alternatives.map(($or) => ({ $or }))
  }
  return filters
}

/**
 * Marketing may reach a lead whose consent is in force and who left an e-mail or a phone
 * (a revoked consent drops the lead from contactable lists and exports); `false` is the
 * complement. As lists of alternatives so they combine with the text search.
 */
function contactableFilter(contactable: boolean): Record<string, unknown>[][] {
  if (contactable) {
    return [
      [{ consent_marketing: true }],
      [{ email: { $ne: null } }, { phone: { $ne: null } }],
    ]
  }
  return [[{ consent_marketing: false }, { email: null, phone: null }]]
}
