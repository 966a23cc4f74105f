import {
  ASSUMPTION_NOTES,
  ConnectionType,
  MAX_CONNECTION_LEAD_DAYS,
  resolveSolarAssumptions,
  SolarAssumptionOverrides,
  SolarAssumptions,
} from "./assumptions"
import { BILLING_RULES, BillingRegime, CalendarMonth, formatMonth } from "./billing"
import { assertStartYear, buildSolarCashFlow, SolarCashFlowResult, SolarCashFlowYear } from "./cash-flow"
import { SolarInputError, SolarInputErrorCode } from "./errors"
import { buildFinancingOptions, monthsBeforeSavings, SolarFinancingOptions } from "./financing-scenario"
import { HspResolution, resolveHsp } from "./hsp"
import { assertPositive, estimateInvestment, normalizeConnectionType, round, sizeSolarSystem, SolarSizing } from "./sizing"
import { DAY_MS } from "../time"

/**
 * The full viability analysis stored as a SolarViabilityAnalysis: sizing, investment,
 * cash flow, a 0-100 score from five factors, recommendation, risks, opportunities,
 * alternative sizes and next steps. Output keys are the record's column names.
 */

// Must match the enum on solar_viability_analysis.recommendation.
export const SOLAR_RECOMMENDATIONS = ["highly_recommended", "recommended", "marginal", "not_recommended"] as const
export type SolarRecommendation = (typeof SOLAR_RECOMMENDATIONS)[number]

export type RiskSeverity = "low" | "medium" | "high"

export interface SolarRisk {
  type:
    | "low_irradiation"
    | "irradiation_estimate"
    | "long_payback"
    | "no_payback"
    | "negative_npv"
    | "fio_b_exposure"
    | "regulatory_uncertainty"
    | "roof_area_insufficient"
    | "roof_unknown"
    | "oversizing"
    | "low_offset_share"
  severity: RiskSeverity
  description: string
  mitigation: string
}

export interface SolarOpportunity {
  type: "high_tariff" | "tariff_inflation_hedge" | "grandfathered_net_metering" | "excess_credits" | "resize_system"
  description: string
  potential_savings_brl: number
}

export interface SolarAlternativeScenario {
  label: string
  sizing_factor: number
  is_recommended: boolean
  panel_count: number
  system_size_kwp: number
  roof_area_needed_m2: number
  annual_generation_kwh: number
  total_investment: number
  annual_savings_brl: number
  payback_months: number | null
  payback_years: number | null
  npv_brl: number
  irr_percentage: number | null
  roi_25_years_percentage: number
}

export interface SolarNextStep {
  step: number
  title: string
  description: string
  estimated_days: number
}

export interface SolarViabilityInput {
  /** kWh/month; derived as bill / tariff when only the bill is known. */
  monthly_consumption_kwh?: number | null
  monthly_bill_brl?: number | null
  /** R$/kWh all-in; derived as bill / consumption when both are given and this is not. */
  tariff_kwh_brl?: number | null
  state: string
  city?: string | null
  utility_company?: string | null
  connection_type: ConnectionType
  /**
   * Day of the request (YYYY-MM-DD): the default connection date is this plus the
   * `connection_lead_days` assumption, and the default loan release date is this day.
   */
  request_date?: string | null
  /**
   * Expected grid connection (YYYY-MM-DD): billing month 1 is this date's month. Not before
   * the request date and at most MAX_CONNECTION_LEAD_DAYS after it.
   */
  expected_connection_date?: string | null
  /** Without either date: operation starts on January 1st of this calendar year. */
  start_year?: number | null
  /** Lei 14.300 art. 26 grandfathering (connected or requested before the cut-off dates). */
  grandfathered?: boolean
  panel_wattage?: number | null
  /** Roof area available, m2; compared with the area needed. */
  roof_area_m2?: number | null
  // Seams for better data than the fallbacks (irradiance services, roof surveys, ANEEL
  // tariffs, a real quote). Each one, when given, replaces a default and is recorded.
  hsp_kwh_m2_day?: number | null
  roof_quality_score?: number | null
  fio_b_tariff_kwh_brl?: number | null
  total_investment_brl?: number | null
  /**
   * Release date of the loans in `financing_options` (ISO date, YYYY-MM-DD, or a date-time
   * whose UTC date is used); defaults to the request date, else the connection date.
   */
  financing_release_date?: string | null
}

/** Everything needed to rerun the analysis and get the same result. */
export interface SolarViabilityAssumptionsRecord {
  model_version: "solar-viability/2"
  inputs: SolarViabilityInput
  parameters: SolarAssumptions
  derived: {
    tariff_source: "provided" | "bill_divided_by_consumption"
    consumption_source: "provided" | "bill_divided_by_tariff"
    hsp: HspResolution
    fio_b_tariff_kwh_brl: number
    fio_b_tariff_source: "provided" | "share_of_tariff"
    investment_source: "provided" | "cost_per_wp"
    roof_quality_source: "provided" | "roof_area" | "unknown"
    minimum_bill_kwh: number
    energy_to_offset_kwh_month: number
    target_kwp: number
    financing_release_date: string
    financing_release_date_source: "provided" | "request_date" | "connection_date"
    /** How each billing month was billed (Lei 14.300); see src/lib/solar/billing.ts. */
    billing: SolarBillingRecord
  }
  notes: string[]
}

