import { z } from "@medusajs/framework/zod"
import { dateTime } from "../../../utils/response-schemas"

export const AdminSolar360TableHealth = z
  .object({
    table: z.string(),
    rows: z.number().int(),
    rows_estimated: z.boolean(),
    bytes: z.number().int(),
    oldest_created_at: dateTime().nullable(),
    rows_per_day: z.array(z.number().int()),
    rows_today: z.number().int(),
    retention_due: z.number().int().nullable(),
  })
  .meta({
    id: "AdminSolar360TableHealth",
    example: {
      table: "event",
      rows: 1_204_331,
      rows_estimated: true,
      bytes: 612_000_000,
      oldest_created_at: "2025-10-30T12:00:00.000Z",
      rows_per_day: [3900, 4100, 4000, 3950, 4200, 4050, 3980, 4120],
      rows_today: 1900,
      retention_due: 3650,
    },
  })

export const AdminSolar360HealthAlert = z
  .object({
    key: z.string(),
    kind: z.enum(["table_rows_per_day", "table_growth", "helio_budget", "upstream_errors"]),
    subject: z.string(),
    value: z.number(),
    limit: z.number(),
    message: z.string(),
  })
  .meta({ id: "AdminSolar360HealthAlert" })

export const AdminSolar360HealthResponse = z
  .object({
    day: z.string(),
    time_zone: z.string(),
    days: z.array(z.string()),
    tables: z.array(AdminSolar360TableHealth),
    total_bytes: z.number().int(),
    helio_cost_usd: z.number(),
    alerts: z.array(AdminSolar360HealthAlert),
    thresholds: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AdminSolar360HealthResponse" })
export type AdminSolar360HealthResponse = z.infer<typeof AdminSolar360HealthResponse>
