import { z } from "@medusajs/framework/zod"
import { LEAD_TIMELINE_TYPES } from "../../../../../../lib/leads"
import { dateTime } from "../../../../../utils/response-schemas"

const ids = z.array(z.string())

export const AdminLeadTimelineResponse = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        type: z.enum(LEAD_TIMELINE_TYPES),
        occurred_at: dateTime(),
        summary: z.string(),
        /** The source row's columns (they differ per type). */
        data: z.record(z.string(), z.unknown()),
      })
    ),
    links: z.object({
      customer_id: z.string().nullable(),
      order_id: z.string().nullable(),
      helio_conversation_ids: ids,
      financing_simulation_ids: ids,
      solar_viability_analysis_ids: ids,
      photogrammetry_analysis_ids: ids,
    }),
    /** `before` for the next page; null on the last page. */
    next_before: dateTime().nullable(),
  })
  .meta({
    id: "AdminLeadTimelineResponse",
    example: {
      items: [
        {
          id: "evt_01JQ...",
          type: "page_view",
          occurred_at: "2026-03-01T12:00:00.000Z",
          summary: "Viewed Kits solares",
          data: { event_name: "page_view", path: "/kits" },
        },
      ],
      links: {
        customer_id: null,
        order_id: null,
        helio_conversation_ids: [],
        financing_simulation_ids: ["fsim_01JQ..."],
        solar_viability_analysis_ids: [],
        photogrammetry_analysis_ids: [],
      },
      next_before: null,
    },
  })
export type AdminLeadTimelineResponse = z.infer<typeof AdminLeadTimelineResponse>