export interface SolarBillingRecord {
  request_date: string | null
  expected_connection_date: string
  connection_date_source: "provided" | "request_date_plus_lead_days" | "start_year"
  /** First and last billing months, YYYY-MM. */
  first_month: string
  last_month: string
  /** Regimes in the order they apply, with their months and rule. */
  regimes: { regime: BillingRegime; from: string; to: string; rule: string }[]
  credit_expiry_months: number
  credit_use_order: "oldest_first"
  generation_profile: "flat_monthly"
  total_credits_expired_kwh: number
  credit_bank_end_kwh: number
}

/** Column values for a SolarViabilityAnalysis, plus the cash flow behind them. */
export interface SolarViabilityResult {
  monthly_consumption_kwh: number
  monthly_bill_brl: number
  tariff_kwh_brl: number
  utility_company: string | null
  state: string
  city: string | null

  system_size_kwp: number
  panel_count: number
  panel_wattage: number
  roof_area_needed_m2: number
  annual_generation_kwh: number

  equipment_cost: number
  installation_cost: number
  project_cost: number
  total_investment: number
  cost_per_kwp: number

  monthly_savings_brl: number
  annual_savings_brl: number
  payback_months: number | null
  payback_years: number | null
  roi_25_years_percentage: number
  total_savings_25_years: number
  irr_percentage: number | null
  npv_brl: number

  is_viable: boolean
  viability_score: number
  recommendation: SolarRecommendation

  irradiation_score: number
  roof_quality_score: number
  economic_score: number
  payback_score: number
  consumption_profile_score: number

  risks: SolarRisk[]
  opportunities: SolarOpportunity[]

  tariff_inflation_annual: number
  discount_rate: number
  maintenance_cost_annual: number
  inverter_replacement_cost: number
  degradation_rate_annual: number
  assumptions: SolarViabilityAssumptionsRecord

  alternative_scenarios: SolarAlternativeScenario[]
  financing_suggested: boolean
  /** Cash vs financed for the recommended (100 %) system. */
  financing_options: SolarFinancingOptions
  next_steps: SolarNextStep[]

  /** Not a column: the yearly rows (reproducible from `assumptions`). */
  cash_flow: SolarCashFlowYear[]
}

export interface ViabilityFactorScores {
  irradiation_score: number
  roof_quality_score: number
  economic_score: number
  payback_score: number
  consumption_profile_score: number
}

function linearScore(value: number, zeroAt: number, fullAt: number): number {
  const fraction = (value - zeroAt) / (fullAt - zeroAt)
  return Math.round(100 * Math.min(1, Math.max(0, fraction)))
}

function formatBrl(value: number): string {
  const [int, dec] = Math.abs(value).toFixed(2).split(".")
  return `${value < 0 ? "-" : ""}R$ ${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${dec}`
}

function formatYears(years: number | null): string {
  return years === null ? "more than the analysis horizon" : `${years.toFixed(1)} years`
}

function optionalPositive(value: number | null | undefined, code: SolarInputErrorCode, label: string) {
  if (value !== undefined && value !== null) {
    assertPositive(value, code, label)
  }
}

export function irradiationScore(hsp: number, assumptions: SolarAssumptions): number {
  return linearScore(hsp, assumptions.irradiation_score_hsp_min, assumptions.irradiation_score_hsp_max)
}

export function paybackScore(paybackYears: number | null, assumptions: SolarAssumptions): number {
  if (paybackYears === null) {
    return 0
  }
  return linearScore(paybackYears, assumptions.payback_score_worst_years, assumptions.payback_score_best_years)
}

/** NPV per real invested: 0 when the project does not beat the discount rate. */
export function economicScore(npvBrl: number, totalInvestment: number, assumptions: SolarAssumptions): number {
  return linearScore(npvBrl / totalInvestment, 0, assumptions.economic_score_npv_ratio_max)
}

export function consumptionProfileScore(monthlyConsumptionKwh: number, assumptions: SolarAssumptions): number {
  return linearScore(
    monthlyConsumptionKwh,
    assumptions.consumption_score_kwh_min,
    assumptions.consumption_score_kwh_max
  )
}

/** Weighted mean of the five factors, 0..100 (weights normalised, so they need not sum to 1). */
export function viabilityScore(factors: ViabilityFactorScores, assumptions: SolarAssumptions): number {
  const w = assumptions.score_weights
  const total = w.irradiation + w.roof_quality + w.economic + w.payback + w.consumption_profile
  const weighted =
    w.irradiation * factors.irradiation_score +
    w.roof_quality * factors.roof_quality_score +
    w.economic * factors.economic_score +
    w.payback * factors.payback_score +
    w.consumption_profile * factors.consumption_profile_score
  return Math.round(weighted / total)
}

