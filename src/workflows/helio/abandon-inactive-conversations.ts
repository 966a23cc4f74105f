import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  abandonInactiveConversationsStep,
  AbandonInactiveConversationsStepInput,
} from "./steps/abandon-inactive-conversations"

/**
 * Marks `abandoned` the active Helio conversations without a message for
 * `helio.abandonAfterMinutes`. Returns how many and which.
 */
export const abandonInactiveHelioConversationsWorkflow = createWorkflow(
  "abandon-inactive-helio-conversations",
  (input: AbandonInactiveConversationsStepInput) => {
    return new WorkflowResponse(abandonInactiveConversationsStep(input))
  }
)
