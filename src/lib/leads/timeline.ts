// A lead's timeline: one newest-first list merged from the rows of several tables (touches,
// history, consent, notes, the browsing of its tracker ids, calculators, Helio). Pure: the
// module's repository reads each source with its own LIMIT, these functions turn the rows
// into items and keep the newest `limit` of them.

export const LEAD_TIMELINE_TYPES = [
  "touch",
  "status_change",
  "consent_change",
  "note",
  "page_view",
  "event",
  "catalog_access",
  "financing_simulation",
  "solar_viability_analysis",
  "photogrammetry_analysis",
  "helio_conversation",
] as const

export type LeadTimelineType = (typeof LEAD_TIMELINE_TYPES)[number]

export type LeadTimelineItem = {
  /** The source row's id (unique across sources: each model has its own id prefix). */
  id: string
  type: LeadTimelineType
  occurred_at: string
  summary: string
  data: Record<string, unknown>
}

/** A source row as the repository reads it: `occurred_at` is the time it is ordered by. */
export type TimelineRow = Record<string, unknown> & { id: string; occurred_at: Date | string }

export const MAX_TIMELINE_LIMIT = 500
export const DEFAULT_TIMELINE_LIMIT = 100

const SUMMARY_MAX = 160

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null
  return String(value)
}

function clip(value: string): string {
  return value.length > SUMMARY_MAX ? `${value.slice(0, SUMMARY_MAX - 1)}…` : value
}

function number(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : null
}

function brl(value: unknown): string | null {
  const parsed = number(value)
  return parsed === null ? null : `R$ ${parsed.toFixed(2)}`
}

/** The row without `id` and `occurred_at` (they are the item's own fields). */
function dataOf(row: TimelineRow): Record<string, unknown> {
  const { id: _id, occurred_at: _at, ...rest } = row
  return rest
}

function join(parts: Array<string | null | false | undefined>, separator = " · "): string {
  return parts.filter(Boolean).join(separator)
}

/** One line a person can read at a glance; the UI shows `data` for the rest. */
export function summarize(type: LeadTimelineType, row: Record<string, unknown>): string {
  switch (type) {
    case "touch": {
      const attribution = (row.attribution ?? {}) as Record<string, unknown>
      const source = join([text(attribution.utm_source), text(attribution.utm_medium)], "/")
      return join([
        `Form capture (${text(row.interest_type) ?? "other"})`,
        source && `from ${source}`,
        text(attribution.utm_campaign) && `campaign ${attribution.utm_campaign}`,
        row.verified === true && "verified",
      ])
    }
    case "status_change":
      return row.from_status
        ? join([`Status ${row.from_status} → ${row.to_status}`, text(row.note)])
        : join([`Created as ${row.to_status}`, text(row.note)])
    case "consent_change":
      return join([
        `${capitalize(text(row.purpose) ?? "consent")} consent ${row.granted ? "granted" : "withdrawn"}`,
        text(row.channel) && `via ${row.channel}`,
      ])
    case "note":
      return clip(text(row.body) ?? "Note")
    case "page_view":
      return clip(`Viewed ${text(row.title) ?? text(row.path) ?? text(row.url) ?? "a page"}`)
    case "event":
      return clip(join([text(row.event_name) ?? "Event", text(row.label) ?? text(row.product_name)]))
    case "catalog_access":
      return clip(
        join([
          humanize(text(row.action_type) ?? "catalog"),
          text(row.product_name) ?? (row.search_term ? `"${row.search_term}"` : null) ?? text(row.product_id),
        ])
      )
    case "financing_simulation":
      return join([
        "Financing simulation",
        brl(row.financing_amount),
        number(row.term_months) !== null && `${row.term_months} months`,
        brl(row.monthly_payment) && `${brl(row.monthly_payment)}/month`,
        text(row.status),
      ])
    case "solar_viability_analysis":
      return join([
        "Viability analysis",
        number(row.system_size_kwp) !== null && `${number(row.system_size_kwp)} kWp`,
        text(row.recommendation) && humanize(String(row.recommendation)),
        text(row.city),
      ])
    case "photogrammetry_analysis":
      return join([
        "Roof analysis",
        text(row.status),
        number(row.usable_area_m2) !== null && `${number(row.usable_area_m2)} m² usable`,
        text(row.city),
      ])
    case "helio_conversation":
      return join([
        "Helio conversation",
        text(row.title) ?? text(row.primary_topic),
        text(row.status),
        number(row.message_count) !== null && `${row.message_count} messages`,
      ])
  }
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

function humanize(value: string): string {
  return capitalize(value.replace(/_/g, " "))
}

/** A source row as a timeline item. */
export function toTimelineItem(type: LeadTimelineType, row: TimelineRow): LeadTimelineItem {
  const at = row.occurred_at instanceof Date ? row.occurred_at : new Date(row.occurred_at)
  return { id: row.id, type, occurred_at: at.toISOString(), summary: summarize(type, row), data: dataOf(row) }
}

/**
 * The newest `limit` items of every source, newest first (ties: by id, so a page is stable).
 * Each source was read with the same LIMIT, so the newest `limit` of the union are exact.
 */
export function mergeTimeline(
  sources: Array<{ type: LeadTimelineType; rows: TimelineRow[] }>,
  limit: number
): LeadTimelineItem[] {
  const items = sources.flatMap(({ type, rows }) => rows.map((row) => toTimelineItem(type, row)))
  items.sort((a, b) =>
    a.occurred_at === b.occurred_at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.occurred_at < b.occurred_at ? 1 : -1
  )
  return items.slice(0, limit)
}

/** An event is a page view by its category (the tracker's `page()`), else a generic event. */
export function eventTimelineType(row: Record<string, unknown>): "page_view" | "event" {
  return row.category === "page_view" || row.event_name === "page_view" ? "page_view" : "event"
}