/**
 * Band from the score, with two economic vetoes: a system that never pays back is never
 * recommended, and one that loses money at the discount rate is at best marginal, however
 * sunny the roof.
 */
export function recommendationFor(
  score: number,
  economics: { npv_brl: number; payback_months: number | null },
  assumptions: SolarAssumptions
): SolarRecommendation {
  if (economics.payback_months === null) {
    return "not_recommended"
  }
  const t = assumptions.recommendation_thresholds
  let band: SolarRecommendation =
    score >= t.highly_recommended
      ? "highly_recommended"
      : score >= t.recommended
        ? "recommended"
        : score >= t.marginal
          ? "marginal"
          : "not_recommended"
  if (economics.npv_brl <= 0 && (band === "highly_recommended" || band === "recommended")) {
    band = "marginal"
  }
  return band
}

interface ResolvedInput {
  consumption: number
  bill: number
  tariff: number
  tariffSource: "provided" | "bill_divided_by_consumption"
  consumptionSource: "provided" | "bill_divided_by_tariff"
}

/** Consumption, bill and tariff: any two give the third; an explicit tariff wins. */
function resolveConsumptionAndTariff(input: SolarViabilityInput): ResolvedInput {
  optionalPositive(input.monthly_consumption_kwh, SolarInputErrorCode.INVALID_CONSUMPTION, "Monthly consumption (kWh)")
  optionalPositive(input.monthly_bill_brl, SolarInputErrorCode.INVALID_BILL, "Monthly bill (R$)")
  optionalPositive(input.tariff_kwh_brl, SolarInputErrorCode.INVALID_TARIFF, "Tariff (R$/kWh)")
  const consumptionGiven = input.monthly_consumption_kwh ?? null
  const bill = input.monthly_bill_brl ?? null
  let tariff = input.tariff_kwh_brl ?? null
  let tariffSource: ResolvedInput["tariffSource"] = "provided"
  if (tariff === null && consumptionGiven !== null && bill !== null) {
    tariff = bill / consumptionGiven
    tariffSource = "bill_divided_by_consumption"
  }
  if (tariff === null) {
    throw new SolarInputError(
      SolarInputErrorCode.TARIFF_REQUIRED,
      "A tariff (R$/kWh) is required, or both the monthly bill and consumption to derive it"
    )
  }
  // R$ 5/kWh is several times Brazil's dearest tariff: a larger value is a unit mistake
  // (R$/MWh, or a bill typed as a tariff).
  if (tariff > 5) {
    throw new SolarInputError(
      SolarInputErrorCode.INVALID_TARIFF,
      `Tariff of R$ ${tariff.toFixed(4)}/kWh is implausible; expected at most R$ 5/kWh`
    )
  }
  let consumption = consumptionGiven
  let consumptionSource: ResolvedInput["consumptionSource"] = "provided"
  if (consumption === null) {
    if (bill === null) {
      throw new SolarInputError(
        SolarInputErrorCode.CONSUMPTION_REQUIRED,
        "Monthly consumption (kWh) or the monthly bill (R$) is required"
      )
    }
    consumption = bill / tariff
    consumptionSource = "bill_divided_by_tariff"
  }
  return {
    consumption,
    bill: bill ?? consumption * tariff,
    tariff,
    tariffSource,
    consumptionSource,
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T.+)?$/

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** An ISO date (or a date-time's UTC date) between 2000 and 2100, as a UTC midnight. */
function parseIsoDay(value: unknown, code: SolarInputErrorCode, label: string): Date {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0]
  const date = new Date(Date.UTC(year, month - 1, day))
  // The round trip rejects 2026-02-30 (Date.UTC would roll it into March).
  const valid =
    match !== null &&
    year >= 2000 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    (match[4] === undefined || !Number.isNaN(Date.parse(value as string)))
  if (!valid) {
    throw new SolarInputError(
      code,
      `The ${label} must be an ISO date (YYYY-MM-DD) between 2000 and 2100, got ${JSON.stringify(value)}`
    )
  }
  if (match[4] !== undefined) {
    const instant = new Date(value as string)
    return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()))
  }
  return date
}

export interface SolarConnection {
  request_date: Date | null
  connection_date: Date
  source: SolarBillingRecord["connection_date_source"]
  first_month: CalendarMonth
}

/**
 * The expected grid connection, whose month is billing month 1: the request's date, else the
 * request date plus `connection_lead_days`, else January 1st of `start_year`.
 */
