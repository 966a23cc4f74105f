/** Everything a customer may see of their analysis: all of it but the stored hashes. */
const SUMMARY_FIELDS = [
  "id", "monthly_consumption_kwh", "monthly_bill_brl", "tariff_kwh_brl", "utility_company",
  "state", "city", "connection_type", "roof_area_available_m2", "latitude", "longitude",
  "grandfathered", "system_size_kwp", "panel_count", "panel_wattage", "roof_area_needed_m2",
  "annual_generation_kwh", "equipment_cost", "installation_cost", "project_cost",
  "total_investment", "cost_per_kwp", "monthly_savings_brl", "annual_savings_brl",
  "payback_months", "payback_years", "roi_25_years_percentage", "total_savings_25_years",
  "irr_percentage", "npv_brl", "is_viable", "viability_score", "recommendation",
  "irradiation_score", "roof_quality_score", "economic_score", "payback_score",
  "consumption_profile_score", "risks", "opportunities", "tariff_inflation_annual",
  "discount_rate", "maintenance_cost_annual", "inverter_replacement_cost",
  "degradation_rate_annual", "alternative_scenarios", "financing_suggested",
  "financing_options", "next_steps", "customer_id", "quote_id", "solar_calculation_id",
  "session_id", "order_id", "created_at", "updated_at",
]

const DETAIL_FIELDS = [...SUMMARY_FIELDS, "cash_flow", "assumptions"]

export const storeSolarViabilityAnalysisQueryConfig = {
  defaults: DETAIL_FIELDS,
  allowed: DETAIL_FIELDS,
  isList: false,
}

/** Lists leave the 25-year cash flow and the assumptions out unless asked for. */
export const storeSolarViabilityAnalysisListQueryConfig = {
  defaults: SUMMARY_FIELDS,
  allowed: DETAIL_FIELDS,
  defaultLimit: 20,
  isList: true,
}
