import { z } from "@medusajs/framework/zod"
import { financingSimulationShape } from "../../../store/solar360/financing-simulations/responses"
import { col, dateTime, entity, json, listOf, ReportRange } from "../../../utils/response-schemas"

/** A financing simulation with the bank's credit analysis (never its resume token hash). */
export const AdminFinancingSimulation = entity("AdminFinancingSimulation", {
  ...financingSimulationShape,
  submitted_to_bank: col(z.boolean()),
  submitted_at: col(dateTime()),
  analysis_started_at: col(dateTime()),
  decided_at: col(dateTime()),
  rejection_reason: col(z.string()),
  approved_amount: col(z.number()),
  approved_term_months: col(z.number()),
  approved_rate_annual: col(z.number()),
  approved_monthly_payment: col(z.number()),
  contract_id: col(z.string()),
  order_id: col(z.string()),
  bank_requirements: col(json()),
})

export const AdminFinancingSimulationListResponse = listOf("financing_simulations", AdminFinancingSimulation).meta({
  id: "AdminFinancingSimulationListResponse",
})
export type AdminFinancingSimulationListResponse = z.infer<typeof AdminFinancingSimulationListResponse>

export const AdminFinancingSimulationResponse = z
  .object({ financing_simulation: AdminFinancingSimulation })
  .meta({ id: "AdminFinancingSimulationResponse" })
export type AdminFinancingSimulationResponse = z.infer<typeof AdminFinancingSimulationResponse>

const FunnelStep = z
  .object({
    step: z.enum(["simulated", "accepted", "credit_analysis", "approved", "ordered"]),
    count: z.number().int(),
    value: z.number(),
    rate_from_previous: z.number(),
    rate_from_start: z.number(),
  })
  .meta({ id: "AdminFinancingFunnelStep" })

export const AdminFinancingFunnelResponse = z
  .object({
    range: ReportRange,
    steps: z.array(FunnelStep),
    by_term: z.array(z.object({ term_months: z.number().int(), steps: z.array(FunnelStep) })),
    by_bank: z.array(z.object({ bank: z.string().nullable(), steps: z.array(FunnelStep) })),
  })
  .meta({ id: "AdminFinancingFunnelResponse" })
export type AdminFinancingFunnelResponse = z.infer<typeof AdminFinancingFunnelResponse>
