import { DEFAULT_IOF_RATES, PersonType } from "../finance"
import { SolarInputError, SolarInputErrorCode } from "./errors"

/**
 * Every constant the solar math uses, with its default and where the default comes from.
 * Results copy the resolved object into the record's `assumptions` JSON so any analysis can
 * be reproduced later, even after a default changes. Keys are snake_case because they are
 * stored as JSON next to snake_case columns.
 *
 * "DR" = ../shared/docs/domain-reference.md (sections 2-4). Values marked ASSUMPTION are
 * not in the reference: they are this library's choice and say so in the stored result.
 */

/**
 * Supply connection of the consumer unit: single-phase, two-phase with 3 wires (`bi`, the
 * usual Brazilian two-phase service), two-phase with 2 wires (`bi_2_wires`) and three-phase.
 * They differ in the minimum bill (REN ANEEL 1.000/2021 art. 291). Stored in the
 * solar_viability_analysis.connection_type enum: values are never renamed.
 */
export const CONNECTION_TYPES = ["mono", "bi", "bi_2_wires", "tri"] as const
export type ConnectionType = (typeof CONNECTION_TYPES)[number]

export type FioBSchedule = Readonly<Record<string, number>>

export const FINANCING_PERSON_TYPES = ["individual", "company"] as const satisfies readonly PersonType[]

/** IOF on credit (Decreto 6.306/2007 art. 7), snake_case for the stored assumptions JSON. */
export interface FinancingIofRates {
  /** Per day on each installment's amortised principal, from release to its due date. */
  daily_rate: number
  /** Once, on the whole amount financed. */
  flat_rate: number
  /** Days cap of the daily part. */
  max_days: number
}

export interface ViabilityScoreWeights {
  irradiation: number
  roof_quality: number
  economic: number
  payback: number
  consumption_profile: number
}

export interface RecommendationThresholds {
  highly_recommended: number
  recommended: number
  marginal: number
}

export interface SolarAssumptions {
  // --- Yield (DR section 2) ---
  /** Performance ratio: AC energy delivered / (kWp x HSP). DR default 0.80. */
  performance_ratio: number
  /** Yearly module output loss, compounded. DR default 0.5 %/year (NREL median). */
  degradation_rate_annual: number
  /** Days per month in the sizing formula kWp = E_month / (HSP x 30 x PR). DR. */
  days_per_month: number
  /** Days per year for annual generation kWp x HSP x 365 x PR. DR. */
  days_per_year: number

  // --- Equipment (DR section 2) ---
  /** Module rating when the customer names none. 550 W is the DR's reference module. */
  panel_wattage_w: number
  /**
   * Module footprint. ASSUMPTION within the DR's 2.0-2.6 m2 range: 2.58 m2 is a typical
   * 550 W 144-half-cell datasheet (2279 x 1134 mm).
   */
  panel_area_m2: number
  /** Roof area = panel area x count x this, for spacing and walkways. DR 1.1. */
  roof_spacing_factor: number

  // --- Investment (DR section 2) ---
  /** Installed cost per Wp, R$. DR ~2.50 (2024-2025 market index). */
  cost_per_wp_brl: number
  /**
   * Split of the installed cost into the record's equipment / installation / project
   * (engineering, ART, distributor paperwork) costs. ASSUMPTION: 70/20/10, a usual
   * split of Brazilian residential quotes; it only matters for the inverter replacement,
   * which the DR prices as a share of the equipment cost.
   */
  equipment_cost_share: number
  installation_cost_share: number
  project_cost_share: number

