import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity, json, listOf } from "../../../utils/response-schemas"

/** The columns of a viability analysis every reader may see (the resume token hash never). */
export const solarViabilityAnalysisShape = {
  monthly_consumption_kwh: col(z.number()),
  monthly_bill_brl: col(z.number()),
  tariff_kwh_brl: col(z.number()),
  utility_company: col(z.string()),
  state: col(z.string()),
  city: col(z.string()),
  connection_type: col(z.string()),
  system_size_kwp: col(z.number()),
  panel_count: col(z.number()),
  annual_generation_kwh: col(z.number()),
  total_investment: col(z.number()),
  monthly_savings_brl: col(z.number()),
  annual_savings_brl: col(z.number()),
  payback_months: col(z.number()),
  payback_years: col(z.number()),
  irr_percentage: col(z.number()),
  npv_brl: col(z.number()),
  is_viable: col(z.boolean()),
  viability_score: col(z.number()),
  recommendation: col(z.string()),
  financing_suggested: col(z.boolean()),
  risks: col(json()),
  opportunities: col(json()),
  cash_flow: col(json()),
  assumptions: col(json()),
  customer_id: col(z.string()),
  quote_id: col(z.string()),
  created_at: col(dateTime()),
  updated_at: col(dateTime()),
}

const example = {
  id: "solvia_01JQ...",
  state: "MG",
  monthly_consumption_kwh: 450,
  system_size_kwp: 3.85,
  total_investment: 17325,
  payback_years: 3.9,
  is_viable: true,
  created_at: "2026-03-01T12:00:00.000Z",
}

export const StoreSolarViabilityAnalysis = entity("StoreSolarViabilityAnalysis", solarViabilityAnalysisShape, example)

export const StoreCreateSolarViabilityAnalysisResponse = z
  .object({
    solar_viability_analysis: StoreSolarViabilityAnalysis,
    /** Shown only here: a guest sends it back in `x-resume-token` to read the record. */
    resume_token: z.string().nullable(),
  })
  .meta({ id: "StoreCreateSolarViabilityAnalysisResponse" })
export type StoreCreateSolarViabilityAnalysisResponse = z.infer<typeof StoreCreateSolarViabilityAnalysisResponse>

export const StoreSolarViabilityAnalysisResponse = z
  .object({ solar_viability_analysis: StoreSolarViabilityAnalysis })
  .meta({ id: "StoreSolarViabilityAnalysisResponse" })
export type StoreSolarViabilityAnalysisResponse = z.infer<typeof StoreSolarViabilityAnalysisResponse>

export const StoreSolarViabilityAnalysisListResponse = listOf(
  "solar_viability_analyses",
  StoreSolarViabilityAnalysis
).meta({ id: "StoreSolarViabilityAnalysisListResponse" })
export type StoreSolarViabilityAnalysisListResponse = z.infer<typeof StoreSolarViabilityAnalysisListResponse>
