import {
  CONNECTION_TYPES,
  ConnectionType,
  DEFAULT_SOLAR_ASSUMPTIONS,
  SolarAssumptions,
} from "./assumptions"
import { SolarInputError, SolarInputErrorCode } from "./errors"

/** Photovoltaic sizing and yield (domain reference section 2). */

const CONNECTION_LABELS: Readonly<Record<ConnectionType, string>> = {
  mono: "single-phase",
  bi: "two-phase (3 wires)",
  bi_2_wires: "two-phase (2 wires)",
  tri: "three-phase",
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round((value + Math.sign(value) * Number.EPSILON) * factor) / factor
}

export function normalizeConnectionType(value: unknown): ConnectionType {
  if (
    // Stryker disable next-line ConditionalExpression: equivalent, includes() finds no non-string among the string types anyway
    typeof value === "string" &&
    (CONNECTION_TYPES as readonly string[]).includes(value)
  ) {
    return value as ConnectionType
  }
  throw new SolarInputError(
    SolarInputErrorCode.INVALID_CONNECTION_TYPE,
    `Connection type must be one of ${CONNECTION_TYPES.join(", ")}, got ${JSON.stringify(value)}`
  )
}

/** kWh/month billed even when credits cover everything (custo de disponibilidade). */
export function minimumBillKwh(
  connectionType: ConnectionType,
  assumptions: Pick<SolarAssumptions, "minimum_bill_kwh"> = DEFAULT_SOLAR_ASSUMPTIONS
): number {
  return assumptions.minimum_bill_kwh[normalizeConnectionType(connectionType)]
}

export function assertPositive(
  value: unknown,
  code: SolarInputErrorCode,
  label: string
): asserts value is number {
  if (
    // Stryker disable next-line ConditionalExpression: equivalent, Number.isFinite refuses every non-number itself (it does not coerce)
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value <= 0
  ) {
    throw new SolarInputError(code, `${label} must be a finite number > 0, got ${String(value)}`)
  }
}

/**
 * Energy a system should produce (domain reference section 2): consumption minus the minimum
 * bill. Under GD I credits cannot take the billed energy below the minimum, so generating that
 * part would earn nothing. Under GD II it could still be compensated while the bill is above
 * its floor, so this target is conservative there; savings follow each regime's rule
 * (billing.ts), whatever the size.
 */
export function energyToOffsetKwhMonth(
  monthlyConsumptionKwh: number,
  connectionType: ConnectionType,
  assumptions: Pick<SolarAssumptions, "minimum_bill_kwh"> = DEFAULT_SOLAR_ASSUMPTIONS
): number {
  assertPositive(monthlyConsumptionKwh, SolarInputErrorCode.INVALID_CONSUMPTION, "Monthly consumption")
  const minimum = minimumBillKwh(connectionType, assumptions)
  const offset = monthlyConsumptionKwh - minimum
  if (offset <= 0) {
    throw new SolarInputError(
      SolarInputErrorCode.CONSUMPTION_BELOW_MINIMUM_BILL,
      `Consumption of ${monthlyConsumptionKwh} kWh/month does not exceed the ${minimum} kWh minimum bill ` +
        `of a ${CONNECTION_LABELS[connectionType]} connection: there is nothing to offset`
    )
  }
  return offset
}

/** kWp = E_month / (HSP x 30 x PR). */
export function requiredKwp(
  energyKwhMonth: number,
  hsp: number,
  assumptions: Pick<SolarAssumptions, "performance_ratio" | "days_per_month"> = DEFAULT_SOLAR_ASSUMPTIONS
): number {
  assertPositive(energyKwhMonth, SolarInputErrorCode.INVALID_CONSUMPTION, "Energy to offset")
  assertPositive(hsp, SolarInputErrorCode.INVALID_HSP, "HSP")
  return energyKwhMonth / (hsp * assumptions.days_per_month * assumptions.performance_ratio)
}

export function panelCount(kwp: number, panelWattageW: number): number {
  assertPositive(kwp, SolarInputErrorCode.INVALID_SYSTEM_SIZE, "System size (kWp)")
  assertPositive(panelWattageW, SolarInputErrorCode.INVALID_PANEL_WATTAGE, "Panel wattage")
  // Rounded first so 3.3 kWp / 550 W (= 5.999999...) is 6 panels, not 7.
  return Math.ceil(round((kwp * 1000) / panelWattageW, 9))
}

/** Year-1 AC generation, kWh: kWp x HSP x 365 x PR. */
export function annualGenerationKwh(
  kwp: number,
  hsp: number,
  assumptions: Pick<SolarAssumptions, "performance_ratio" | "days_per_year"> = DEFAULT_SOLAR_ASSUMPTIONS
): number {
  return kwp * hsp * assumptions.days_per_year * assumptions.performance_ratio
}