export function resolveConnection(input: SolarViabilityInput, assumptions: SolarAssumptions): SolarConnection {
  const code = SolarInputErrorCode.INVALID_CONNECTION_DATE
  const request =
    input.request_date === undefined || input.request_date === null
      ? null
      : parseIsoDay(input.request_date, code, "request date")
  let connection: Date
  let source: SolarConnection["source"]
  if (input.expected_connection_date !== undefined && input.expected_connection_date !== null) {
    connection = parseIsoDay(input.expected_connection_date, code, "expected connection date")
    source = "provided"
    if (request !== null) {
      const days = (connection.getTime() - request.getTime()) / DAY_MS
      // The analysis looks forward from the request: a past connection would be billed at
      // today's tariff for months already gone.
      if (days < 0 || days > MAX_CONNECTION_LEAD_DAYS) {
        throw new SolarInputError(
          code,
          `The expected connection date must be between the request date (${isoDay(request)}) and ${MAX_CONNECTION_LEAD_DAYS} days after it, got ${isoDay(connection)}`
        )
      }
    }
  } else if (request !== null) {
    connection = new Date(request.getTime() + assumptions.connection_lead_days * DAY_MS)
    source = "request_date_plus_lead_days"
  } else {
    if (input.start_year === undefined || input.start_year === null) {
      throw new SolarInputError(
        SolarInputErrorCode.INVALID_START_YEAR,
        "A request date, an expected connection date or a start year is required"
      )
    }
    assertStartYear(input.start_year)
    connection = new Date(Date.UTC(input.start_year, 0, 1))
    source = "start_year"
  }
  assertStartYear(connection.getUTCFullYear())
  return {
    request_date: request,
    connection_date: connection,
    source,
    first_month: { year: connection.getUTCFullYear(), month: connection.getUTCMonth() + 1 },
  }
}

/** The loans' release date: the input's (validated, UTC date part), else `fallback`. */
export function resolveFinancingReleaseDate(
  value: string | null | undefined,
  fallback: { date: Date; source: "request_date" | "connection_date" }
): { date: Date; source: "provided" | "request_date" | "connection_date" } {
  if (value === undefined || value === null) {
    return fallback
  }
  return {
    date: parseIsoDay(value, SolarInputErrorCode.INVALID_RELEASE_DATE, "financing release date"),
    source: "provided",
  }
}

function roofQuality(
  input: SolarViabilityInput,
  roofAreaNeeded: number,
  assumptions: SolarAssumptions
): { score: number; source: "provided" | "roof_area" | "unknown" } {
  if (input.roof_quality_score !== undefined && input.roof_quality_score !== null) {
    const s = input.roof_quality_score
    if (!Number.isFinite(s) || s < 0 || s > 100) {
      throw new SolarInputError(SolarInputErrorCode.INVALID_SCORE, `Roof quality score must be in [0, 100], got ${s}`)
    }
    return { score: Math.round(s), source: "provided" }
  }
  if (input.roof_area_m2 !== undefined && input.roof_area_m2 !== null) {
    // Enough room scores 100; a roof with half the area can host half the system.
    return { score: linearScore(input.roof_area_m2 / roofAreaNeeded, 0, 1), source: "roof_area" }
  }
  return { score: Math.round(assumptions.roof_quality_score_unknown), source: "unknown" }
}

interface Economics {
  sizing: SolarSizing
  investment: ReturnType<typeof estimateInvestment>
  cashFlow: SolarCashFlowResult
}

function runEconomics(
  ctx: {
    consumption: number
    tariff: number
    hsp: number
    connectionType: ConnectionType
    firstMonth: CalendarMonth
    grandfathered: boolean
    panelWattage?: number
    fioBTariff?: number | null
    /** R$/kWp from a real quote, applied to every scenario size. */
    quotedCostPerKwp?: number | null
  },
  sizingFactor: number,
  assumptions: SolarAssumptions
): Economics {
  const sizing = sizeSolarSystem(
    {
      monthly_consumption_kwh: ctx.consumption,
      connection_type: ctx.connectionType,
      hsp: ctx.hsp,
      panel_wattage_w: ctx.panelWattage,
      sizing_factor: sizingFactor,
    },
    assumptions
  )
  const investment = estimateInvestment(
    sizing.system_size_kwp,
    assumptions,
    ctx.quotedCostPerKwp ? ctx.quotedCostPerKwp * sizing.system_size_kwp : null
  )
  const cashFlow = buildSolarCashFlow(
    {
      system_size_kwp: sizing.system_size_kwp,
      hsp: ctx.hsp,
      monthly_consumption_kwh: ctx.consumption,
      connection_type: ctx.connectionType,
      tariff_kwh_brl: ctx.tariff,
      total_investment: investment.total_investment,
      equipment_cost: investment.equipment_cost,
      first_month: ctx.firstMonth,
      grandfathered: ctx.grandfathered,
      fio_b_tariff_kwh_brl: ctx.fioBTariff,
    },
    assumptions
  )
  return { sizing, investment, cashFlow }
}

