/** Everything a customer may see of their simulation: all of it but the stored hashes. */
const SUMMARY_FIELDS = [
  "id", "system_cost", "down_payment", "financing_amount", "term_months", "person_type",
  "rate_input_period", "interest_rate_monthly", "interest_rate_annual", "monthly_payment",
  "total_interest", "total_paid", "cet_annual", "iof_amount", "fees", "fees_amount",
  "insurance_amount", "costs_financed", "upfront_costs", "release_date", "bank", "product",
  "bank_url", "bank_requirements", "submitted_to_bank", "submitted_at", "status", "was_approved",
  "rejection_reason", "approved_amount", "approved_term_months", "approved_rate_annual",
  "approved_monthly_payment", "accepted_by_customer", "accepted_at", "contract_id", "order_id",
  "alternative_simulations", "chosen_reason", "monthly_energy_savings", "payback_months",
  "roi_percentage", "customer_id", "quote_id", "solar_calculation_id",
  "solar_viability_analysis_id", "session_id", "created_at", "updated_at",
]

const DETAIL_FIELDS = [...SUMMARY_FIELDS, "schedule", "assumptions"]

export const storeFinancingSimulationQueryConfig = {
  defaults: DETAIL_FIELDS,
  allowed: DETAIL_FIELDS,
  isList: false,
}

/** Lists leave the 12-420 row schedule and the assumptions out unless asked for. */
export const storeFinancingSimulationListQueryConfig = {
  defaults: SUMMARY_FIELDS,
  allowed: DETAIL_FIELDS,
  defaultLimit: 20,
  isList: true,
}
