import { DomainError } from "../../errors"
import {
  CONVERSATION_TRANSITIONS,
  HELIO_CONVERSATION_STATUSES,
  HelioConversationStatus,
  assertConversationTransition,
  isConversationStatus,
} from "../conversation-status"

const REASON = { escalation_reason: "cliente pediu atendimento humano" }

function errorOf(fn: () => unknown): DomainError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DomainError) {
      return error
    }
    throw error
  }
  throw new Error("expected a DomainError, nothing was thrown")
}

const ALLOWED: Array<[HelioConversationStatus, HelioConversationStatus]> = [
  ["active", "resolved"],
  ["active", "abandoned"],
  ["active", "escalated"],
  ["active", "completed"],
  ["escalated", "active"],
  ["escalated", "resolved"],
  ["escalated", "completed"],
  ["escalated", "abandoned"],
  ["abandoned", "active"],
  ["abandoned", "completed"],
  ["resolved", "completed"],
  ["resolved", "active"],
]

describe("HELIO_CONVERSATION_STATUSES / CONVERSATION_TRANSITIONS", () => {
  it("lists the five statuses in model order", () => {
    expect(HELIO_CONVERSATION_STATUSES).toEqual(["active", "resolved", "abandoned", "escalated", "completed"])
  })

  it("has a transition entry for every status and completed is final", () => {
    expect(Object.keys(CONVERSATION_TRANSITIONS).sort()).toEqual([...HELIO_CONVERSATION_STATUSES].sort())
    expect(CONVERSATION_TRANSITIONS.completed).toEqual([])
  })

  it("maps exactly the allowed pairs", () => {
    const pairs = Object.entries(CONVERSATION_TRANSITIONS).flatMap(([from, targets]) =>
      targets.map((to) => `${from}->${to}`)
    )
    expect(pairs.sort()).toEqual(ALLOWED.map(([f, t]) => `${f}->${t}`).sort())
  })

  it("recognises statuses", () => {
    expect(isConversationStatus("escalated")).toBe(true)
    expect(isConversationStatus("Escalated")).toBe(false)
    expect(isConversationStatus(undefined)).toBe(false)
  })
})

describe("assertConversationTransition", () => {
  it.each(ALLOWED)("allows %s -> %s", (from, to) => {
    expect(() => assertConversationTransition(from, to, REASON)).not.toThrow()
  })

  it.each(HELIO_CONVERSATION_STATUSES.map((s) => [s]))("allows staying in %s (no-op)", (status) => {
    expect(() => assertConversationTransition(status, status)).not.toThrow()
  })

  it("allows escalated -> escalated without a reason (same state is a no-op)", () => {
    expect(() => assertConversationTransition("escalated", "escalated", { escalation_reason: null })).not.toThrow()
  })

  const allowedSet = new Set(ALLOWED.map(([f, t]) => `${f}->${t}`))
  const forbidden = HELIO_CONVERSATION_STATUSES.flatMap((from) =>
    HELIO_CONVERSATION_STATUSES.filter((to) => to !== from && !allowedSet.has(`${from}->${to}`)).map(
      (to) => [from, to] as [HelioConversationStatus, HelioConversationStatus]
    )
  )

  it("has forbidden pairs to check", () => {
    // completed -> 4 others, abandoned -> resolved/escalated, resolved -> abandoned/escalated
    expect(forbidden).toHaveLength(8)
  })

  it.each(forbidden)("refuses %s -> %s with helio_invalid_transition", (from, to) => {
    const error = errorOf(() => assertConversationTransition(from, to, REASON))
    expect(error.code).toBe("helio_invalid_transition")
    expect(error.message).toContain(`"${from}"`)
    expect(error.message).toContain(`"${to}"`)
  })

  it("names the allowed targets in the message", () => {
    const error = errorOf(() => assertConversationTransition("abandoned", "resolved"))
    expect(error.message).toContain("active, completed")
  })

  it("says completed is final", () => {
    const error = errorOf(() => assertConversationTransition("completed", "active"))
    expect(error.code).toBe("helio_invalid_transition")
    expect(error.message).toContain("none (final state)")
  })

  it("refuses unknown statuses on either side", () => {
    expect(errorOf(() => assertConversationTransition("open", "active")).code).toBe("helio_invalid_transition")
    expect(errorOf(() => assertConversationTransition("active", "closed")).message).toContain('"closed"')
  })

  it.each([[undefined], [{}], [{ escalation_reason: null }], [{ escalation_reason: "" }], [{ escalation_reason: "   " }]])(
    "requires a non-empty escalation_reason to escalate (%j)",
    (context) => {
      const error = errorOf(() => assertConversationTransition("active", "escalated", context))
      expect(error.code).toBe("helio_escalation_reason_required")
    }
  )

  it("checks the transition before the reason (resolved -> escalated is invalid either way)", () => {
    expect(errorOf(() => assertConversationTransition("resolved", "escalated")).code).toBe("helio_invalid_transition")
  })

  it("does not require a reason for other targets", () => {
    expect(() => assertConversationTransition("escalated", "active", {})).not.toThrow()
  })
})