/** Generation in operating year `year` (1-based) after compounded module degradation. */
export function generationInYearKwh(
  year: number,
  kwp: number,
  hsp: number,
  assumptions: Pick<
    SolarAssumptions,
    "performance_ratio" | "days_per_year" | "degradation_rate_annual"
  > = DEFAULT_SOLAR_ASSUMPTIONS
): number {
  if (!Number.isInteger(year) || year < 1) {
    throw new SolarInputError(SolarInputErrorCode.INVALID_ASSUMPTION, `Year must be an integer >= 1, got ${year}`)
  }
  return annualGenerationKwh(kwp, hsp, assumptions) * (1 - assumptions.degradation_rate_annual) ** (year - 1)
}

export interface SolarSizingInput {
  monthly_consumption_kwh: number
  connection_type: ConnectionType
  hsp: number
  panel_wattage_w?: number
  /** Multiplies the target kWp (alternative scenarios: 0.8, 1.2...). Default 1. */
  sizing_factor?: number
}

export interface SolarSizing {
  minimum_bill_kwh: number
  energy_to_offset_kwh_month: number
  /** kWp the formula asks for (times the sizing factor), before rounding up to panels. */
  target_kwp: number
  panel_wattage: number
  panel_count: number
  /** Installed kWp: panel_count x wattage / 1000. */
  system_size_kwp: number
  roof_area_needed_m2: number
  /** Year-1 generation of the installed kWp. */
  annual_generation_kwh: number
  monthly_generation_kwh: number
  sizing_factor: number
}

export function sizeSolarSystem(
  input: SolarSizingInput,
  assumptions: SolarAssumptions = DEFAULT_SOLAR_ASSUMPTIONS
): SolarSizing {
  const connectionType = normalizeConnectionType(input.connection_type)
  const wattage = input.panel_wattage_w ?? assumptions.panel_wattage_w
  // 1 kW is far above any module sold; larger values are a unit mistake (W vs kW reversed).
  assertPositive(wattage, SolarInputErrorCode.INVALID_PANEL_WATTAGE, "Panel wattage (W)")
  if (wattage > 1000) {
    throw new SolarInputError(
      SolarInputErrorCode.INVALID_PANEL_WATTAGE,
      `Panel wattage must be at most 1000 W, got ${wattage}`
    )
  }
  const factor = input.sizing_factor ?? 1
  assertPositive(factor, SolarInputErrorCode.INVALID_SYSTEM_SIZE, "Sizing factor")
  const offset = energyToOffsetKwhMonth(input.monthly_consumption_kwh, connectionType, assumptions)
  const target = requiredKwp(offset, input.hsp, assumptions) * factor
  const count = panelCount(target, wattage)
  const kwp = round((count * wattage) / 1000, 6)
  const annual = annualGenerationKwh(kwp, input.hsp, assumptions)
  return {
    minimum_bill_kwh: assumptions.minimum_bill_kwh[connectionType],
    energy_to_offset_kwh_month: offset,
    target_kwp: target,
    panel_wattage: wattage,
    panel_count: count,
    system_size_kwp: kwp,
    roof_area_needed_m2: round(assumptions.panel_area_m2 * count * assumptions.roof_spacing_factor, 2),
    annual_generation_kwh: round(annual, 2),
    monthly_generation_kwh: round(annual / 12, 2),
    sizing_factor: factor,
  }
}

export interface SolarInvestment {
  equipment_cost: number
  installation_cost: number
  project_cost: number
  total_investment: number
  cost_per_kwp: number
}

/**
 * Investment for an installed kWp at the assumed R$/Wp, or split from a real quote's total
 * (`totalInvestmentBrl`) when the caller has one, so the inverter replacement still gets an
 * equipment cost to work from.
 */
export function estimateInvestment(
  systemSizeKwp: number,
  assumptions: SolarAssumptions = DEFAULT_SOLAR_ASSUMPTIONS,
  totalInvestmentBrl?: number | null
): SolarInvestment {
  assertPositive(systemSizeKwp, SolarInputErrorCode.INVALID_SYSTEM_SIZE, "System size (kWp)")
  if (totalInvestmentBrl !== undefined && totalInvestmentBrl !== null) {
    assertPositive(totalInvestmentBrl, SolarInputErrorCode.INVALID_INVESTMENT, "Total investment")
  }
  const total = round(totalInvestmentBrl ?? systemSizeKwp * 1000 * assumptions.cost_per_wp_brl, 2)
  const equipment = round(total * assumptions.equipment_cost_share, 2)
  const installation = round(total * assumptions.installation_cost_share, 2)
  // The project cost absorbs the rounding residue so the three parts add up to the total.
  const project = round(total - equipment - installation, 2)
  return {
    equipment_cost: equipment,
    installation_cost: installation,
    project_cost: project,
    total_investment: total,
    cost_per_kwp: round(total / systemSizeKwp, 2),
  }
}
