import { z } from "@medusajs/framework/zod"
import { dateTime } from "../../../utils/response-schemas"

/** A capture's receipt: the capture's own id, never the lead's (see the route). */
export const StoreCaptureLeadResponse = z
  .object({ receipt: z.object({ id: z.string(), received_at: dateTime() }) })
  .meta({
    id: "StoreCaptureLeadResponse",
    example: { receipt: { id: "ltouch_01JQ...", received_at: "2026-03-01T12:00:00.000Z" } },
  })
export type StoreCaptureLeadResponse = z.infer<typeof StoreCaptureLeadResponse>

export const StoreConfirmLeadConsentResponse = z
  .object({
    consent: z.object({
      purpose: z.literal("marketing"),
      granted: z.boolean(),
      /** false: a newer statement was recorded meanwhile, so this one is not in force. */
      applied: z.boolean(),
    }),
  })
  .meta({
    id: "StoreConfirmLeadConsentResponse",
    example: { consent: { purpose: "marketing", granted: true, applied: true } },
  })
export type StoreConfirmLeadConsentResponse = z.infer<typeof StoreConfirmLeadConsentResponse>
