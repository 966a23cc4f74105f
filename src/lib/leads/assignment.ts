// Who gets a lead created without an assignee (the `leads.assignment` option): round-robin
// among named users, or by the lead's state (UF) with an optional fallback. Pure; the module
// reads who got the previous lead and applies the answer.

export type LeadAssignmentRule =
  | { strategy: "round_robin"; users: string[] }
  | { strategy: "by_state"; byState: Record<string, string>; fallback?: string | null }

/**
 * Assignees for leads created together, in order. Round-robin continues after `lastAssigned`
 * (the user who got the most recent lead; unknown or null starts at the first user), so the
 * turn survives restarts and is shared by every instance. By state: the lead's UF, compared
 * upper-case, else the fallback, else nobody (null).
 */
export function pickAssignees(
  rule: LeadAssignmentRule | null | undefined,
  leads: Array<{ state?: string | null }>,
  lastAssigned: string | null = null
): Array<string | null> {
  if (!rule) {
    return leads.map(() => null)
  }
  if (rule.strategy === "round_robin") {
    if (!rule.users.length) {
      return leads.map(() => null)
    }
    let index = lastAssigned === null ? -1 : rule.users.indexOf(lastAssigned)
    return leads.map(() => {
      index = (index + 1) % rule.users.length
      return rule.users[index]
    })
  }
  const byState = Object.fromEntries(
    Object.entries(rule.byState).map(([state, user]) => [state.trim().toUpperCase(), user])
  )
  return leads.map((lead) => {
    const state = lead.state?.trim().toUpperCase()
    return (state ? byState[state] : undefined) ?? rule.fallback ?? null
  })
}
