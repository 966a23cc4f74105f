import { z } from "@medusajs/framework/zod"
import { dateTime } from "../../../utils/response-schemas"

import {
  Admin360Conversation,
  Admin360Lead,
  Admin360RoofAnalysis,
  Admin360Simulation,
  Admin360ViabilityAnalysis,
} from "../customers/responses"

export const Admin360Touch = z
  .object({
    utm_source: z.string().nullable().optional(),
    utm_medium: z.string().nullable().optional(),
    utm_campaign: z.string().nullable().optional(),
    referrer: z.string().nullable().optional(),
    landing_page: z.string().nullable().optional(),
    at: z.string().nullable().optional(),
  })
  .meta({ id: "Admin360Touch", example: { utm_source: "google", utm_campaign: "verao", at: "2026-03-01T12:00:00.000Z" } })

export const AdminOrderAttributionResponse = z
  .object({
    order: z.looseObject({ id: z.string(), created_at: dateTime().nullable().optional() }),
    first_touch: Admin360Touch.nullable(),
    last_touch: Admin360Touch.nullable(),
    /** "lead" when the touches come from the converted leads, "event" from the order's own events. */
    touch_source: z.enum(["lead", "event"]).nullable(),
    leads: z.array(Admin360Lead),
    conversation: Admin360Conversation.nullable(),
    simulation: Admin360Simulation.nullable(),
    viability_analysis: Admin360ViabilityAnalysis.nullable(),
    roof_analysis: Admin360RoofAnalysis.nullable(),
    time_to_conversion_seconds: z.number().int().nullable(),
  })
  .meta({ id: "AdminOrderAttributionResponse" })
export type AdminOrderAttributionResponse = z.infer<typeof AdminOrderAttributionResponse>