function buildRisks(args: {
  hsp: HspResolution
  assumptions: SolarAssumptions
  cashFlow: SolarCashFlowResult
  sizing: SolarSizing
  consumption: number
  roofAreaAvailable: number | null
  roofSource: "provided" | "roof_area" | "unknown"
  grandfathered: boolean
}): SolarRisk[] {
  const { hsp, assumptions: a, cashFlow: cf, sizing } = args
  const risks: SolarRisk[] = []

  if (hsp.hsp < a.low_hsp_threshold) {
    risks.push({
      type: "low_irradiation",
      severity: hsp.hsp < a.very_low_hsp_threshold ? "high" : "medium",
      description: `Irradiation of ${hsp.hsp} peak sun hours a day is below ${a.low_hsp_threshold}: each kWp yields less, so more panels are needed.`,
      mitigation: "Confirm with site irradiance data, avoid shaded roof faces and consider higher-efficiency modules.",
    })
  }
  if (hsp.source !== "provided") {
    risks.push({
      type: "irradiation_estimate",
      severity: hsp.source === "regional_fallback" ? "medium" : "low",
      description:
        hsp.source === "regional_fallback"
          ? `No irradiation figure for ${hsp.state}: ${hsp.reference_city}'s value (${hsp.hsp} h) was borrowed; real values can differ by 0.3-0.5 h.`
          : `Irradiation is ${hsp.reference_city}'s capital-city average (${hsp.hsp} h); the site may differ by 0.3-0.5 h.`,
      mitigation: "Measure the site's irradiance (PVGIS, a roof survey) before the final proposal.",
    })
  }
  if (cf.payback_years === null) {
    risks.push({
      type: "no_payback",
      severity: "high",
      description: `The system does not pay for itself within ${a.analysis_years} years.`,
      mitigation: "Revisit the tariff, consumption and cost figures; solar is unlikely to pay off here.",
    })
  } else if (cf.payback_years > a.long_payback_years) {
    risks.push({
      type: "long_payback",
      severity: cf.payback_years > a.very_long_payback_years ? "high" : "medium",
      description: `Payback of ${formatYears(cf.payback_years)} exceeds ${a.long_payback_years} years.`,
      mitigation: "Get competing quotes, check for a lower cost per Wp or a smaller system sized to the base load.",
    })
  }
  if (cf.npv_brl <= 0) {
    risks.push({
      type: "negative_npv",
      severity: "high",
      description: `At a ${(a.discount_rate * 100).toFixed(1)}% discount rate the project is worth ${formatBrl(cf.npv_brl)}.`,
      mitigation: "Only proceed for non-financial reasons or after lowering the investment.",
    })
  }
  if (cf.total_fio_b_charges_brl > 0) {
    const share = cf.total_gross_savings_brl > 0 ? cf.total_fio_b_charges_brl / cf.total_gross_savings_brl : 0
    risks.push({
      type: "fio_b_exposure",
      severity: share > a.fio_b_exposure_medium_share ? "medium" : "low",
      description: `Lei 14.300 Fio B charges take ${formatBrl(cf.total_fio_b_charges_brl)} (${(share * 100).toFixed(1)}% of gross savings) over ${a.analysis_years} years.`,
      mitigation: "Raise self-consumption (run loads in daylight) so less energy is injected and charged.",
    })
  }
  const chargedAfterSchedule = cf.months.some((m) => m.fio_b_share_basis === "after_schedule")
  if (chargedAfterSchedule) {
    risks.push({
      type: "regulatory_uncertainty",
      severity: "low",
      description: `From ${Math.max(...Object.keys(a.fio_b_schedule).map(Number)) + 1} the Fio B share awaits an ANEEL valuation (Lei 14.300 art. 17); ${(a.fio_b_share_after_schedule * 100).toFixed(0)}% is assumed.`,
      mitigation: "Re-run the analysis when ANEEL publishes the valuation.",
    })
  }
  if (args.roofAreaAvailable !== null && args.roofAreaAvailable < sizing.roof_area_needed_m2) {
    risks.push({
      type: "roof_area_insufficient",
      severity: "high",
      description: `The system needs about ${sizing.roof_area_needed_m2} m2 but the roof offers ${args.roofAreaAvailable} m2.`,
      mitigation: "Use higher-wattage modules, another roof face or a smaller system.",
    })
  } else if (args.roofSource === "unknown") {
    risks.push({
      type: "roof_unknown",
      severity: "low",
      description: `Roof area, orientation and shading are unknown; about ${sizing.roof_area_needed_m2} m2 facing north is needed.`,
      mitigation: "Schedule a roof survey (or a satellite roof analysis).",
    })
  }
  // Surplus the bank never absorbs within the horizon: expired credits plus what is left.
  const unused = cf.total_credits_expired_kwh + cf.credit_bank_end_kwh
  if (cf.total_generation_kwh > 0 && unused / cf.total_generation_kwh > a.excess_generation_tolerance) {
    risks.push({
      type: "oversizing",
      severity: "medium",
      description: `${((unused / cf.total_generation_kwh) * 100).toFixed(0)}% of the generation over ${a.analysis_years} years is never used by this unit: credits expire ${a.credit_expiry_months} months after the month they are generated in (${cf.total_credits_expired_kwh.toFixed(0)} kWh expire).`,
      mitigation: "Size down, or allocate the surplus to another unit of the same holder (autoconsumo remoto).",
    })
  }
  // The bill never goes below the minimum, so at most (consumption - minimum) / consumption of
  // it can be saved in either regime; what differs is how the minimum is applied.
  const offsetShare = sizing.energy_to_offset_kwh_month / args.consumption
  if (offsetShare < a.low_offset_share) {
    const gd1Only = cf.years.slice(1).every((y) => y.billing_regime === "gd1")
    risks.push({
      type: "low_offset_share",
      severity: "medium",
      description: gd1Only
        ? `Only ${(offsetShare * 100).toFixed(0)}% of the consumption can be offset: compensation cannot take the billed energy below the ${sizing.minimum_bill_kwh} kWh minimum (custo de disponibilidade).`
        : `At most ${(offsetShare * 100).toFixed(0)}% of the bill can be saved: credits may cover all the consumption, but the bill never drops below the ${sizing.minimum_bill_kwh} kWh minimum (custo de disponibilidade), and the Fio B charge counts toward that floor.`,
      mitigation: "Small consumers gain little; consider a shared or community solar subscription.",
    })
  }
  return risks
}