  // --- Operating costs (DR section 4) ---
  /**
   * Year-1 maintenance (cleaning, inspection) as a share of the total investment.
   * ASSUMPTION: 0.5 %/year; the DR requires maintenance but gives no figure.
   */
  maintenance_cost_share_annual: number
  /**
   * Yearly growth of the maintenance cost (labour follows consumer prices, not energy
   * tariffs). ASSUMPTION: 4 %, Brazil's long-run IPCA (3 % target + tolerance).
   */
  maintenance_inflation_annual: number
  /** Calendar year of operation (1-based) in which the inverter is replaced once. DR 12. */
  inverter_replacement_year: number
  /**
   * Replacement cost as a share of the original equipment cost, not inflated: inverter
   * prices have fallen in real terms, which roughly offsets inflation. DR 15 %.
   */
  inverter_replacement_share_of_equipment: number

  // --- Economics (DR section 4) ---
  /** Years of operation in the cash flow (plus year 0, the investment). DR 25. */
  analysis_years: number
  /** Yearly tariff growth applied to the avoided tariff and the Fio B tariff. DR 6 %. */
  tariff_inflation_annual: number
  /** Discount rate for the NPV. DR 10 %. */
  discount_rate: number

  // --- Lei 14.300/2022 (DR section 3) ---
  /** Share of generation consumed instantly (never injected, so never charged). DR 0.30. */
  simultaneity_factor: number
  /**
   * Fio B (TUSD distribution wire) tariff as a share of the all-in tariff, used when the
   * caller has no distributor figure. ASSUMPTION: 0.28, typical of B1 residential tariffs
   * with taxes; replace with the ANEEL tariff when known (`fio_b_tariff_kwh_brl` input).
   */
  fio_b_share_of_tariff: number
  /** Share of Fio B charged on compensated energy, by calendar year. DR (Lei 14.300 art. 27). */
  fio_b_schedule: FioBSchedule
  /** Share before the first scheduled year (full net metering). DR: 0 before 2023. */
  fio_b_share_before_schedule: number
  /**
   * Share after the last scheduled year. ASSUMPTION (labelled in results): Lei 14.300
   * art. 17 defers 2029+ to an ANEEL valuation; the DR says default 100 %.
   */
  fio_b_share_after_schedule: number
  /** Grandfathered systems keep full net metering through this calendar year. DR 2045. */
  grandfathered_until_year: number
  /**
   * Minimum bill (custo de disponibilidade), kWh/month, by connection type (REN ANEEL
   * 1.000/2021 art. 291): 30 single-phase or two-phase with 2 wires, 50 two-phase with 3
   * wires, 100 three-phase. How it applies depends on the billing regime (see billing.ts).
   */
  minimum_bill_kwh: Readonly<Record<ConnectionType, number>>
  /**
   * Credit lifetime (Lei 14.300): surplus energy is banked monthly and a month's credits can
   * be used in the next this-many months, oldest first; what is left then expires. DR 60.
   */
  credit_expiry_months: number
  /**
   * Days from the request to the expected grid connection when the request names no date:
   * installation plus the distributor's access opinion, inspection and meter swap
   * (REN ANEEL 1.000/2021). The monthly billing starts in the connection's month, so the Fio B
   * share is the one of each billing month's calendar year. ASSUMPTION: 60 days.
   */
  connection_lead_days: number

  // --- Viability scoring (ASSUMPTION: this library's rubric, not in the DR) ---
  /** Weights of the five factor scores; normalised to sum 1. */
  score_weights: ViabilityScoreWeights
  /** HSP mapped linearly to 0..100 between these (Brazil's capitals span 4.3-5.7). */
  irradiation_score_hsp_min: number
  irradiation_score_hsp_max: number
  /** Roof score when neither roof area nor a roof survey score is known. */
  roof_quality_score_unknown: number
  /** NPV / investment mapped linearly from 0 (score 0) to this (score 100). */
  economic_score_npv_ratio_max: number
  /** Payback at or below this many years scores 100 (the DR's typical 3-4 y). */
  payback_score_best_years: number
  /** Payback at or beyond this many years (half the system life) scores 0. */
  payback_score_worst_years: number
  /**
   * Monthly consumption mapped linearly to 0..100: near the minimum bill little can be
   * offset, while bigger bills dilute fixed costs.
   */
  consumption_score_kwh_min: number
  consumption_score_kwh_max: number
  /** Lowest viability score for each band (score >= threshold). */
  recommendation_thresholds: RecommendationThresholds

