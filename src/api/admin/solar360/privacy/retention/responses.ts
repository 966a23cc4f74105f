import { z } from "@medusajs/framework/zod"
import { dateTime } from "../../../../utils/response-schemas"

const perModel = <T extends z.ZodTypeAny>(value: T) => z.record(z.string(), value)

const HelioPending = z.object({
  retention_dates_to_set: z.number().int(),
  conversations_to_erase: z.number().int(),
  queries_to_erase: z.number().int(),
  queries_to_blank: z.number().int(),
  conversations_to_blank: z.number().int(),
})

/** Dry run: per model the cutoff and the rows a run at `now` would delete, with the rules. */
export const AdminRetentionPreviewResponse = z
  .object({
    dry_run: z.literal(true),
    now: dateTime(),
    cutoffs: perModel(z.string().nullable()),
    counts: perModel(z.number().int()),
    helio_pending: HelioPending.optional(),
    rules: z.array(
      z.object({
        model: z.string(),
        option: z.string(),
        days: z.number().nullable(),
        age: z.string(),
        condition: z.string(),
      })
    ),
    options: z.record(z.string(), z.number().nullable()),
  })
  .meta({ id: "AdminRetentionPreviewResponse" })
export type AdminRetentionPreviewResponse = z.infer<typeof AdminRetentionPreviewResponse>

/** What a run deleted per model (`locked_out`: another instance was running it; nothing done). */
export const AdminRetentionRunResponse = z
  .object({
    dry_run: z.boolean(),
    now: dateTime(),
    cutoffs: perModel(z.string().nullable()),
    counts: perModel(z.number().int()),
    chunks: z.number().int(),
    longest_chunk_ms: z.number(),
    locked_out: z.boolean(),
    helio_pending: HelioPending.optional(),
  })
  .meta({ id: "AdminRetentionRunResponse" })
export type AdminRetentionRunResponse = z.infer<typeof AdminRetentionRunResponse>