function buildOpportunities(args: {
  assumptions: SolarAssumptions
  tariff: number
  cashFlow: SolarCashFlowResult
  grandfatheredCounterfactual: SolarCashFlowResult | null
  scenarios: SolarAlternativeScenario[]
}): SolarOpportunity[] {
  const { assumptions: a, cashFlow: cf } = args
  const opportunities: SolarOpportunity[] = []
  if (args.tariff >= a.high_tariff_kwh_brl) {
    opportunities.push({
      type: "high_tariff",
      description: `At R$ ${args.tariff.toFixed(2)}/kWh every kWh generated is worth more than in most of Brazil.`,
      // What the bills go down by over the horizon (after Fio B), before running costs.
      potential_savings_brl: round(cf.total_gross_savings_brl - cf.total_fio_b_charges_brl, 2),
    })
  }
  // What tariff growth adds: each year's savings minus the same energy at the year-1 tariff.
  const inflationGain = round(
    cf.years
      .slice(1)
      .reduce((sum, y) => sum + y.bill_savings_brl * (1 - 1 / (1 + a.tariff_inflation_annual) ** (y.year - 1)), 0),
    2
  )
  if (inflationGain > 0) {
    opportunities.push({
      type: "tariff_inflation_hedge",
      description: `With tariffs rising ${(a.tariff_inflation_annual * 100).toFixed(1)}% a year, the system locks in savings that grow with them.`,
      potential_savings_brl: inflationGain,
    })
  }
  if (args.grandfatheredCounterfactual) {
    const avoided = round(args.grandfatheredCounterfactual.total_fio_b_charges_brl - cf.total_fio_b_charges_brl, 2)
    if (avoided > 0) {
      opportunities.push({
        type: "grandfathered_net_metering",
        description: `As a grandfathered system it keeps full net metering until ${a.grandfathered_until_year}, avoiding Fio B charges.`,
        potential_savings_brl: avoided,
      })
    }
  }
  const excessValue = round(
    cf.months.reduce((sum, m) => {
      // Credits used elsewhere are compensated energy too, so they would pay Fio B.
      const fioB = cf.fio_b_tariff_kwh_brl * (1 + a.tariff_inflation_annual) ** (m.year - 1) * m.fio_b_share
      return sum + m.credits_expired_kwh * Math.max(0, m.tariff_kwh_brl - fioB)
    }, 0),
    2
  )
  if (excessValue > 0) {
    opportunities.push({
      type: "excess_credits",
      description: `Surplus credits (${cf.total_credits_expired_kwh.toFixed(0)} kWh over the horizon) expire unused; they could offset another unit's bill before they do.`,
      potential_savings_brl: excessValue,
    })
  }
  const recommended = args.scenarios.find((s) => s.is_recommended)
  const best = [...args.scenarios].sort((x, y) => y.npv_brl - x.npv_brl)[0]
  if (recommended && best && !best.is_recommended && best.npv_brl > recommended.npv_brl) {
    opportunities.push({
      type: "resize_system",
      description: `The ${best.label} sizing (${best.system_size_kwp} kWp) has a higher NPV than the recommended size.`,
      potential_savings_brl: round(best.npv_brl - recommended.npv_brl, 2),
    })
  }
  return opportunities
}

function buildNextSteps(
  recommendation: SolarRecommendation,
  financingSuggested: boolean,
  roofSource: "provided" | "roof_area" | "unknown",
  assumptions: SolarAssumptions
): SolarNextStep[] {
  const days = assumptions.next_step_days
  const steps: Omit<SolarNextStep, "step">[] = []
  if (recommendation === "not_recommended") {
    steps.push({
      title: "Review the numbers with a consultant",
      description: "Check consumption, tariff and cost figures; efficiency measures may beat solar here.",
      estimated_days: days.proposal,
    })
    return steps.map((s, i) => ({ step: i + 1, ...s }))
  }
  steps.push({
    title: "Technical site survey",
    description:
      roofSource === "unknown"
        ? "Measure the roof, its orientation and shading, and the electrical panel."
        : "Confirm the roof figures, shading and the electrical panel on site.",
    estimated_days: days.site_survey,
  })
  steps.push({
    title: "Final proposal",
    description: "Receive a quote with the chosen modules and inverter and the final payback.",
    estimated_days: days.proposal,
  })
  if (financingSuggested) {
    steps.push({
      title: "Financing simulation and credit analysis",
      description: "Compare solar financing lines so the installment fits within the monthly savings.",
      estimated_days: days.financing,
    })
  }
  steps.push({
    title: "Installation",
    description: "Mount the modules and inverter and commission the system.",
    estimated_days: days.installation,
  })
  steps.push({
    title: "Grid connection",
    description: "The distributor approves the access request, inspects and swaps the meter.",
    estimated_days: days.grid_connection,
  })
  return steps.map((s, i) => ({ step: i + 1, ...s }))
}