  // --- Risk / opportunity triggers (ASSUMPTION) ---
  low_hsp_threshold: number
  very_low_hsp_threshold: number
  long_payback_years: number
  very_long_payback_years: number
  high_tariff_kwh_brl: number
  /** Fio B charges above this share of gross savings make the exposure risk "medium". */
  fio_b_exposure_medium_share: number
  /**
   * Oversizing risk when more than this share of the horizon's generation is never used by
   * the unit (credits expired, or still banked when the horizon ends).
   */
  excess_generation_tolerance: number
  /** Offsettable share of consumption below this = small-consumption risk. */
  low_offset_share: number

  // --- Alternatives and next steps (ASSUMPTION) ---
  /** Sizing multipliers for the alternative scenarios; 1 is the recommended system. */
  scenario_sizing_factors: readonly number[]
  /** Suggest financing when viable and the payback is longer than this many months. */
  financing_suggested_min_payback_months: number
  next_step_days: Readonly<{
    site_survey: number
    proposal: number
    financing: number
    installation: number
    grid_connection: number
  }>

  // --- Cash vs financed (financing_options; DR section 1 for Price, IOF and CET) ---
  /**
   * Nominal monthly rate of the financed scenarios, fraction. ASSUMPTION: 1.49 %/month, an
   * illustrative Brazilian solar credit line (not an offer; labelled in results).
   */
  financing_rate_monthly: number
  /** Loan terms compared, whole months; each at most the analysis horizon. */
  financing_terms_months: readonly number[]
  /** Down payment as a share of the investment, in [0, 1). */
  financing_down_payment_share: number
  /** Borrower type: picks the IOF rates (PF vs PJ). */
  financing_person_type: PersonType
  /** Upfront charges (TAC, registration, appraisal), R$. */
  financing_fees_brl: number
  /** IOF and fees added to the amount financed (true) or paid upfront (false). */
  financing_costs_financed: boolean
  /** IOF rates by borrower type. DR section 1 (PJ flat rate per Decreto 12.466/2025). */
  financing_iof_rates: Readonly<Record<PersonType, FinancingIofRates>>
}

