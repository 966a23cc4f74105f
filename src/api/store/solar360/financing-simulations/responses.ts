import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity, json, listOf } from "../../../utils/response-schemas"

/** The columns of a financing simulation every reader may see (the resume token hash never). */
export const financingSimulationShape = {
  status: col(z.string()),
  person_type: col(z.string()),
  system_cost: col(z.number()),
  down_payment: col(z.number()),
  financing_amount: col(z.number()),
  term_months: col(z.number()),
  rate_input_period: col(z.string()),
  interest_rate_monthly: col(z.number()),
  interest_rate_annual: col(z.number()),
  monthly_payment: col(z.number()),
  total_interest: col(z.number()),
  total_paid: col(z.number()),
  cet_annual: col(z.number()),
  iof_amount: col(z.number()),
  fees: col(json()),
  fees_amount: col(z.number()),
  insurance_amount: col(z.number()),
  upfront_costs: col(z.number()),
  bank: col(z.string()),
  product: col(z.string()),
  was_approved: col(z.boolean()),
  accepted_by_customer: col(z.boolean()),
  accepted_at: col(dateTime()),
  customer_id: col(z.string()),
  quote_id: col(z.string()),
  schedule: col(json()),
  assumptions: col(json()),
  created_at: col(dateTime()),
  updated_at: col(dateTime()),
}

const example = {
  id: "finsim_01JQ...",
  status: "simulated",
  system_cost: 25000,
  down_payment: 5000,
  financing_amount: 20000,
  term_months: 60,
  interest_rate_monthly: 1.5,
  monthly_payment: 507.87,
  created_at: "2026-03-01T12:00:00.000Z",
}

export const StoreFinancingSimulation = entity("StoreFinancingSimulation", financingSimulationShape, example)

export const StoreCreateFinancingSimulationResponse = z
  .object({
    financing_simulation: StoreFinancingSimulation,
    /** Shown only here: a guest sends it back in `x-resume-token` to read or accept the record. */
    resume_token: z.string().nullable(),
  })
  .meta({ id: "StoreCreateFinancingSimulationResponse" })
export type StoreCreateFinancingSimulationResponse = z.infer<typeof StoreCreateFinancingSimulationResponse>

export const StoreFinancingSimulationResponse = z
  .object({ financing_simulation: StoreFinancingSimulation })
  .meta({ id: "StoreFinancingSimulationResponse" })
export type StoreFinancingSimulationResponse = z.infer<typeof StoreFinancingSimulationResponse>

export const StoreFinancingSimulationListResponse = listOf("financing_simulations", StoreFinancingSimulation).meta({
  id: "StoreFinancingSimulationListResponse",
})
export type StoreFinancingSimulationListResponse = z.infer<typeof StoreFinancingSimulationListResponse>
