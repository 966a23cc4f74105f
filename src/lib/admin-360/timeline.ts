// The 360° views of the admin (customer, order, product): pure shaping of what the routes
// read, so the merge and the attribution rules are tested without a database.

/** One entry of a person's merged timeline. */
export type TimelineEntry = {
  /** The data set the entry comes from ("lead", "event", "helio_conversation", ...). */
  kind: string
  id: string
  at: string
  /** A short label for the operator (event name, lead status, conversation title, ...). */
  label: string | null
}

type Dated = Date | string | null | undefined

function isoOf(value: Dated): string | null {
  if (value === null || value === undefined || value === "") {
    return null
  }
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/**
 * Merges the per-source entries newest first and keeps `limit`. Entries without a usable date
 * are left out (they cannot be placed); ties keep a stable order by kind then id, so the same
 * data always gives the same timeline.
 */
export function mergeTimeline(
  sources: Array<Array<{ kind: string; id: string; at: Dated; label?: string | null }>>,
  limit: number
): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  for (const source of sources) {
    for (const item of source) {
      const at = isoOf(item.at)
      if (at) {
        entries.push({ kind: item.kind, id: item.id, at, label: item.label ?? null })
      }
    }
  }
  entries.sort((a, b) =>
    a.at === b.at ? (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind.localeCompare(b.kind)) : a.at < b.at ? 1 : -1
  )
  return entries.slice(0, Math.max(0, limit))
}

/** A campaign touch as leads keep it (`first_touch` / `last_touch` JSON, or the lead's utm columns). */
export type Touch = {
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  referrer?: string | null
  landing_page?: string | null
  at?: string | null
}

type LeadTouchSource = {
  id: string
  created_at?: Dated
  first_touch_at?: Dated
  last_touch_at?: Dated
  first_touch?: unknown
  last_touch?: unknown
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  referrer?: string | null
  landing_page?: string | null
}

function touchOf(json: unknown, fallback: LeadTouchSource, at: Dated): Touch {
  const stored = json && typeof json === "object" ? (json as Record<string, unknown>) : {}
  const text = (key: keyof Touch) => {
    const value = stored[key] ?? (fallback as Record<string, unknown>)[key]
    return typeof value === "string" && value !== "" ? value : null
  }
  return {
    utm_source: text("utm_source"),
    utm_medium: text("utm_medium"),
    utm_campaign: text("utm_campaign"),
    referrer: text("referrer"),
    landing_page: text("landing_page"),
    at: isoOf(at),
  }
}

/**
 * First and last touch over every lead an order converted: the first touch is the earliest
 * lead's first touch, the last touch the latest lead's last touch (a person can have filled a
 * form twice, e.g. a second campaign before buying). Null without leads.
 */
export function attributionTouches(leads: LeadTouchSource[]): { first_touch: Touch | null; last_touch: Touch | null } {
  if (!leads.length) {
    return { first_touch: null, last_touch: null }
  }
  const time = (value: Dated) => (isoOf(value) ? new Date(isoOf(value)!).getTime() : Number.POSITIVE_INFINITY)
  const firstAt = (lead: LeadTouchSource) => time(lead.first_touch_at ?? lead.created_at)
  const lastAt = (lead: LeadTouchSource) => {
    const at = time(lead.last_touch_at ?? lead.first_touch_at ?? lead.created_at)
    return at === Number.POSITIVE_INFINITY ? Number.NEGATIVE_INFINITY : at
  }
  const first = [...leads].sort((a, b) => firstAt(a) - firstAt(b))[0]
  const last = [...leads].sort((a, b) => lastAt(b) - lastAt(a))[0]
  return {
    first_touch: touchOf(first.first_touch, first, first.first_touch_at ?? first.created_at),
    last_touch: touchOf(last.last_touch, last, last.last_touch_at ?? last.first_touch_at ?? last.created_at),
  }
}

/** Whole seconds from the first touch to the order; null when either is unknown or the order came first. */
export function secondsToConversion(firstTouchAt: Dated, orderAt: Dated): number | null {
  const from = isoOf(firstTouchAt)
  const to = isoOf(orderAt)
  if (!from || !to) {
    return null
  }
  const seconds = Math.floor((new Date(to).getTime() - new Date(from).getTime()) / 1000)
  return seconds < 0 ? null : seconds
}

/** `part / whole` rounded to 4 decimals; 0 when there is nothing to divide. */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0
}
