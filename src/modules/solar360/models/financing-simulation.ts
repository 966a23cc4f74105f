import { model } from "@medusajs/framework/utils"

export const FINANCING_PERSON_TYPES = ["PF", "PJ"] as const
export const RATE_PERIODS = ["monthly", "annual"] as const

export const FINANCING_SIMULATION_STATUSES = [
  "pending",
  "analyzing",
  "approved",
  "rejected",
] as const

/**
 * A saved financing simulation (Tabela Price, IOF, CET) that a customer can come back to,
 * and its path through the bank's credit analysis to a contract.
 */
export const FinancingSimulation = model
  .define("financing_simulation", {
    id: model.id({ prefix: "fsim" }).primaryKey(),

    // Input
    system_cost: model.bigNumber(),
    down_payment: model.bigNumber().nullable(),
    financing_amount: model.bigNumber(),
    term_months: model.number(),
    // PF (individual) or PJ (company): IOF rates differ.
    person_type: model.enum([...FINANCING_PERSON_TYPES]).default("PF"),
    // Which rate the customer typed in; the other one is converted (compound).
    rate_input_period: model.enum([...RATE_PERIODS]).default("monthly"),
    // Upfront charges by name (TAC, registration...): { tac: 500 }.
    fees: model.json().nullable(),
    insurance_amount: model.bigNumber().nullable(),
    // Whether IOF, fees and insurance were added to the amount financed (else paid upfront).
    costs_financed: model.boolean().default(true),
    upfront_costs: model.bigNumber().nullable(),
    release_date: model.dateTime().nullable(),

    // Conditions
    interest_rate_annual: model.bigNumber().nullable(),
    interest_rate_monthly: model.bigNumber().nullable(),
    monthly_payment: model.bigNumber().nullable(),
    total_interest: model.bigNumber().nullable(),
    total_paid: model.bigNumber().nullable(),
    cet_annual: model.bigNumber().nullable(),
    iof_amount: model.bigNumber().nullable(),
    fees_amount: model.bigNumber().nullable(),
    // Every installment: { number, due_date, payment, interest, principal, balance }.
    schedule: model.json().nullable(),
    // Every input and rate used (IOF rates, CET convention, release date) to reproduce it.
    assumptions: model.json().nullable(),

    // Institution
    bank: model.text().nullable(),
    product: model.text().nullable(),
    bank_url: model.text().nullable(),
    bank_requirements: model.json().nullable(),

    // Credit analysis
    submitted_to_bank: model.boolean().default(false),
    submitted_at: model.dateTime().nullable(),
    status: model.enum([...FINANCING_SIMULATION_STATUSES]).default("pending"),
    was_approved: model.boolean().nullable(),
    rejection_reason: model.text().nullable(),
    analysis_started_at: model.dateTime().nullable(),
    decided_at: model.dateTime().nullable(),

    // Approved terms
    approved_amount: model.bigNumber().nullable(),
    approved_term_months: model.number().nullable(),
    approved_rate_annual: model.bigNumber().nullable(),
    approved_monthly_payment: model.bigNumber().nullable(),

    // Conversion
    accepted_by_customer: model.boolean().default(false),
    accepted_at: model.dateTime().nullable(),
    contract_id: model.text().nullable(),
    order_id: model.text().nullable(),

    // Comparison
    alternative_simulations: model.json().nullable(),
    chosen_reason: model.text().nullable(),

    // Projected savings
    monthly_energy_savings: model.bigNumber().nullable(),
    payback_months: model.number().nullable(),
    roi_percentage: model.bigNumber().nullable(),

    // Relationships
    customer_id: model.text().nullable(),
    quote_id: model.text().nullable(),
    solar_calculation_id: model.text().nullable(),
    solar_viability_analysis_id: model.text().nullable(),
    session_id: model.text().nullable(),

    // SHA-256 of the resume token handed to the customer once; the token itself is never stored.
    resume_token_hash: model.text().nullable(),
    // SHA-256 of the client's Idempotency-Key: a retried POST answers the same record.
    idempotency_key_hash: model.text().nullable(),
  })
  // `where: null` = a full index: data-subject requests and retention reach soft-deleted rows too.
  .indexes([
    { on: ["status"] },
    { name: "IDX_financing_simulation_customer_id_all", on: ["customer_id"], where: null },
    { on: ["quote_id"] },
    { on: ["solar_calculation_id"] },
    { on: ["solar_viability_analysis_id"] },
    { on: ["order_id"] },
    { on: ["bank"] },
    { on: ["contract_id"] },
    { name: "IDX_financing_simulation_session_id_all", on: ["session_id"], where: null },
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_financing_simulation_created_at_all", on: ["created_at"], where: null },
    { on: ["idempotency_key_hash"], unique: true, where: "idempotency_key_hash IS NOT NULL" },
  ])
