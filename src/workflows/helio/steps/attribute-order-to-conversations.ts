import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"
import type {
  HelioAttributionPrevious,
  HelioOrderAttributionInput,
} from "../../../modules/solar360"

type Undo = { order_id: string; previous: HelioAttributionPrevious[] }

export const attributeOrderToConversationsStep = createStep(
  "attribute-order-to-conversations",
  async (input: HelioOrderAttributionInput | null, { container }) => {
    if (!input) {
      return new StepResponse({ conversation_ids: [] as string[] }, undefined as Undo | undefined)
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const { conversation_ids, previous } = await solar360.attributeOrderToConversations(input)
    return new StepResponse({ conversation_ids }, { order_id: input.order_id, previous })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo?.previous.length) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.undoOrderAttribution(undo.order_id, undo.previous)
  }
)
