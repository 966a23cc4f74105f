import { z } from "@medusajs/framework/zod"
import { DIGEST_METRICS } from "../../../../../lib/health"

const Week = z.object({ from: z.string(), to: z.string() })

export const AdminSolar360DigestResponse = z
  .object({
    week: Week,
    previous_week: Week,
    time_zone: z.string(),
    rows: z.array(
      z.object({ metric: z.enum(DIGEST_METRICS), current: z.number(), previous: z.number(), change: z.number().nullable() })
    ),
  })
  .meta({
    id: "AdminSolar360DigestResponse",
    example: {
      week: { from: "2026-11-23", to: "2026-11-29" },
      previous_week: { from: "2026-11-16", to: "2026-11-22" },
      time_zone: "America/Sao_Paulo",
      rows: [{ metric: "visitors", current: 1520, previous: 1310, change: 0.16 }],
    },
  })
export type AdminSolar360DigestResponse = z.infer<typeof AdminSolar360DigestResponse>
