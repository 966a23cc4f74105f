import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { captureLeadWorkflow, type CaptureLeadStepInput } from "../leads"
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

/**
 * A contact the assistant collected in the chat. It is captured like the storefront's lead form
 * (dedupe, verification, consent waiting for a double opt-in), with interest `chat`, acting for
 * the conversation's customer when there is one. The assistant's backend is the caller, so
 * there is no visitor IP or user agent to hash.
 */
export type HelioContactCapture = CaptureLeadStepInput

/** The capture for a conversation: its customer, no request fingerprint. */
function captureForConversation(contact: HelioContactCapture, customerId: string | null | undefined): CaptureLeadStepInput {
  return {
    lead: { ...contact.lead, interest_type: "chat", customer_id: customerId ?? null },
    ip: null,
    user_agent: null,
  }
}

/**
 * Opens a Helio conversation; answers its id and the storefront's session token. With a
 * `contact`, the person's lead is captured and linked (not again on an idempotent retry).
 */
export const startHelioConversationWorkflow = createWorkflow(
  "start-helio-conversation",
  (input: StartHelioConversationInput & { contact?: HelioContactCapture | null }) => {
    const startInput = transform({ input }, ({ input }) => {
      const { contact: _contact, ...start } = input
      return start
    })
    const started = startHelioConversationStep(startInput)
    when("capture-helio-start-lead", { started, input }, ({ started, input }) => started.created && Boolean(input.contact)).then(
      () => {
        const captured = captureLeadWorkflow.runAsStep({
          input: transform({ input }, ({ input }) => captureForConversation(input.contact!, input.customer_id)),
        })
        updateHelioConversationStep(
          transform({ input, started, captured }, ({ input, started, captured }) => ({
            id: started.id,
            lead_id: input.lead_id ?? captured.lead_id,
          }))
        ).config({ name: "link-helio-start-lead" })
      }
    )
    return new WorkflowResponse(started)
  }
)

/**
 * Status (checked transitions), summary, topics, resolution, escalation, quality flags. A
 * `contact` collected mid-conversation captures the person's lead and links it (an explicit
 * `lead_id` in the same update wins).
 */
export const updateHelioConversationWorkflow = createWorkflow(
  "update-helio-conversation",
  (input: UpdateHelioConversationInput & { contact?: HelioContactCapture | null }) => {
    const updateInput = transform({ input }, ({ input }) => {
      const { contact: _contact, ...update } = input
      return update
    })
    const updated = updateHelioConversationStep(updateInput)
    when("capture-helio-update-lead", { input }, ({ input }) => Boolean(input.contact)).then(() => {
      const { data: conversations } = useQueryGraphStep({
        entity: "helio_conversation",
        fields: ["id", "customer_id"],
        filters: { id: input.id },
      }).config({ name: "load-helio-conversation-customer" })
      const captured = captureLeadWorkflow.runAsStep({
        input: transform({ input, conversations }, ({ input, conversations }) =>
          captureForConversation(input.contact!, (conversations[0] as { customer_id?: string | null } | undefined)?.customer_id)
        ),
      })
      updateHelioConversationStep(
        transform({ input, captured }, ({ input, captured }) => ({ id: input.id, lead_id: input.lead_id ?? captured.lead_id }))
      ).config({ name: "link-helio-update-lead" })
    })
    return new WorkflowResponse(updated)
  }
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
