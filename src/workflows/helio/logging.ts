import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LogRagQueriesInput, logRagQueriesStep } from "./steps/log-rag-queries"
import {
  ConversationFeedbackInput,
  QueryFeedbackInput,
  recordHelioConversationFeedbackStep,
  recordRagQueryFeedbackStep,
} from "./steps/record-helio-feedback"
import { ReviewRagQueryInput, reviewRagQueryStep } from "./steps/review-rag-query"
import { StartHelioConversationInput, startHelioConversationStep } from "./steps/start-helio-conversation"
import { UpdateHelioConversationInput, updateHelioConversationStep } from "./steps/update-helio-conversation"

export type { RagQueryLog } from "./steps/log-rag-queries"

/** Opens a Helio conversation; answers its id and the storefront's session token. */
export const startHelioConversationWorkflow = createWorkflow(
  "start-helio-conversation",
  (input: StartHelioConversationInput) => new WorkflowResponse(startHelioConversationStep(input))
)

/** Status (checked transitions), summary, topics, resolution, escalation, quality flags. */
export const updateHelioConversationWorkflow = createWorkflow(
  "update-helio-conversation",
  (input: UpdateHelioConversationInput) => new WorkflowResponse(updateHelioConversationStep(input))
)

/** Logs one or more RAG queries to a conversation: redacted, costed, flagged, counted. */
export const logRagQueriesWorkflow = createWorkflow(
  "log-rag-queries",
  (input: LogRagQueriesInput) => new WorkflowResponse(logRagQueriesStep(input))
)

/** Human review of an answer (LGPD art. 20). */
export const reviewRagQueryWorkflow = createWorkflow(
  "review-rag-query",
  (input: ReviewRagQueryInput) => new WorkflowResponse(reviewRagQueryStep(input))
)

export const recordHelioConversationFeedbackWorkflow = createWorkflow(
  "record-helio-conversation-feedback",
  (input: ConversationFeedbackInput) => new WorkflowResponse(recordHelioConversationFeedbackStep(input))
)

export const recordRagQueryFeedbackWorkflow = createWorkflow(
  "record-rag-query-feedback",
  (input: QueryFeedbackInput) => new WorkflowResponse(recordRagQueryFeedbackStep(input))
)
