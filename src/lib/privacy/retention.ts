/**
 * Data retention rules (LGPD art. 15-16: data is kept only as long as its purpose needs it).
 * One description per model, from the `retention` options and the instant of the run: the
 * scheduled job and the admin dry run both build their SQL from these rules, so what the dry
 * run reports is what the job removes.
 */

import { FINAL_LEAD_STATUSES } from "../leads/funnel"
import { DAY_MS } from "../time"

/** The models the retention job removes rows from, in the order it processes them. */
export const RETENTION_MODELS = [
  "event",
  "catalog_access_log",
  "rag_query",
  "lead",
  "financing_simulation",
  "solar_viability_analysis",
  "photogrammetry_analysis",
] as const

export type RetentionModel = (typeof RETENTION_MODELS)[number]

/** The `retention` plugin options: days per model (null = keep forever) and the chunk size. */
export type RetentionOptions = {
  eventsDays: number | null
  catalogAccessLogsDays: number | null
  ragQueriesDays: number | null
  leadsAfterClosedDays: number | null
  financingSimulationsDays: number | null
  solarViabilityAnalysesDays: number | null
  photogrammetryAnalysesDays: number | null
  chunkSize: number
}

export type RetentionDaysOption = Exclude<keyof RetentionOptions, "chunkSize">

export type RetentionRule = {
  model: RetentionModel
  /** The option that sets the period. */
  option: RetentionDaysOption
  /** null: the model is kept forever (the option is null). */
  days: number | null
  /** Rows whose age column is before this are removed; null when kept forever. */
  cutoff: Date | null
  /** What a row's age is measured from. */
  age: string
  /** Which rows the rule applies to at all. */
  condition: string
}

type RuleShape = Omit<RetentionRule, "days" | "cutoff">

const RULES: Record<RetentionModel, RuleShape> = {
  event: { model: "event", option: "eventsDays", age: "occurred_at", condition: "every row" },
  catalog_access_log: {
    model: "catalog_access_log",
    option: "catalogAccessLogsDays",
    age: "occurred_at, else created_at",
    condition: "every row",
  },
  rag_query: { model: "rag_query", option: "ragQueriesDays", age: "created_at", condition: "every row" },
  lead: {
    model: "lead",
    option: "leadsAfterClosedDays",
    age: "closed date: converted_at when converted, else the latest status change to its status, else updated_at",
    condition: "status converted or lost (open leads are kept); its status history goes with it",
  },
  financing_simulation: {
    model: "financing_simulation",
    option: "financingSimulationsDays",
    age: "created_at",
    condition: "every row, linked to an order or not",
  },
  solar_viability_analysis: {
    model: "solar_viability_analysis",
    option: "solarViabilityAnalysesDays",
    age: "created_at",
    condition: "every row, linked to an order or not",
  },
  photogrammetry_analysis: {
    model: "photogrammetry_analysis",
    option: "photogrammetryAnalysesDays",
    age: "created_at",
    condition: "every row (an expired cache entry stays reusable until then)",
  },
}

/** The instant before which rows `days` old are past retention; null for "keep forever". */
export function retentionCutoff(days: number | null, now: Date): Date | null {
  if (days === null) {
    return null
  }
  return new Date(now.getTime() - days * DAY_MS)
}

/** Every model's rule at `now`, in processing order. Soft-deleted rows count like any other. */
export function retentionRules(options: RetentionOptions, now: Date): RetentionRule[] {
  return RETENTION_MODELS.map((model) => {
    const shape = RULES[model]
    const days = options[shape.option]
    return { ...shape, days, cutoff: retentionCutoff(days, now) }
  })
}

/** The cutoffs as ISO strings by model (null: kept forever), as the job and dry run report them. */
export function retentionCutoffs(rules: RetentionRule[]): Record<RetentionModel, string | null> {
  return Object.fromEntries(
    rules.map((rule) => [rule.model, rule.cutoff ? rule.cutoff.toISOString() : null])
  ) as Record<RetentionModel, string | null>
}

/** A zero count per model. */
export function emptyRetentionCounts(): Record<RetentionModel, number> {
  return Object.fromEntries(RETENTION_MODELS.map((model) => [model, 0])) as Record<RetentionModel, number>
}

export type RetentionLead = {
  status: string
  converted_at: Date | string | null
  updated_at: Date | string
}

export type RetentionLeadStatusChange = { to_status: string; created_at: Date | string }

/**
 * When a lead closed, or null while it is open. A converted lead closed at `converted_at`;
 * otherwise (lost, or converted without that date) at its latest status change to its current
 * status, and failing any history at `updated_at`. The job's SQL applies the same rule.
 */
export function leadClosedAt(
  lead: RetentionLead,
  statusChanges: RetentionLeadStatusChange[]
): Date | null {
  if (!(FINAL_LEAD_STATUSES as readonly string[]).includes(lead.status)) {
    return null
  }
  if (lead.status === "converted" && lead.converted_at) {
    return new Date(lead.converted_at)
  }
  const times = statusChanges
    .filter((change) => change.to_status === lead.status)
    .map((change) => new Date(change.created_at).getTime())
  if (times.length) {
    return new Date(Math.max(...times))
  }
  return new Date(lead.updated_at)
}

/** Whether a lead is past its retention at `now` (never while open; never when kept forever). */
export function isLeadPastRetention(
  lead: RetentionLead,
  statusChanges: RetentionLeadStatusChange[],
  leadsAfterClosedDays: number | null,
  now: Date
): boolean {
  const cutoff = retentionCutoff(leadsAfterClosedDays, now)
  const closedAt = leadClosedAt(lead, statusChanges)
  return cutoff !== null && closedAt !== null && closedAt.getTime() < cutoff.getTime()
}
