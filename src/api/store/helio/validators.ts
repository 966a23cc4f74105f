import { z } from "@medusajs/framework/zod"

export const StoreHelioConversationFeedback = z
  .object({
    satisfaction: z.number().int().min(1).max(5),
    comment: z.string().trim().min(1).max(2_000).nullish(),
  })
  .strict()

export type StoreHelioConversationFeedback = z.infer<typeof StoreHelioConversationFeedback>

export const StoreRagQueryFeedback = z
  .object({
    thumbs: z.enum(["up", "down"]),
    comment: z.string().trim().min(1).max(2_000).nullish(),
  })
  .strict()

export type StoreRagQueryFeedback = z.infer<typeof StoreRagQueryFeedback>

export const StoreHelioSessionParams = z.object({ session_token: z.string().max(200).optional() }).strict()
