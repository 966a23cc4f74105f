// Which Helio answers a human should look at (LGPD art. 20 review of automated answers).

export const REVIEW_OUTCOMES = ["approved", "corrected", "rejected"] as const

export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]

export const REVIEW_FLAG_REASONS = ["low_confidence", "pii_detected", "negative_feedback"] as const

export type ReviewFlagReason = (typeof REVIEW_FLAG_REASONS)[number]

export interface ReviewFlagInput {
  confidence_score?: number | null
  contains_pii: boolean
  user_feedback?: "positive" | "negative" | "neutral" | null
}

export interface ReviewFlags {
  flagged_for_review: boolean
  /** Reasons joined with ", " in `REVIEW_FLAG_REASONS` order, or null when not flagged. */
  flag_reason: string | null
}

/**
 * Flags an answer for review when its confidence is below `threshold` (an absent score is
 * not low), when it held PII, or when the user rated it negatively.
 */
export function reviewFlags(input: ReviewFlagInput, threshold: number): ReviewFlags {
  const reasons: ReviewFlagReason[] = []
  const confidence = input.confidence_score
  if (typeof confidence === "number" && Number.isFinite(confidence) && confidence < threshold) {
    reasons.push("low_confidence")
  }
  if (input.contains_pii === true) {
    reasons.push("pii_detected")
  }
  if (input.user_feedback === "negative") {
    reasons.push("negative_feedback")
  }
  return reasons.length
    ? { flagged_for_review: true, flag_reason: reasons.join(", ") }
    : { flagged_for_review: false, flag_reason: null }
}
