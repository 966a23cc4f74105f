// What a lead gains when another lead of the same person is merged into it (the admin's
// merge): blanks filled from the absorbed lead, interests and visits added up, the earliest
// first touch and the latest last touch kept, the newer consent statement in force. Pure;
// the module moves the child rows and re-scores.
import { PROFILE_FIELDS, TOUCH_FIELDS } from "./capture"

export type MergeableLead = Record<string, unknown> & {
  interest_type?: string | null
  interests?: unknown
  touch_count?: number | null
  first_touch_at?: Date | string | null
  last_touch_at?: Date | string | null
  consent_at?: Date | string | null
}

/** Columns filled from the absorbed lead only where the survivor has none. */
const FILLED_FIELDS = [
  ...PROFILE_FIELDS,
  "message",
  "monthly_bill_brl",
  "monthly_consumption_kwh",
  "notes",
  "customer_id",
  "order_id",
  "quote_id",
  "anonymous_id",
  "session_id",
  "assigned_to",
] as const

const time = (value: unknown): number | null =>
  value === null || value === undefined ? null : new Date(value as string).getTime()

const isBlank = (value: unknown) => value === null || value === undefined || value === ""

/** The survivor's column changes (only columns that change). */
export function mergedLeadFields(survivor: MergeableLead, absorbed: MergeableLead): Record<string, unknown> {
  const update: Record<string, unknown> = {}
  for (const field of FILLED_FIELDS) {
    if (isBlank(survivor[field]) && !isBlank(absorbed[field])) {
      update[field] = absorbed[field]
    }
  }
  const interests = [
    ...listOf(survivor.interests, survivor.interest_type),
    ...listOf(absorbed.interests, absorbed.interest_type),
  ]
  update.interests = [...new Set(interests)]
  update.touch_count = (survivor.touch_count ?? 0) + (absorbed.touch_count ?? 0)

  const survivorFirst = time(survivor.first_touch_at)
  const absorbedFirst = time(absorbed.first_touch_at)
  if (absorbedFirst !== null && (survivorFirst === null || absorbedFirst < survivorFirst)) {
    update.first_touch_at = absorbed.first_touch_at
    update.first_touch = absorbed.first_touch ?? null
  }
  const survivorLast = time(survivor.last_touch_at)
  const absorbedLast = time(absorbed.last_touch_at)
  if (absorbedLast !== null && (survivorLast === null || absorbedLast > survivorLast)) {
    update.last_touch_at = absorbed.last_touch_at
    if (absorbed.last_touch) {
      update.last_touch = absorbed.last_touch
      // The flat columns mirror the last touch (see visitUpdateFromCapture).
      for (const field of TOUCH_FIELDS) {
        update[field] = absorbed[field] ?? null
      }
    }
  }
  // The newer explicit statement is the one in force (the history of both moves over).
  const survivorConsent = time(survivor.consent_at)
  const absorbedConsent = time(absorbed.consent_at)
  if (absorbedConsent !== null && (survivorConsent === null || absorbedConsent > survivorConsent)) {
    update.consent_marketing = absorbed.consent_marketing ?? false
    update.consent_terms_version = absorbed.consent_terms_version ?? null
    update.consent_at = absorbed.consent_at
  }
  return update
}

function listOf(interests: unknown, main: string | null | undefined): string[] {
  if (Array.isArray(interests)) {
    return interests.filter((value): value is string => typeof value === "string")
  }
  return main ? [main] : []
}
