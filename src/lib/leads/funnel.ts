import { DomainError } from "../errors"

// Kept here, free of Medusa imports, so pure code and the data models can share one
// source of truth; must match the check constraint on lead.status. Each list extends the
// one before it, so the open stages, the funnel and the statuses cannot drift apart.
export const OPEN_LEAD_STATUSES = [
  "new",
  "contacted",
  "qualified",
  "proposal",
  "negotiation",
] as const

export type OpenLeadStatus = (typeof OPEN_LEAD_STATUSES)[number]

/** The happy path in order; "lost" is an exit from it, not a stage. */
export const LEAD_FUNNEL = [...OPEN_LEAD_STATUSES, "converted"] as const

export type LeadFunnelStage = (typeof LEAD_FUNNEL)[number]

export const LEAD_STATUSES = [...LEAD_FUNNEL, "lost"] as const

export type LeadStatus = (typeof LEAD_STATUSES)[number]

export const FINAL_LEAD_STATUSES = ["converted", "lost"] as const

export type FinalLeadStatus = (typeof FINAL_LEAD_STATUSES)[number]

export const LeadTransitionErrorCode = {
  STATUS_UNCHANGED: "lead_status_unchanged",
  STATUS_FINAL: "lead_status_final",
  LOST_REASON_REQUIRED: "lead_lost_reason_required",
  TRANSITION_NOT_ALLOWED: "lead_transition_not_allowed",
  REOPEN_NOT_NEEDED: "lead_reopen_not_needed",
  // Statuses often arrive as raw strings from HTTP bodies or old rows; refusing them
  // here keeps a typo from being stored as a status no report knows about.
  STATUS_UNKNOWN: "lead_status_unknown",
} as const

export type LeadTransitionErrorCode =
  (typeof LeadTransitionErrorCode)[keyof typeof LeadTransitionErrorCode]

export interface LeadTransitionOptions {
  /** Required when moving to "lost" so the sales team can learn why deals die. */
  lostReason?: string | null
  /** Explicit intent to leave a final status; never implied. */
  reopen?: boolean
}

export type LeadTransitionResult =
  | { ok: true }
  | { ok: false; code: LeadTransitionErrorCode; message: string }

export function isLeadStatus(value: unknown): value is LeadStatus {
  return typeof value === "string" && (LEAD_STATUSES as readonly string[]).includes(value)
}

export function isOpenLeadStatus(value: unknown): value is OpenLeadStatus {
  return typeof value === "string" && (OPEN_LEAD_STATUSES as readonly string[]).includes(value)
}

export function isFinalLeadStatus(value: unknown): value is FinalLeadStatus {
  return typeof value === "string" && (FINAL_LEAD_STATUSES as readonly string[]).includes(value)
}

function fail(code: LeadTransitionErrorCode, message: string): LeadTransitionResult {
  return { ok: false, code, message }
}

/**
 * Rules, checked in this order so every pair has exactly one answer:
 * - unknown status on either side: lead_status_unknown;
 * - same status: lead_status_unchanged (a no-op write would fake activity in history);
 * - from a final status: only with `reopen`, and only to an open status, because a
 *   reopened deal has to be worked again before it can be won or lost anew;
 * - `reopen` on an open lead: lead_reopen_not_needed, so a stray flag cannot hide a
 *   caller bug;
 * - to "lost": needs a non-blank reason;
 * - otherwise forward along the funnel, skipping stages allowed (a lead can qualify on
 *   first contact), never backwards.
 */
export function checkLeadTransition(
  from: LeadStatus,
  to: LeadStatus,
  options: LeadTransitionOptions = {}
): LeadTransitionResult {
  if (!isLeadStatus(from) || !isLeadStatus(to)) {
    const bad = !isLeadStatus(from) ? from : to
    return fail(
      LeadTransitionErrorCode.STATUS_UNKNOWN,
      `Unknown lead status "${String(bad)}"; expected one of ${LEAD_STATUSES.join(", ")}`
    )
  }
  const reopen = options.reopen === true

  if (from === to) {
    return fail(LeadTransitionErrorCode.STATUS_UNCHANGED, `Lead is already "${from}"`)
  }

  if (isFinalLeadStatus(from)) {
    if (!reopen) {
      return fail(
        LeadTransitionErrorCode.STATUS_FINAL,
        `Lead is "${from}", which is final; reopen it explicitly to move it to "${to}"`
      )
    }
    if (isFinalLeadStatus(to)) {
      return fail(
        LeadTransitionErrorCode.TRANSITION_NOT_ALLOWED,
        `A reopened lead must go to an open status first, not straight from "${from}" to "${to}"`
      )
    }
    return { ok: true }
  }

  if (reopen) {
    return fail(
      LeadTransitionErrorCode.REOPEN_NOT_NEEDED,
      `Lead is "${from}", which is still open; reopen only applies to converted or lost leads`
    )
  }

  if (to === "lost") {
    const reason = typeof options.lostReason === "string" ? options.lostReason.trim() : ""
    if (reason.length === 0) {
      return fail(
        LeadTransitionErrorCode.LOST_REASON_REQUIRED,
        "A reason is required to mark a lead as lost"
      )
    }
    return { ok: true }
  }

  const fromIndex = LEAD_FUNNEL.indexOf(from)
  const toIndex = LEAD_FUNNEL.indexOf(to)
  if (toIndex > fromIndex) {
    return { ok: true }
  }
  return fail(
    LeadTransitionErrorCode.TRANSITION_NOT_ALLOWED,
    `A lead cannot move back from "${from}" to "${to}"`
  )
}

