import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CalculatorViewer } from "../../../lib/calculators"
import { redactFreeText, reviewFlags } from "../../../lib/helio"
import { notFound, SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

const SATISFACTION_LABELS = ["very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied"]

function comment(solar360: Solar360ModuleService, text: string | null | undefined): string | null {
  if (!text || !solar360.options.helio.captureContent) {
    return null
  }
  return redactFreeText(text).text
}

export type ConversationFeedbackInput = {
  conversation_id: string
  viewer: CalculatorViewer
  satisfaction: number
  comment?: string | null
}

/** The customer rates the whole conversation (1-5). Rating again replaces the rating. */
export const recordHelioConversationFeedbackStep = createStep(
  "record-helio-conversation-feedback",
  async (input: ConversationFeedbackInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.retrieveViewableConversation(input.conversation_id, input.viewer)
    const [current] = (await solar360.listHelioConversations({ id: input.conversation_id }, { take: 1 })) as any[]
    await solar360.updateHelioConversations({
      id: input.conversation_id,
      satisfaction_score: input.satisfaction,
      user_satisfaction: SATISFACTION_LABELS[input.satisfaction - 1],
      satisfaction_comment: comment(solar360, input.comment),
      satisfaction_at: new Date(),
    })
    const previous = {
      id: current.id,
      satisfaction_score: current.satisfaction_score,
      user_satisfaction: current.user_satisfaction,
      satisfaction_comment: current.satisfaction_comment,
      satisfaction_at: current.satisfaction_at,
    }
    return new StepResponse({ id: input.conversation_id }, previous)
  },
  async (previous: Record<string, unknown> | undefined, { container }) => {
    if (previous) {
      await (container.resolve(SOLAR360_MODULE) as Solar360ModuleService).updateHelioConversations(previous as any)
    }
  }
)

export type QueryFeedbackInput = {
  query_id: string
  viewer: CalculatorViewer
  thumbs: "up" | "down"
  comment?: string | null
}

/**
 * Thumbs up/down on one answer, for the conversation's customer or session-token holder.
 * Thumbs down puts the answer (back) in the human review queue.
 */
export const recordRagQueryFeedbackStep = createStep(
  "record-rag-query-feedback",
  async (input: QueryFeedbackInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const [query] = (await solar360.listRagQueries({ id: input.query_id }, { take: 1 })) as any[]
    if (!query || !query.conversation_id) {
      throw notFound(`RAG query with id "${input.query_id}" was not found`)
    }
    try {
      await solar360.retrieveViewableConversation(query.conversation_id, input.viewer)
    } catch {
      throw notFound(`RAG query with id "${input.query_id}" was not found`)
    }
    const feedback = input.thumbs === "up" ? "positive" : "negative"
    const flags = reviewFlags(
      {
        confidence_score: query.confidence_score === null ? null : Number(query.confidence_score),
        contains_pii: query.contains_pii,
        user_feedback: feedback,
      },
      solar360.options.helio.reviewConfidenceThreshold
    )
    const negative = feedback === "negative"
    await solar360.updateRagQueries({
      id: query.id,
      user_feedback: feedback,
      user_feedback_comment: comment(solar360, input.comment),
      user_feedback_at: new Date(),
      // Only negative feedback changes the review queue: a thumbs up never un-flags an answer.
      ...(negative ? { flagged_for_review: true, flag_reason: flags.flag_reason } : {}),
    })
    const previous = {
      id: query.id,
      user_feedback: query.user_feedback,
      user_feedback_comment: query.user_feedback_comment,
      user_feedback_at: query.user_feedback_at,
      flagged_for_review: query.flagged_for_review,
      flag_reason: query.flag_reason,
    }
    return new StepResponse({ id: query.id }, previous)
  },
  async (previous: Record<string, unknown> | undefined, { container }) => {
    if (previous) {
      await (container.resolve(SOLAR360_MODULE) as Solar360ModuleService).updateRagQueries(previous as any)
    }
  }
)