function billingRecord(
  cf: SolarCashFlowResult,
  connection: SolarConnection,
  assumptions: SolarAssumptions
): SolarBillingRecord {
  const regimes: SolarBillingRecord["regimes"] = []
  for (const m of cf.months) {
    const last = regimes[regimes.length - 1]
    if (last && last.regime === m.regime) {
      last.to = m.date
    } else {
      regimes.push({ regime: m.regime, from: m.date, to: m.date, rule: BILLING_RULES[m.regime] })
    }
  }
  return {
    request_date: connection.request_date ? isoDay(connection.request_date) : null,
    expected_connection_date: isoDay(connection.connection_date),
    connection_date_source: connection.source,
    first_month: formatMonth(connection.first_month),
    last_month: cf.months[cf.months.length - 1].date,
    regimes,
    credit_expiry_months: assumptions.credit_expiry_months,
    credit_use_order: "oldest_first",
    generation_profile: "flat_monthly",
    total_credits_expired_kwh: cf.total_credits_expired_kwh,
    credit_bank_end_kwh: cf.credit_bank_end_kwh,
  }
}

/**
 * Runs the whole analysis. Throws SolarInputError (with a stable `code`) for input the API
 * should answer with a 400; never returns NaN.
 */
export function analyzeSolarViability(
  input: SolarViabilityInput,
  overrides: SolarAssumptionOverrides = {}
): SolarViabilityResult {
  const assumptions = resolveSolarAssumptions(overrides)
  const connectionType = normalizeConnectionType(input.connection_type)
  const hsp = resolveHsp(input.state, input.hsp_kwh_m2_day)
  const resolved = resolveConsumptionAndTariff(input)
  optionalPositive(input.roof_area_m2, SolarInputErrorCode.INVALID_ROOF_AREA, "Roof area (m2)")
  optionalPositive(input.total_investment_brl, SolarInputErrorCode.INVALID_INVESTMENT, "Total investment (R$)")
  const grandfathered = input.grandfathered === true
  const connection = resolveConnection(input, assumptions)
  // Loans are released at purchase (the request), or at the connection when the day is unknown.
  const release = resolveFinancingReleaseDate(
    input.financing_release_date,
    connection.request_date
      ? { date: connection.request_date, source: "request_date" }
      : { date: connection.connection_date, source: "connection_date" }
  )

  const baseSizing = sizeSolarSystem(
    {
      monthly_consumption_kwh: resolved.consumption,
      connection_type: connectionType,
      hsp: hsp.hsp,
      panel_wattage_w: input.panel_wattage ?? undefined,
    },
    assumptions
  )
  const ctx = {
    consumption: resolved.consumption,
    tariff: resolved.tariff,
    hsp: hsp.hsp,
    connectionType,
    firstMonth: connection.first_month,
    grandfathered,
    panelWattage: input.panel_wattage ?? undefined,
    fioBTariff: input.fio_b_tariff_kwh_brl,
    quotedCostPerKwp: input.total_investment_brl ? input.total_investment_brl / baseSizing.system_size_kwp : null,
  }
  const base = runEconomics(ctx, 1, assumptions)
  const { sizing, investment, cashFlow } = base

  const scenarios: SolarAlternativeScenario[] = assumptions.scenario_sizing_factors.map((factor) => {
    const run = factor === 1 ? base : runEconomics(ctx, factor, assumptions)
    return {
      label: `${Math.round(factor * 100)}%`,
      sizing_factor: factor,
      is_recommended: factor === 1,
      panel_count: run.sizing.panel_count,
      system_size_kwp: run.sizing.system_size_kwp,
      roof_area_needed_m2: run.sizing.roof_area_needed_m2,
      annual_generation_kwh: run.sizing.annual_generation_kwh,
      total_investment: run.investment.total_investment,
      annual_savings_brl: run.cashFlow.years[1].bill_savings_brl,
      payback_months: run.cashFlow.payback_months,
      payback_years: run.cashFlow.payback_years,
      npv_brl: run.cashFlow.npv_brl,
      irr_percentage: run.cashFlow.irr_percentage,
      roi_25_years_percentage: run.cashFlow.roi_25_years_percentage,
    }
  })

  const roof = roofQuality(input, sizing.roof_area_needed_m2, assumptions)
  const factors: ViabilityFactorScores = {
    irradiation_score: irradiationScore(hsp.hsp, assumptions),
    roof_quality_score: roof.score,
    economic_score: economicScore(cashFlow.npv_brl, investment.total_investment, assumptions),
    payback_score: paybackScore(cashFlow.payback_years, assumptions),
    consumption_profile_score: consumptionProfileScore(resolved.consumption, assumptions),
  }
  const score = viabilityScore(factors, assumptions)
  const recommendation = recommendationFor(score, cashFlow, assumptions)
  const isViable =
    recommendation !== "not_recommended" && cashFlow.npv_brl > 0 && cashFlow.payback_months !== null
  const financingSuggested =
    isViable && (cashFlow.payback_months ?? 0) > assumptions.financing_suggested_min_payback_months

  const financingOptions = buildFinancingOptions(
    investment.total_investment,
    cashFlow.net_cash_flows.slice(1),
    release.date,
    assumptions,
    monthsBeforeSavings(release.date, connection.first_month)
  )

  const counterfactual = grandfathered ? runEconomics({ ...ctx, grandfathered: false }, 1, assumptions).cashFlow : null

  const notes = [ASSUMPTION_NOTES.consumption, ASSUMPTION_NOTES.score_weights]
  if (cashFlow.months.some((m) => m.fio_b_share_basis === "after_schedule")) {
    notes.push(ASSUMPTION_NOTES.fio_b_share_after_schedule)
  }
  if (cashFlow.fio_b_tariff_source === "share_of_tariff" && cashFlow.total_fio_b_charges_brl > 0) {
    notes.push(ASSUMPTION_NOTES.fio_b_share_of_tariff)
  }
  notes.push(ASSUMPTION_NOTES.monthly_generation)
  if (connection.source === "request_date_plus_lead_days") {
    notes.push(ASSUMPTION_NOTES.connection_lead_days)
  }
  notes.push(
    ASSUMPTION_NOTES.equipment_cost_share,
    ASSUMPTION_NOTES.maintenance_cost_share_annual,
    ASSUMPTION_NOTES.maintenance_inflation_annual,
    ASSUMPTION_NOTES.financing_rate_monthly
  )

  const year1 = cashFlow.years[1]
  return {
    monthly_consumption_kwh: round(resolved.consumption, 2),
    monthly_bill_brl: round(resolved.bill, 2),
    tariff_kwh_brl: round(resolved.tariff, 6),
    utility_company: input.utility_company ?? null,
    state: hsp.state,
    city: input.city ?? null,

    system_size_kwp: sizing.system_size_kwp,
    panel_count: sizing.panel_count,
    panel_wattage: sizing.panel_wattage,
    roof_area_needed_m2: sizing.roof_area_needed_m2,
    annual_generation_kwh: sizing.annual_generation_kwh,

    ...investment,

    monthly_savings_brl: round(year1.bill_savings_brl / 12, 2),
    annual_savings_brl: year1.bill_savings_brl,
    payback_months: cashFlow.payback_months,
    payback_years: cashFlow.payback_years,
    roi_25_years_percentage: cashFlow.roi_25_years_percentage,
    total_savings_25_years: cashFlow.total_net_savings_brl,
    irr_percentage: cashFlow.irr_percentage,
    npv_brl: cashFlow.npv_brl,

    is_viable: isViable,
    viability_score: score,
    recommendation,
    ...factors,

    risks: buildRisks({
      hsp,
      assumptions,
      cashFlow,
      sizing,
      consumption: resolved.consumption,
      roofAreaAvailable: input.roof_area_m2 ?? null,
      roofSource: roof.source,
      grandfathered,
    }),
    opportunities: buildOpportunities({
      assumptions,
      tariff: resolved.tariff,
      cashFlow,
      grandfatheredCounterfactual: counterfactual,
      scenarios,
    }),

    tariff_inflation_annual: assumptions.tariff_inflation_annual,
    discount_rate: assumptions.discount_rate,
    maintenance_cost_annual: cashFlow.maintenance_cost_annual,
    inverter_replacement_cost: cashFlow.inverter_replacement_cost,
    degradation_rate_annual: assumptions.degradation_rate_annual,
    assumptions: {
      model_version: "solar-viability/2",
      inputs: { ...input },
      parameters: assumptions,
      derived: {
        tariff_source: resolved.tariffSource,
        consumption_source: resolved.consumptionSource,
        hsp,
        fio_b_tariff_kwh_brl: cashFlow.fio_b_tariff_kwh_brl,
        fio_b_tariff_source: cashFlow.fio_b_tariff_source,
        investment_source: input.total_investment_brl ? "provided" : "cost_per_wp",
        roof_quality_source: roof.source,
        minimum_bill_kwh: sizing.minimum_bill_kwh,
        energy_to_offset_kwh_month: round(sizing.energy_to_offset_kwh_month, 4),
        target_kwp: round(sizing.target_kwp, 4),
        financing_release_date: financingOptions.release_date,
        financing_release_date_source: release.source,
        billing: billingRecord(cashFlow, connection, assumptions),
      },
      notes,
    },

    alternative_scenarios: scenarios,
    financing_suggested: financingSuggested,
    financing_options: financingOptions,
    next_steps: buildNextSteps(recommendation, financingSuggested, roof.source, assumptions),

    cash_flow: cashFlow.years,
  }
}
