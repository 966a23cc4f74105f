import { z } from "@medusajs/framework/zod"
import { solarViabilityAnalysisShape } from "../../../store/solar360/solar-viability-analyses/responses"
import { col, entity, json, listOf } from "../../../utils/response-schemas"

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
