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

/** The session token goes in the `x-resume-token` header (URLs are logged): `?session_token=` is a 400. */
export const StoreHelioSessionParams = z
  .object({
    // A custom issue, not z.never(): Medusa would echo the refused value (the token) back.
    session_token: z
      .unknown()
      .refine((value) => value === undefined, "send the session token in the x-resume-token header, not in the URL (URLs are logged)"),
  })
  .strict()