export const DEFAULT_SOLAR_ASSUMPTIONS: Readonly<SolarAssumptions> = Object.freeze({
  performance_ratio: 0.8,
  degradation_rate_annual: 0.005,
  days_per_month: 30,
  days_per_year: 365,

  panel_wattage_w: 550,
  panel_area_m2: 2.58,
  roof_spacing_factor: 1.1,

  cost_per_wp_brl: 2.5,
  equipment_cost_share: 0.7,
  installation_cost_share: 0.2,
  project_cost_share: 0.1,

  maintenance_cost_share_annual: 0.005,
  maintenance_inflation_annual: 0.04,
  inverter_replacement_year: 12,
  inverter_replacement_share_of_equipment: 0.15,

  analysis_years: 25,
  tariff_inflation_annual: 0.06,
  discount_rate: 0.1,

  simultaneity_factor: 0.3,
  fio_b_share_of_tariff: 0.28,
  fio_b_schedule: Object.freeze({
    "2023": 0.15,
    "2024": 0.3,
    "2025": 0.45,
    "2026": 0.6,
    "2027": 0.75,
    "2028": 0.9,
  }),
  fio_b_share_before_schedule: 0,
  fio_b_share_after_schedule: 1,
  grandfathered_until_year: 2045,
  minimum_bill_kwh: Object.freeze({ mono: 30, bi: 50, bi_2_wires: 30, tri: 100 }),
  credit_expiry_months: 60,
  connection_lead_days: 60,

  score_weights: Object.freeze({
    irradiation: 0.2,
    roof_quality: 0.15,
    economic: 0.25,
    payback: 0.25,
    consumption_profile: 0.15,
  }),
  irradiation_score_hsp_min: 3,
  irradiation_score_hsp_max: 6,
  roof_quality_score_unknown: 70,
  economic_score_npv_ratio_max: 3,
  payback_score_best_years: 3,
  payback_score_worst_years: 12,
  consumption_score_kwh_min: 100,
  consumption_score_kwh_max: 600,
  recommendation_thresholds: Object.freeze({
    highly_recommended: 75,
    recommended: 60,
    marginal: 40,
  }),

  low_hsp_threshold: 4.5,
  very_low_hsp_threshold: 4,
  long_payback_years: 6,
  very_long_payback_years: 10,
  high_tariff_kwh_brl: 0.9,
  fio_b_exposure_medium_share: 0.1,
  excess_generation_tolerance: 0.1,
  low_offset_share: 0.7,

  scenario_sizing_factors: Object.freeze([0.8, 1, 1.2]),
  financing_suggested_min_payback_months: 12,
  next_step_days: Object.freeze({
    site_survey: 7,
    proposal: 3,
    financing: 10,
    installation: 5,
    // REN ANEEL 1.000/2021 gives the distributor up to 15 days for the access opinion on
    // micro-generation plus the inspection and meter swap afterwards.
    grid_connection: 30,
  }),

  financing_rate_monthly: 0.0149,
  financing_terms_months: Object.freeze([36, 60, 84, 120]),
  financing_down_payment_share: 0,
  financing_person_type: "individual",
  financing_fees_brl: 0,
  financing_costs_financed: true,
  financing_iof_rates: Object.freeze({
    individual: Object.freeze({
      daily_rate: DEFAULT_IOF_RATES.individual.dailyRate,
      flat_rate: DEFAULT_IOF_RATES.individual.flatRate,
      max_days: DEFAULT_IOF_RATES.individual.maxDays,
    }),
    company: Object.freeze({
      daily_rate: DEFAULT_IOF_RATES.company.dailyRate,
      flat_rate: DEFAULT_IOF_RATES.company.flatRate,
      max_days: DEFAULT_IOF_RATES.company.maxDays,
    }),
  }),
})

/**
 * Notes stored with every result for values that are policy guesses rather than facts, so
 * a reader of the record (or an LGPD art. 20 review) sees them next to the numbers.
 */
export const ASSUMPTION_NOTES: Readonly<Record<string, string>> = Object.freeze({
  fio_b_share_after_schedule:
    "Lei 14.300 art. 17 defers the Fio B share from 2029 to an ANEEL valuation; the share used is an assumption.",
  fio_b_share_of_tariff:
    "Without a distributor Fio B tariff, Fio B is estimated as a share of the all-in tariff.",
  equipment_cost_share: "The split of the installed cost into equipment/installation/project is an assumption.",
  maintenance_cost_share_annual: "Maintenance cost is an assumption (not in the domain reference).",
  maintenance_inflation_annual: "Maintenance cost growth follows an assumed long-run IPCA.",
  score_weights: "The viability score rubric (weights, ranges, thresholds) is this library's own.",
  consumption: "Consumption is assumed constant over the analysis horizon.",
  monthly_generation:
    "Monthly generation is the year's generation / 12 (no monthly irradiance profile is used), so seasonal surplus is not modelled.",
  connection_lead_days: "Without an expected connection date, the grid connection is assumed the given number of days after the request.",
  financing_rate_monthly:
    "The financing scenarios use an illustrative market rate for Brazilian solar credit lines, not an offer: actual rates depend on the lender and a credit analysis.",
})

/** Overrides for {@link SolarAssumptions}; nested records merge key by key. */
export type SolarAssumptionOverrides = Partial<
  Omit<
    SolarAssumptions,
    | "fio_b_schedule"
    | "minimum_bill_kwh"
    | "score_weights"
    | "recommendation_thresholds"
    | "next_step_days"
    | "financing_iof_rates"
  >
