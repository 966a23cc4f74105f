import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type AbandonedConversation, type Solar360ModuleService } from "../../../modules/solar360"

export type AbandonInactiveConversationsStepInput = {
  /** The instant the inactivity is measured against (defaults to now). */
  now?: Date | string
}

export const abandonInactiveConversationsStep = createStep(
  "abandon-inactive-conversations",
  async (input: AbandonInactiveConversationsStepInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const { count, conversation_ids, previous } = await solar360.abandonInactiveConversations(
      input.now ? new Date(input.now) : new Date()
    )
    return new StepResponse({ count, conversation_ids }, previous)
  },
  async (previous: AbandonedConversation[] | undefined, { container }) => {
    if (!previous?.length) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.reopenAbandonedConversations(previous)
  }
)
