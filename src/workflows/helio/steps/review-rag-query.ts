import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { redactFreeText } from "../../../lib/helio"
import { notFound, SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type ReviewRagQueryInput = {
  id: string
  reviewer: string
  outcome: "approved" | "corrected" | "rejected"
  notes?: string | null
}

const REVIEW_COLUMNS = [
  "reviewed_by_human",
  "reviewed_by",
  "reviewed_at",
  "review_outcome",
  "review_notes",
  "flagged_for_review",
] as const

/**
 * Human review of an automated answer (LGPD art. 20): who, when, outcome and notes; the
 * query leaves the review queue. Reviewing again replaces the previous review.
 */
export const reviewRagQueryStep = createStep(
  "review-rag-query",
  async (input: ReviewRagQueryInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const [current] = (await solar360.listRagQueries({ id: input.id }, { take: 1 })) as any[]
    if (!current) {
      throw notFound(`RAG query with id "${input.id}" was not found`)
    }
    const notes = input.notes ? redactFreeText(input.notes).text : null
    await solar360.updateRagQueries({
      id: input.id,
      reviewed_by_human: true,
      reviewed_by: input.reviewer,
      reviewed_at: new Date(),
      review_outcome: input.outcome,
      review_notes: notes,
      flagged_for_review: false,
    })
    const previous = Object.fromEntries(REVIEW_COLUMNS.map((key) => [key, current[key] ?? null]))
    return new StepResponse({ id: input.id }, { id: input.id, ...previous })
  },
  async (previous: Record<string, unknown> | undefined, { container }) => {
    if (previous) {
      await (container.resolve(SOLAR360_MODULE) as Solar360ModuleService).updateRagQueries(previous as any)
    }
  }
)