> & {
  fio_b_schedule?: FioBSchedule
  minimum_bill_kwh?: Partial<Record<ConnectionType, number>>
  score_weights?: Partial<ViabilityScoreWeights>
  recommendation_thresholds?: Partial<RecommendationThresholds>
  next_step_days?: Partial<SolarAssumptions["next_step_days"]>
  financing_iof_rates?: Partial<Record<PersonType, Partial<FinancingIofRates>>>
}

function invalid(name: string, rule: string, value: unknown): never {
  throw new SolarInputError(
    SolarInputErrorCode.INVALID_ASSUMPTION,
    `Assumption "${name}" must be ${rule}, got ${JSON.stringify(value)}`
  )
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value)
}

function checkRange(name: string, value: unknown, min: number, max: number, openMin = false) {
  if (!isFiniteNumber(value) || value > max || (openMin ? value <= min : value < min)) {
    invalid(name, `a number in ${openMin ? "(" : "["}${min}, ${max}]`, value)
  }
}

function checkPositive(name: string, value: unknown) {
  if (!isFiniteNumber(value) || value <= 0) {
    invalid(name, "a finite number > 0", value)
  }
}

function checkNonNegative(name: string, value: unknown) {
  if (!isFiniteNumber(value) || value < 0) {
    invalid(name, "a finite number >= 0", value)
  }
}

const SHARE_KEYS = [
  "degradation_rate_annual",
  "equipment_cost_share",
  "installation_cost_share",
  "project_cost_share",
  "maintenance_cost_share_annual",
  "inverter_replacement_share_of_equipment",
  "simultaneity_factor",
  "fio_b_share_of_tariff",
  "fio_b_share_before_schedule",
  "fio_b_share_after_schedule",
  "fio_b_exposure_medium_share",
  "excess_generation_tolerance",
  "low_offset_share",
  "financing_rate_monthly",
] as const

const POSITIVE_KEYS = [
  "days_per_month",
  "days_per_year",
  "panel_wattage_w",
  "panel_area_m2",
  "cost_per_wp_brl",
  "irradiation_score_hsp_max",
  "economic_score_npv_ratio_max",
  "payback_score_worst_years",
  "consumption_score_kwh_max",
] as const

const NON_NEGATIVE_KEYS = [
  "irradiation_score_hsp_min",
  "payback_score_best_years",
  "consumption_score_kwh_min",
  "low_hsp_threshold",
  "very_low_hsp_threshold",
  "long_payback_years",
  "very_long_payback_years",
  "high_tariff_kwh_brl",
  "financing_suggested_min_payback_months",
  "financing_fees_brl",
] as const

/** Longest wait from the request to the grid connection the analysis accepts, days. */
export const MAX_CONNECTION_LEAD_DAYS = 730

