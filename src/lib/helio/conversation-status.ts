import { DomainError } from "../errors"

// Lifecycle of a Helio conversation. Pure; the module checks a status change with
// `assertConversationTransition` before writing it.

export const HELIO_CONVERSATION_STATUSES = [
  "active",
  "resolved",
  "abandoned",
  "escalated",
  "completed",
] as const

export type HelioConversationStatus = (typeof HELIO_CONVERSATION_STATUSES)[number]

/**
 * Allowed moves (staying in the same state is always allowed and is not listed):
 * - active: the conversation ends one way or another, or goes to a human.
 * - escalated: the human hands back to Helio, solves it, closes it, or the user leaves.
 * - abandoned: the user came back (active) or the conversation is closed.
 * - resolved: closed for good, or the user reopens it with a follow-up.
 * - completed: final.
 */
export const CONVERSATION_TRANSITIONS: Readonly<
  Record<HelioConversationStatus, readonly HelioConversationStatus[]>
> = {
  active: ["resolved", "abandoned", "escalated", "completed"],
  escalated: ["active", "resolved", "completed", "abandoned"],
  abandoned: ["active", "completed"],
  resolved: ["completed", "active"],
  completed: [],
}

export function isConversationStatus(value: unknown): value is HelioConversationStatus {
  return typeof value === "string" && (HELIO_CONVERSATION_STATUSES as readonly string[]).includes(value)
}

export interface ConversationTransitionContext {
  escalation_reason?: string | null
}

/**
 * Throws `helio_invalid_transition` for an unknown status or a move the lifecycle does not
 * allow, and `helio_escalation_reason_required` when moving to "escalated" without a reason.
 * Staying in the same state is a no-op and always allowed.
 */
export function assertConversationTransition(
  from: string,
  to: string,
  context: ConversationTransitionContext = {}
): void {
  for (const [label, value] of [
    ["current", from],
    ["target", to],
  ] as const) {
    if (!isConversationStatus(value)) {
      throw new DomainError(
        "helio_invalid_transition",
        `Unknown ${label} conversation status ${JSON.stringify(value)}; expected one of ${HELIO_CONVERSATION_STATUSES.join(", ")}`
      )
    }
  }
  const source = from as HelioConversationStatus
  const target = to as HelioConversationStatus
  if (source === target) {
    return
  }
  const allowed = CONVERSATION_TRANSITIONS[source]
  if (!allowed.includes(target)) {
    const options = allowed.length ? allowed.join(", ") : "none (final state)"
    throw new DomainError(
      "helio_invalid_transition",
      `A conversation cannot move from "${source}" to "${target}"; allowed from "${source}": ${options}`
    )
  }
  if (target === "escalated") {
    const reason = context.escalation_reason
    if (typeof reason !== "string" || reason.trim().length === 0) {
      throw new DomainError(
        "helio_escalation_reason_required",
        "Escalating a conversation to a human requires a non-empty escalation_reason"
      )
    }
  }
}
