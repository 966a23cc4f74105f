import { model } from "@medusajs/framework/utils"
import { CONNECTION_TYPES } from "../../../lib/solar/assumptions"

// The solar rules' list: `bi` is two-phase with 3 wires, `bi_2_wires` was added for the
// 2-wire service (30 kWh minimum instead of 50).
export { CONNECTION_TYPES }

export const SOLAR_VIABILITY_RECOMMENDATIONS = [
  "highly_recommended",
  "recommended",
  "marginal",
  "not_recommended",
] as const

/**
 * A complete solar viability analysis: sizing, investment, 25-year cash flow, a 0-100
 * viability score with its factors, risks, and every assumption needed to reproduce it.
 */
export const SolarViabilityAnalysis = model
  .define("solar_viability_analysis", {
    id: model.id({ prefix: "sva" }).primaryKey(),

    // Input
    monthly_consumption_kwh: model.bigNumber().nullable(),
    monthly_bill_brl: model.bigNumber().nullable(),
    tariff_kwh_brl: model.bigNumber().nullable(),
    utility_company: model.text().nullable(),
    state: model.text().nullable(),
    city: model.text().nullable(),
    connection_type: model.enum([...CONNECTION_TYPES]).nullable(),
    roof_area_available_m2: model.bigNumber().nullable(),
    latitude: model.bigNumber().nullable(),
    longitude: model.bigNumber().nullable(),
    // Lei 14.300 art. 26: connected or requested before the cut-off, full net metering to 2045.
    grandfathered: model.boolean().default(false),

    // System sizing
    system_size_kwp: model.bigNumber().nullable(),
    panel_count: model.number().nullable(),
    panel_wattage: model.number().nullable(),
    roof_area_needed_m2: model.bigNumber().nullable(),
    annual_generation_kwh: model.bigNumber().nullable(),

    // Investment
    equipment_cost: model.bigNumber().nullable(),
    installation_cost: model.bigNumber().nullable(),
    project_cost: model.bigNumber().nullable(),
    total_investment: model.bigNumber().nullable(),
    cost_per_kwp: model.bigNumber().nullable(),

    // ROI
    monthly_savings_brl: model.bigNumber().nullable(),
    annual_savings_brl: model.bigNumber().nullable(),
    payback_months: model.number().nullable(),
    payback_years: model.bigNumber().nullable(),
    roi_25_years_percentage: model.bigNumber().nullable(),
    total_savings_25_years: model.bigNumber().nullable(),
    irr_percentage: model.bigNumber().nullable(),
    npv_brl: model.bigNumber().nullable(),

    // Viability
    is_viable: model.boolean().default(false),
    viability_score: model.number().nullable(),
    recommendation: model.enum([...SOLAR_VIABILITY_RECOMMENDATIONS]).nullable(),

    // Viability factors (0-100 each)
    irradiation_score: model.number().nullable(),
    roof_quality_score: model.number().nullable(),
    economic_score: model.number().nullable(),
    payback_score: model.number().nullable(),
    consumption_profile_score: model.number().nullable(),

    // Risks: [{ type, severity, description, mitigation }]
    risks: model.json().nullable(),
    // Opportunities: [{ type, description, potential_savings_brl }]
    opportunities: model.json().nullable(),

    // Assumptions (columns for reporting; the json holds every input to reproduce the result)
    tariff_inflation_annual: model.bigNumber().nullable(),
    discount_rate: model.bigNumber().nullable(),
    maintenance_cost_annual: model.bigNumber().nullable(),
    inverter_replacement_cost: model.bigNumber().nullable(),
    degradation_rate_annual: model.bigNumber().nullable(),
    assumptions: model.json().nullable(),
    // Yearly rows behind payback, NPV and IRR (also reproducible from `assumptions`).
    cash_flow: model.json().nullable(),

    // Alternatives, financing and next steps
    alternative_scenarios: model.json().nullable(),
    financing_suggested: model.boolean().default(false),
    financing_options: model.json().nullable(),
    next_steps: model.json().nullable(),

    // Relationships
    customer_id: model.text().nullable(),
    quote_id: model.text().nullable(),
    solar_calculation_id: model.text().nullable(),
    session_id: model.text().nullable(),
    order_id: model.text().nullable(),

    // SHA-256 of the resume token handed to the customer once; the token itself is never stored.
    resume_token_hash: model.text().nullable(),
    // SHA-256 of the client's Idempotency-Key: a retried POST answers the same record.
    idempotency_key_hash: model.text().nullable(),
  })
  // `where: null` = a full index: data-subject requests and retention reach soft-deleted rows too.
  .indexes([
    { name: "IDX_solar_viability_analysis_customer_id_all", on: ["customer_id"], where: null },
    { on: ["quote_id"] },
    { on: ["solar_calculation_id"] },
    { name: "IDX_solar_viability_analysis_session_id_all", on: ["session_id"], where: null },
    { on: ["recommendation"] },
    { on: ["order_id"] },
    { on: ["is_viable"] },
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_solar_viability_analysis_created_at_all", on: ["created_at"], where: null },
    { on: ["idempotency_key_hash"], unique: true, where: "idempotency_key_hash IS NOT NULL" },
  ])
