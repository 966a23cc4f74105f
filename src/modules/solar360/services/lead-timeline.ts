import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import {
  DEFAULT_TIMELINE_LIMIT,
  eventTimelineType,
  LeadTimelineItem,
  LeadTimelineType,
  MAX_TIMELINE_LIMIT,
  mergeTimeline,
  TimelineRow,
} from "../../../lib/leads/timeline"
import { notFound } from "../errors"
import type { LeadTimelineLinkKey, LeadTimelineRepository } from "../repositories/lead-timeline"

// Far enough ahead for "no `before`": a bound value instead of a second SQL text.
const END_OF_TIME = new Date("9999-12-31T00:00:00Z")

/** How many ids of each linked record type the detail's links carry. */
export const TIMELINE_LINKS_LIMIT = 100

export type LeadTimeline = {
  items: LeadTimelineItem[]
  links: { customer_id: string | null; order_id: string | null } & Record<LeadTimelineLinkKey, string[]>
  /** Pass as `before` for the next page; null when this page is the last. */
  next_before: string | null
}

/**
 * A lead's timeline: its touches, status and consent history, notes, the browsing of the
 * tracker ids its captures stored (and of its customer), calculators and Helio conversations,
 * merged newest first (lib/leads/timeline.ts). SQL in repositories/lead-timeline.ts.
 */
export class LeadTimelineService {
  // @InjectManager takes the manager from it.
  protected readonly baseRepository_: unknown
  protected readonly repository_: LeadTimelineRepository

  constructor(cradle: { baseRepository: unknown; leadTimelineRepository: LeadTimelineRepository }) {
    this.baseRepository_ = cradle.baseRepository
    this.repository_ = cradle.leadTimelineRepository
  }

  @InjectManager()
  async leadTimeline(
    leadId: string,
    page: { limit?: number; before?: Date | null } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LeadTimeline> {
    const lead = await this.repository_.findLead(sharedContext, leadId)
    if (!lead) {
      throw notFound(`Lead with id "${leadId}" was not found`)
    }
    const limit = Math.min(Math.max(1, Math.floor(page.limit ?? DEFAULT_TIMELINE_LIMIT)), MAX_TIMELINE_LIMIT)
    const keys = {
      lead_id: lead.lead_id,
      anonymous_id: lead.anonymous_id,
      session_id: lead.session_id,
      customer_id: lead.customer_id,
    }
    const sources = await this.repository_.sourceRows(sharedContext, keys, page.before ?? END_OF_TIME, limit)
    const typed: Array<{ type: LeadTimelineType; rows: TimelineRow[] }> = []
    for (const { type, rows } of sources) {
      if (type !== "browsing_event") {
        typed.push({ type, rows })
        continue
      }
      typed.push({ type: "page_view", rows: rows.filter((row) => eventTimelineType(row) === "page_view") })
      typed.push({ type: "event", rows: rows.filter((row) => eventTimelineType(row) === "event") })
    }
    const items = mergeTimeline(typed, limit)
    const links = await this.repository_.linkIds(sharedContext, keys, TIMELINE_LINKS_LIMIT)
    return {
      items,
      links: { customer_id: lead.customer_id, order_id: lead.order_id, ...links },
      next_before: items.length === limit ? items[items.length - 1].occurred_at : null,
    }
  }
}
