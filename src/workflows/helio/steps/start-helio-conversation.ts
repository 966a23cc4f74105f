import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  SOLAR360_MODULE,
  type IdempotencyInput,
  type SavedWithToken,
  type Solar360ModuleService,
} from "../../../modules/solar360"
import { redactFreeText } from "../../../lib/helio"
import { DAY_MS } from "../../../lib/time"

export type StartHelioConversationInput = {
  customer_id?: string | null
  lead_id?: string | null
  session_id?: string | null
  channel?: string | null
  title?: string | null
  /** The Idempotency-Key and its caller: a retry by the same caller answers the first record. */
  idempotency?: IdempotencyInput | null
}

/**
 * Opens a conversation with its retention date and a session token for the storefront
 * (feedback, reading its state). The title is redacted like every other text.
 */
export const startHelioConversationStep = createStep(
  "start-helio-conversation",
  async (input: StartHelioConversationInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const { helio } = solar360.options
    const now = new Date()
    const title = input.title && helio.captureContent ? redactFreeText(input.title) : null
    const saved = await solar360.saveWithToken(
      "helio_conversation",
      {
        customer_id: input.customer_id ?? null,
        lead_id: input.lead_id ?? null,
        lead_generated: Boolean(input.lead_id),
        session_id: input.session_id ?? null,
        channel: input.channel ?? null,
        title: title?.text ?? null,
        contains_pii: Boolean(title?.pii_types.length),
        pii_redacted: Boolean(title?.pii_types.length),
        status: "active",
        started_at: now,
        last_message_at: now,
        data_retention_until: new Date(now.getTime() + helio.conversationRetentionDays * DAY_MS),
      },
      input.idempotency
    )
    return new StepResponse(saved, saved)
  },
  async (saved: SavedWithToken | undefined, { container }) => {
    if (saved?.created) {
      await container.resolve<Solar360ModuleService>(SOLAR360_MODULE).revertSaveWithToken("helio_conversation", saved.id)
    }
  }
)
