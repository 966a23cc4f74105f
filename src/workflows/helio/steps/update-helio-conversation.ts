import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertConversationTransition, redactFreeText } from "../../../lib/helio"
import { asInvalidData, notFound, SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type HelioConversationStatus = "active" | "resolved" | "abandoned" | "escalated" | "completed"

export type UpdateHelioConversationInput = {
  id: string
  status?: HelioConversationStatus
  title?: string | null
  summary?: string | null
  topics?: string[] | null
  primary_topic?: string | null
  intent?: "buy" | "learn" | "compare" | "support" | null
  issue_resolved?: boolean
  resolution_type?: string | null
  escalation_reason?: string | null
  assigned_to?: string | null
  lead_id?: string | null
  quality_score?: number | null
  had_hallucinations?: boolean
  had_errors?: boolean
  needed_clarification?: boolean
  products_recommended?: unknown[] | null
}

const ENDING = new Set(["resolved", "abandoned", "completed"])
const FREE_TEXT = ["title", "summary", "escalation_reason", "resolution_type"] as const

/**
 * Applies an update under the status rules (transitions checked; `escalated` needs a reason).
 * Free text is redacted, or dropped when content capture is off. Compensation restores
 * exactly the columns it changed.
 */
export const updateHelioConversationStep = createStep(
  "update-helio-conversation",
  async (input: UpdateHelioConversationInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const [current] = (await solar360.listHelioConversations({ id: input.id }, { take: 1 })) as any[]
    if (!current) {
      throw notFound(`Helio conversation with id "${input.id}" was not found`)
    }
    const { id, ...fields } = input
    const changes: Record<string, unknown> = { ...fields }
    const now = new Date()
    if (input.status && input.status !== current.status) {
      asInvalidData(() =>
        assertConversationTransition(current.status, input.status!, {
          escalation_reason: input.escalation_reason ?? current.escalation_reason,
        })
      )
      if (input.status === "escalated") {
        changes.escalated_to_human = true
        changes.escalated_at = now
      }
      if (ENDING.has(input.status)) {
        const endedAt = current.ended_at ?? now
        changes.ended_at = endedAt
        const startedAt = current.started_at ?? current.created_at
        changes.duration_seconds = Math.max(0, Math.round((endedAt.getTime() - new Date(startedAt).getTime()) / 1000))
      }
      if (input.status === "active") {
        changes.ended_at = null
      }
    }
    let foundPii = false
    for (const key of FREE_TEXT) {
      const value = input[key]
      if (typeof value === "string") {
        if (!solar360.options.helio.captureContent) {
          changes[key] = null
          continue
        }
        const redacted = redactFreeText(value)
        changes[key] = redacted.text
        foundPii ||= redacted.pii_types.length > 0
      }
    }
    if (foundPii) {
      changes.contains_pii = true
      changes.pii_redacted = true
    }
    if (input.lead_id) {
      changes.lead_generated = true
    }
    const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key] ?? null]))
    await solar360.updateHelioConversations({ id, ...changes } as any)
    return new StepResponse({ id }, { id, ...previous })
  },
  async (previous: Record<string, unknown> | undefined, { container }) => {
    if (previous) {
      const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
      await solar360.updateHelioConversations(previous as any)
    }
  }
)
