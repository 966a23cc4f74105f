import { z } from "@medusajs/framework/zod"
import { solarViabilityAnalysisShape } from "../../../store/solar360/solar-viability-analyses/responses"
import { col, entity, json, listOf, ReportRange } from "../../../utils/response-schemas"

/** A viability analysis with its cash flow and assumptions (never its resume token hash). */
export const AdminSolarViabilityAnalysis = entity("AdminSolarViabilityAnalysis", {
  ...solarViabilityAnalysisShape,
  order_id: col(z.string()),
  alternative_scenarios: col(json()),
  financing_options: col(json()),
  next_steps: col(json()),
})

export const AdminSolarViabilityAnalysisListResponse = listOf(
  "solar_viability_analyses",
  AdminSolarViabilityAnalysis
).meta({ id: "AdminSolarViabilityAnalysisListResponse" })
export type AdminSolarViabilityAnalysisListResponse = z.infer<typeof AdminSolarViabilityAnalysisListResponse>

export const AdminSolarViabilityAnalysisResponse = z
  .object({ solar_viability_analysis: AdminSolarViabilityAnalysis })
  .meta({ id: "AdminSolarViabilityAnalysisResponse" })
export type AdminSolarViabilityAnalysisResponse = z.infer<typeof AdminSolarViabilityAnalysisResponse>

const Bucket = z.object({ label: z.string(), min: z.number(), max: z.number().nullable() })
const DistributionRow = z
  .object({
    state: z.string().nullable(),
    count: z.number().int(),
    avg_system_size_kwp: z.number().nullable(),
    avg_payback_years: z.number().nullable(),
    system_size: z.array(z.number().int()),
    payback: z.array(z.number().int()),
    no_payback: z.number().int(),
  })
  .meta({ id: "AdminViabilityDistributionRow" })

export const AdminViabilityDistributionResponse = z
  .object({
    range: ReportRange,
    size_buckets: z.array(Bucket),
    payback_buckets: z.array(Bucket),
    total: DistributionRow,
    by_state: z.array(DistributionRow),
  })
  .meta({ id: "AdminViabilityDistributionResponse" })
export type AdminViabilityDistributionResponse = z.infer<typeof AdminViabilityDistributionResponse>