function validate(a: SolarAssumptions): void {
  checkRange("performance_ratio", a.performance_ratio, 0, 1, true)
  checkRange("roof_spacing_factor", a.roof_spacing_factor, 1, 3)
  for (const key of SHARE_KEYS) {
    checkRange(key, a[key], 0, 1)
  }
  for (const key of POSITIVE_KEYS) {
    checkPositive(key, a[key])
  }
  for (const key of NON_NEGATIVE_KEYS) {
    checkNonNegative(key, a[key])
  }
  // Rates may be negative (deflation) but not -100 % or below, where (1 + r)^y breaks down.
  for (const key of ["tariff_inflation_annual", "maintenance_inflation_annual", "discount_rate"] as const) {
    checkRange(key, a[key], -1, 10, true)
  }
  const costShares = a.equipment_cost_share + a.installation_cost_share + a.project_cost_share
  if (Math.abs(costShares - 1) > 1e-9) {
    invalid("equipment_cost_share + installation_cost_share + project_cost_share", "1", costShares)
  }
  if (!Number.isInteger(a.analysis_years) || a.analysis_years < 1 || a.analysis_years > 60) {
    invalid("analysis_years", "an integer in [1, 60]", a.analysis_years)
  }
  // 0 disables the replacement; past the horizon it simply never happens.
  if (!Number.isInteger(a.inverter_replacement_year) || a.inverter_replacement_year < 0) {
    invalid("inverter_replacement_year", "an integer >= 0", a.inverter_replacement_year)
  }
  if (!Number.isInteger(a.grandfathered_until_year)) {
    invalid("grandfathered_until_year", "an integer calendar year", a.grandfathered_until_year)
  }
  if (!Number.isInteger(a.credit_expiry_months) || a.credit_expiry_months < 1) {
    invalid("credit_expiry_months", "an integer >= 1", a.credit_expiry_months)
  }
  // Two years covers any real installation and connection; more is a typo (months for days).
  if (!Number.isInteger(a.connection_lead_days) || a.connection_lead_days < 0 || a.connection_lead_days > MAX_CONNECTION_LEAD_DAYS) {
    invalid("connection_lead_days", `an integer in [0, ${MAX_CONNECTION_LEAD_DAYS}]`, a.connection_lead_days)
  }
  for (const [year, share] of Object.entries(a.fio_b_schedule)) {
    if (!/^\d{4}$/.test(year)) {
      invalid("fio_b_schedule", "keyed by four-digit calendar years", year)
    }
    checkRange(`fio_b_schedule.${year}`, share, 0, 1)
  }
  if (Object.keys(a.fio_b_schedule).length === 0) {
    invalid("fio_b_schedule", "a non-empty schedule", a.fio_b_schedule)
  }
  for (const type of CONNECTION_TYPES) {
    checkNonNegative(`minimum_bill_kwh.${type}`, a.minimum_bill_kwh[type])
  }
  const weights = Object.values(a.score_weights)
  weights.forEach((w, i) => checkNonNegative(`score_weights.${Object.keys(a.score_weights)[i]}`, w))
  if (weights.reduce((s, w) => s + w, 0) <= 0) {
    invalid("score_weights", "weights with a positive sum", a.score_weights)
  }
  if (a.irradiation_score_hsp_max <= a.irradiation_score_hsp_min) {
    invalid("irradiation_score_hsp_max", "greater than irradiation_score_hsp_min", a.irradiation_score_hsp_max)
  }
  if (a.payback_score_worst_years <= a.payback_score_best_years) {
    invalid("payback_score_worst_years", "greater than payback_score_best_years", a.payback_score_worst_years)
  }
  if (a.consumption_score_kwh_max <= a.consumption_score_kwh_min) {
    invalid("consumption_score_kwh_max", "greater than consumption_score_kwh_min", a.consumption_score_kwh_max)
  }
  checkRange("roof_quality_score_unknown", a.roof_quality_score_unknown, 0, 100)
  const t = a.recommendation_thresholds
  for (const [name, value] of Object.entries(t)) {
    checkRange(`recommendation_thresholds.${name}`, value, 0, 100)
  }
  if (!(t.highly_recommended >= t.recommended && t.recommended >= t.marginal)) {
    invalid("recommendation_thresholds", "ordered highly_recommended >= recommended >= marginal", t)
  }
  if (!Array.isArray(a.scenario_sizing_factors) || a.scenario_sizing_factors.length === 0) {
    invalid("scenario_sizing_factors", "a non-empty list", a.scenario_sizing_factors)
  }
  a.scenario_sizing_factors.forEach((f, i) => checkRange(`scenario_sizing_factors[${i}]`, f, 0, 5, true))
  for (const [name, days] of Object.entries(a.next_step_days)) {
    checkNonNegative(`next_step_days.${name}`, days)
  }
  validateFinancing(a)
}

