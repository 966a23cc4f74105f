import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"
import { z } from "@medusajs/framework/zod"
import { HELIO_CONVERSATION_STATUSES, HELIO_SERIES_INTERVALS } from "../../../../lib/helio"
import { StoreLeadContact } from "../../../store/solar360/leads/validators"
import { dayOrInstant } from "../analytics/helpers"
import { dateRange } from "../leads/validators"

const text = (max: number) => z.string().trim().min(1).max(max)
const id = text(100)
const count = z.number().int().min(0).max(2_000_000_000)
const ms = z.number().int().min(0).max(86_400_000)


const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)]).optional()

export const AdminStartHelioConversation = z
  .object({
    customer_id: id.nullish(),
    lead_id: id.nullish(),
    session_id: text(200).nullish(),
    channel: text(50).nullish(),
    title: text(500).nullish(),
    /** The visitor's contact, when the assistant collected it (with their consent statement):
     * creates or touches their lead by the store capture's rules and links it. */
    contact: StoreLeadContact.optional(),
  })
  .strict()

export type AdminStartHelioConversation = z.infer<typeof AdminStartHelioConversation>

export const AdminUpdateHelioConversation = z
  .object({
    status: z.enum(HELIO_CONVERSATION_STATUSES).optional(),
    title: text(500).nullish(),
    summary: text(5_000).nullish(),
    topics: z.array(text(100)).max(50).nullish(),
    primary_topic: text(100).nullish(),
    intent: z.enum(["buy", "learn", "compare", "support"]).nullish(),
    issue_resolved: z.boolean().optional(),
    resolution_type: text(100).nullish(),
    escalation_reason: text(1_000).nullish(),
    assigned_to: text(200).nullish(),
    lead_id: id.nullish(),
    quality_score: z.number().int().min(0).max(100).nullish(),
    had_hallucinations: z.boolean().optional(),
    had_errors: z.boolean().optional(),
    needed_clarification: z.boolean().optional(),
    products_recommended: z.array(z.union([id, z.object({ product_id: id }).passthrough()])).max(100).nullish(),
    /** The visitor's contact, collected mid-conversation: as on the start. */
    contact: StoreLeadContact.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, "send at least one field to change")

export type AdminUpdateHelioConversation = z.infer<typeof AdminUpdateHelioConversation>

/**
 * One logged exchange. Tokens follow the providers' usage reports: prompt_tokens includes
 * cached_tokens, completion_tokens includes reasoning_tokens, total = prompt + completion.
 * Times: retrieval_time_ms (whole retrieval), vector_search_time_ms (the vector DB alone),
 * llm_response_time_ms (generation), time_to_first_token_ms, total_response_time_ms.
 */
export const RagQueryLogSchema = z
  .object({
    message_id: text(200).nullish(),
    query_text: z.string().min(1).max(20_000),
    query_language: text(20).nullish(),
    query_type: text(50).nullish(),
    embedding_model: text(200).nullish(),
    query_embedding: z.array(z.number().finite()).max(8192).nullish(),
    retrieved_chunks: z
      .array(
        z
          .object({
            id: text(500),
            score: z.number().finite().nullish(),
            source: text(2048).nullish(),
            text: z.string().max(20_000).nullish(),
          })
          .strict()
      )
      .max(100)
      .nullish(),
    vector_db: text(100).nullish(),
    vector_search_time_ms: ms.nullish(),
    retrieval_time_ms: ms.nullish(),
    llm_model: text(200).nullish(),
    llm_temperature: z.number().min(0).max(2).nullish(),
    prompt: z.string().max(200_000).nullish(),
    response: z.string().max(100_000).nullish(),
    llm_response_time_ms: ms.nullish(),
    total_response_time_ms: ms.nullish(),
    time_to_first_token_ms: ms.nullish(),
    prompt_tokens: count.nullish(),
    completion_tokens: count.nullish(),
    cached_tokens: count.nullish(),
    reasoning_tokens: count.nullish(),
    total_tokens: count.nullish(),
    estimated_cost_usd: z.number().finite().min(0).max(1_000_000).nullish(),
    confidence_score: z.number().min(0).max(1).nullish(),
    quality_score: z.number().min(0).max(1).nullish(),
    recommended_products: z
      .array(z.object({ product_id: id, score: z.number().finite().nullish() }).strict())
      .max(50)
      .nullish(),
    customer_id: id.nullish(),
    session_id: text(200).nullish(),
  })
  .strict()

/** One query, or `{ queries: [...] }` (1-100) logged all-or-nothing. */
export const AdminLogRagQueries = z.union([
  z.object({ queries: z.array(RagQueryLogSchema).min(1).max(100) }).strict(),
  RagQueryLogSchema,
])

export type AdminLogRagQueries = z.infer<typeof AdminLogRagQueries>

export const AdminReviewRagQuery = z
  .object({
    outcome: z.enum(["approved", "corrected", "rejected"]),
    notes: text(5_000).nullish(),
    /** Defaults to the authenticated user (or secret API key). */
    reviewer: text(200).optional(),
  })
  .strict()
  // A correction without the corrected answer would leave the audit trail with nothing to act on.
  .refine((body) => body.outcome !== "corrected" || Boolean(body.notes), {
    message: "a correction needs the corrected answer in notes",
    path: ["notes"],
  })

export type AdminReviewRagQuery = z.infer<typeof AdminReviewRagQuery>

export const AdminGetHelioConversationsParams = createListParams({ limit: 20, offset: 0 })
  .extend({
    status: oneOrMany(z.enum(HELIO_CONVERSATION_STATUSES)),
    customer_id: oneOrMany(id),
    channel: oneOrMany(text(50)),
    led_to_purchase: booleanString().optional(),
    escalated_to_human: booleanString().optional(),
    /** true: the visitor rated the conversation (satisfaction_score set); false: not rated. */
    has_feedback: booleanString().optional(),
    created_at: dateRange(),
    /** Calendar days in `reportTimezone` (whole days, `to` inclusive) or instants, on `created_at`. */
    from: dayOrInstant().optional(),
    to: dayOrInstant().optional(),
  })
  .strict()

export type AdminGetHelioConversationsParams = z.infer<typeof AdminGetHelioConversationsParams>

export const AdminGetHelioConversationParams = createSelectParams()
  .extend({
    queries_limit: z.coerce.number().int().min(0).max(200).default(50),
    queries_offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminGetHelioConversationParams = z.infer<typeof AdminGetHelioConversationParams>

export const AdminGetRagQueriesParams = createListParams({ limit: 20, offset: 0 })
  .extend({
    llm_model: oneOrMany(text(200)),
    flagged_for_review: booleanString().optional(),
    reviewed_by_human: booleanString().optional(),
    contains_pii: booleanString().optional(),
    conversation_id: oneOrMany(id),
    customer_id: oneOrMany(id),
    min_cost: z.coerce.number().min(0).optional(),
    created_at: dateRange(),
  })
  .strict()

export type AdminGetRagQueriesParams = z.infer<typeof AdminGetRagQueriesParams>

export const AdminGetRagQueryParams = createSelectParams()

export const AdminGetHelioMetricsParams = z
  .object({ from: z.coerce.date().optional(), to: z.coerce.date().optional() })
  .strict()
  .refine((range) => !range.from || !range.to || range.from <= range.to, "from must not be after to")

export type AdminGetHelioMetricsParams = z.infer<typeof AdminGetHelioMetricsParams>

const calendarDayParam = () =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a calendar day written YYYY-MM-DD")

/** Calendar days (inclusive, in `reportTimezone`); the range is checked and capped in the route. */
export const AdminGetHelioTimeseriesParams = z
  .object({
    from: calendarDayParam().optional(),
    to: calendarDayParam().optional(),
    interval: z.enum(HELIO_SERIES_INTERVALS).default("day"),
  })
  .strict()

export type AdminGetHelioTimeseriesParams = z.infer<typeof AdminGetHelioTimeseriesParams>
