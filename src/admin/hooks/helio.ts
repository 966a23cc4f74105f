// The one client of the Helio admin API for the Helio screens: conversations, one conversation
// with its exchange, the review queue, the metrics over time. Pages call these hooks only.
import type {
  AdminHelioConversationDetailResponse,
  AdminHelioConversationListResponse,
  AdminHelioTimeseriesResponse,
  AdminRagQueryListResponse,
  AdminRagQueryResponse,
} from "../../api/types"
import { useSolar360Mutation, useSolar360Query, type QueryParams } from "../lib/query"

const CONVERSATIONS = "/admin/solar360/helio/conversations"
const RAG_QUERIES = "/admin/solar360/rag-queries"
const METRICS = "/admin/solar360/helio/metrics"

// The API validates against the module's list; `satisfies` would pull the module into the
// admin bundle, so the names are repeated here (the list page's filter options).
export const HELIO_STATUSES = ["active", "resolved", "abandoned", "escalated", "completed"] as const
export type HelioStatus = (typeof HELIO_STATUSES)[number]

export type HelioConversation = AdminHelioConversationListResponse["conversations"][number] & {
  id: string
  lead_id?: string | null
  order_id?: string | null
  order_value?: number | null
  intent?: string | null
}
export type HelioConversationDetail = AdminHelioConversationDetailResponse
export type RagQuery = AdminRagQueryListResponse["rag_queries"][number] & {
  id: string
  flag_reason?: string | null
  confidence_score?: number | null
  response?: string | null
  retrieved_chunks?: Array<{ id: string; score?: number | null; source?: string | null; text?: string | null }> | null
  user_feedback_comment?: string | null
  content_captured?: boolean
}
export type HelioTimeseries = AdminHelioTimeseriesResponse
export type ReviewOutcome = "approved" | "corrected" | "rejected"

export const HELIO_PAGE_SIZE = 20
export const REVIEW_PAGE_SIZE = 20

export function useHelioConversations(params: QueryParams) {
  return useSolar360Query<AdminHelioConversationListResponse>(CONVERSATIONS, params, {
    placeholderData: (previous) => previous,
  })
}

export function useHelioConversation(id: string | undefined) {
  return useSolar360Query<HelioConversationDetail>(`${CONVERSATIONS}/${id}`, { queries_limit: 200 }, { enabled: Boolean(id) })
}

/** The review queue: flagged answers not yet reviewed, oldest first (first in, first out). */
export function useReviewQueue(offset: number) {
  return useSolar360Query<AdminRagQueryListResponse>(RAG_QUERIES, {
    flagged_for_review: "true",
    reviewed_by_human: "false",
    fields: "+response,+retrieved_chunks",
    order: "created_at",
    limit: REVIEW_PAGE_SIZE,
    offset,
  })
}

/** Stores a human review through POST /rag-queries/:id/review; the answer leaves the queue. */
export function useReviewRagQuery() {
  return useSolar360Mutation<{ id: string; outcome: ReviewOutcome; notes?: string }, AdminRagQueryResponse>(
    ({ id }) => `${RAG_QUERIES}/${id}/review`,
    {
      body: ({ outcome, notes }) => (notes ? { outcome, notes } : { outcome }),
      invalidates: [RAG_QUERIES, CONVERSATIONS, METRICS],
    }
  )
}

/** Per-bucket volume, rates, cost and latency plus the range's totals, topics and models. */
export function useHelioTimeseries(range: { from: string; to: string } | null, interval: "day" | "week") {
  return useSolar360Query<HelioTimeseries>(
    `${METRICS}/timeseries`,
    range ? { from: range.from, to: range.to, interval } : undefined,
    { enabled: Boolean(range), placeholderData: (previous) => previous }
  )
}