function validateFinancing(a: SolarAssumptions): void {
  // A down payment of the whole investment leaves nothing to finance.
  const downShare = a.financing_down_payment_share
  if (!isFiniteNumber(downShare) || downShare < 0 || downShare >= 1) {
    invalid("financing_down_payment_share", "a number in [0, 1)", downShare)
  }
  if (!Array.isArray(a.financing_terms_months) || a.financing_terms_months.length === 0) {
    invalid("financing_terms_months", "a non-empty list", a.financing_terms_months)
  }
  const horizonMonths = a.analysis_years * 12
  a.financing_terms_months.forEach((term, i) => {
    if (!Number.isInteger(term) || term < 1 || term > horizonMonths) {
      invalid(`financing_terms_months[${i}]`, `whole months in [1, ${horizonMonths}] (the analysis horizon)`, term)
    }
  })
  if (!(FINANCING_PERSON_TYPES as readonly unknown[]).includes(a.financing_person_type)) {
    invalid("financing_person_type", `one of ${FINANCING_PERSON_TYPES.join(", ")}`, a.financing_person_type)
  }
  if (typeof a.financing_costs_financed !== "boolean") {
    invalid("financing_costs_financed", "a boolean", a.financing_costs_financed)
  }
  for (const type of FINANCING_PERSON_TYPES) {
    const rates = a.financing_iof_rates[type]
    checkRange(`financing_iof_rates.${type}.daily_rate`, rates.daily_rate, 0, 0.01)
    checkRange(`financing_iof_rates.${type}.flat_rate`, rates.flat_rate, 0, 1)
    if (!Number.isInteger(rates.max_days) || rates.max_days < 0) {
      invalid(`financing_iof_rates.${type}.max_days`, "an integer >= 0", rates.max_days)
    }
  }
}

/**
 * Merges overrides onto the defaults and validates the result, so a typo'd or out-of-range
 * option fails loudly instead of producing a plausible-looking but wrong analysis.
 */
export function resolveSolarAssumptions(overrides: SolarAssumptionOverrides = {}): SolarAssumptions {
  const known = new Set(Object.keys(DEFAULT_SOLAR_ASSUMPTIONS))
  for (const key of Object.keys(overrides)) {
    if (!known.has(key)) {
      invalid(key, "a known assumption (unknown key)", key)
    }
  }
  const d = DEFAULT_SOLAR_ASSUMPTIONS
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, value]) => value !== undefined)
  ) as SolarAssumptionOverrides
  const merged: SolarAssumptions = {
    ...d,
    ...defined,
    // A replacement schedule replaces the whole table: mixing two schedules' years would
    // describe no real regulation.
    fio_b_schedule: { ...(defined.fio_b_schedule ?? d.fio_b_schedule) },
    minimum_bill_kwh: { ...d.minimum_bill_kwh, ...defined.minimum_bill_kwh },
    score_weights: { ...d.score_weights, ...defined.score_weights },
    recommendation_thresholds: { ...d.recommendation_thresholds, ...defined.recommendation_thresholds },
    next_step_days: { ...d.next_step_days, ...defined.next_step_days },
    // Lists are not spread blindly: a non-list override must reach validate() and fail with a
    // code (spreading a number throws a TypeError; a string would become its characters).
    scenario_sizing_factors: Array.isArray(defined.scenario_sizing_factors)
      ? [...defined.scenario_sizing_factors]
      : (defined.scenario_sizing_factors ?? [...d.scenario_sizing_factors]),
    financing_terms_months: Array.isArray(defined.financing_terms_months)
      ? [...defined.financing_terms_months]
      : (defined.financing_terms_months ?? [...d.financing_terms_months]),
    financing_iof_rates: {
      individual: { ...d.financing_iof_rates.individual, ...defined.financing_iof_rates?.individual },
      company: { ...d.financing_iof_rates.company, ...defined.financing_iof_rates?.company },
    },
  }
  validate(merged)
  return merged
}
