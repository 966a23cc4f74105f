import { z } from "@medusajs/framework/zod"
import { dateTime } from "../../../utils/response-schemas"

/** Size and freshness of one of the plugin's data sets. */
export const AdminSolar360EntityStats = z
  .object({ entity: z.string(), count: z.number().int(), latest_created_at: dateTime().nullable() })
  .meta({
    id: "AdminSolar360EntityStats",
    example: { entity: "lead", count: 42, latest_created_at: "2026-03-01T12:00:00.000Z" },
  })

export const AdminSolar360StatsResponse = z
  .object({ stats: z.array(AdminSolar360EntityStats), since: dateTime().nullable() })
  .meta({ id: "AdminSolar360StatsResponse" })
export type AdminSolar360StatsResponse = z.infer<typeof AdminSolar360StatsResponse>

export const AdminSolar360EntityStatsResponse = z
  .object({ stat: AdminSolar360EntityStats, since: dateTime().nullable() })
  .meta({ id: "AdminSolar360EntityStatsResponse" })
export type AdminSolar360EntityStatsResponse = z.infer<typeof AdminSolar360EntityStatsResponse>