export function assertLeadTransition(
  from: LeadStatus,
  to: LeadStatus,
  options: LeadTransitionOptions = {}
): void {
  const result = checkLeadTransition(from, to, options)
  if (!result.ok) {
    throw new DomainError(result.code, result.message)
  }
}

export type LeadStatusCounts = Partial<Record<LeadStatus, number>>

export interface FunnelStepRate {
  from: LeadFunnelStage
  to: LeadFunnelStage
  reached_from: number
  reached_to: number
  /** reached_to / reached_from, or null when nobody reached `from`. */
  rate: number | null
}

export interface FunnelConversionSummary {
  steps: FunnelStepRate[]
  overall: {
    total: number
    converted: number
    lost: number
    /** converted / total, counting leads still open; null for an empty funnel. */
    conversion_rate: number | null
    /** converted / (converted + lost): the rate among decided leads only. */
    win_rate: number | null
  }
}

function roundRate(numerator: number, denominator: number): number | null {
  if (denominator === 0) {
    return null
  }
  return Math.round((numerator / denominator + Number.EPSILON) * 10000) / 10000
}

function readCount(source: LeadStatusCounts, status: LeadStatus, label: string): number {
  const value = source[status]
  if (value === undefined || value === null) {
    return 0
  }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new DomainError(
      "lead_funnel_invalid_counts",
      `${label} for "${status}" must be a non-negative integer, got ${String(value)}`
    )
  }
  return value
}

/**
 * Stage-to-stage conversion from a snapshot of current statuses.
 *
 * A lead "reached" stage k when its status is k or any later funnel stage, since the
 * funnel only moves forward. Lost leads are the ambiguity: their status no longer
 * says how far they got. Without `lostAtStage` they are assumed to have reached only
 * "new", which understates early-stage conversion but never inflates a later one.
 * When status history is available, pass `lostAtStage` (the open status each lost
 * lead was lost from); lost leads it does not account for still fall back to "new".
 */
export function funnelConversionRates(
  counts: LeadStatusCounts,
  lostAtStage?: Partial<Record<LeadStatus, number>>
): FunnelConversionSummary {
  const current = LEAD_STATUSES.reduce(
    (acc, status) => {
      acc[status] = readCount(counts, status, "Lead count")
      return acc
    },
    {} as Record<LeadStatus, number>
  )

  // How many lost leads got as far as each funnel stage before dropping out.
  const lostReachedStage = LEAD_FUNNEL.reduce(
    (acc, stage) => {
      acc[stage] = 0
      return acc
    },
    {} as Record<LeadFunnelStage, number>
  )
  let attributedLost = 0
  if (lostAtStage) {
    for (const key of Object.keys(lostAtStage)) {
      if (!isOpenLeadStatus(key)) {
        throw new DomainError(
          "lead_funnel_invalid_counts",
          `Leads can only be lost from an open status, not "${key}"`
        )
      }
      const n = readCount(lostAtStage, key, "Lost-at-stage count")
      lostReachedStage[key] += n
      attributedLost += n
    }
  }
  if (attributedLost > current.lost) {
    throw new DomainError(
      "lead_funnel_invalid_counts",
      `lostAtStage accounts for ${attributedLost} lost leads but only ${current.lost} are lost`
    )
  }
  lostReachedStage.new += current.lost - attributedLost

  const reached = LEAD_FUNNEL.map((_, k) => {
    let total = 0
    for (let j = k; j < LEAD_FUNNEL.length; j++) {
      total += current[LEAD_FUNNEL[j]] + lostReachedStage[LEAD_FUNNEL[j]]
    }
    return total
  })

  const steps: FunnelStepRate[] = []
  for (let k = 0; k < LEAD_FUNNEL.length - 1; k++) {
    steps.push({
      from: LEAD_FUNNEL[k],
      to: LEAD_FUNNEL[k + 1],
      reached_from: reached[k],
      reached_to: reached[k + 1],
      rate: roundRate(reached[k + 1], reached[k]),
    })
  }

  const total = LEAD_STATUSES.reduce((sum, status) => sum + current[status], 0)
  return {
    steps,
    overall: {
      total,
      converted: current.converted,
      lost: current.lost,
      conversion_rate: roundRate(current.converted, total),
      win_rate: roundRate(current.converted, current.converted + current.lost),
    },
  }
}
