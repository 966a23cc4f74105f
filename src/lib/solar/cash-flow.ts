import { ConnectionType, DEFAULT_SOLAR_ASSUMPTIONS, SolarAssumptions } from "./assumptions"
import { SolarCalculationError, SolarInputError, SolarInputErrorCode } from "./errors"
import { internalRateOfReturn, netPresentValue } from "./irr"
import { energyBalance, fioBShareDetail, FioBShare } from "./lei14300"
import { assertPositive, generationInYearKwh, minimumBillKwh, round } from "./sizing"

/**
 * The 25-year viability cash flow (domain reference section 4). Money is rounded to cents
 * per year and every summary (NPV, IRR, payback, ROI) is computed from the rounded rows, so
 * the stored rows reproduce the stored summaries exactly.
 */

export interface SolarCashFlowInput {
  system_size_kwp: number
  hsp: number
  monthly_consumption_kwh: number
  connection_type: ConnectionType
  /** All-in tariff in year 1, R$/kWh. */
  tariff_kwh_brl: number
  total_investment: number
  equipment_cost: number
  /** Calendar year of operating year 1: picks the Lei 14.300 Fio B share per year. */
  start_year: number
  grandfathered?: boolean
  /** Year-1 Fio B tariff, R$/kWh; defaults to fio_b_share_of_tariff x tariff. */
  fio_b_tariff_kwh_brl?: number | null
}

export interface SolarCashFlowYear {
  year: number
  calendar_year: number
  generation_kwh: number
  self_consumed_kwh: number
  compensated_kwh: number
  excess_kwh: number
  tariff_kwh_brl: number
  fio_b_share: number
  fio_b_share_basis: FioBShare["basis"] | null
  /** Avoided energy purchases: offset kWh x tariff. */
  gross_savings_brl: number
  /** Fio B charged on compensated kWh. */
  fio_b_charge_brl: number
  /** gross savings - Fio B: what the bill goes down by. */
  bill_savings_brl: number
  maintenance_brl: number
  inverter_replacement_brl: number
  /** Year 0: -investment; later: bill savings - maintenance - inverter replacement. */
  net_cash_flow_brl: number
  cumulative_cash_flow_brl: number
}

export interface SolarPayback {
  /** First whole month in which cumulative savings reach the investment. */
  payback_months: number
  /** Interpolated within the year, 2 decimals. */
  payback_years: number
}

export interface SolarCashFlowResult {
  years: SolarCashFlowYear[]
  /** net_cash_flow_brl of each row, year 0 first. */
  net_cash_flows: number[]
  payback_months: number | null
  payback_years: number | null
  npv_brl: number
  /** Fraction; null when the flows have no IRR (never positive, say). */
  irr: number | null
  irr_percentage: number | null
  /** (sum of net savings - investment) / investment, fraction. */
  roi_25_years: number
  roi_25_years_percentage: number
  /** Sum of net cash flows, years 1..N. */
  total_net_savings_brl: number
  total_gross_savings_brl: number
  total_fio_b_charges_brl: number
  total_maintenance_brl: number
  total_excess_kwh: number
  /** Year-1 maintenance cost, R$ (the record's maintenance_cost_annual). */
  maintenance_cost_annual: number
  /** The one-off inverter replacement, R$ (the record's inverter_replacement_cost). */
  inverter_replacement_cost: number
  fio_b_tariff_kwh_brl: number
  fio_b_tariff_source: "provided" | "share_of_tariff"
}

/**
 * Simple payback from yearly flows (flows[0] = -investment): the first month in which the
 * cumulative sum reaches zero, assuming each year's flow accrues evenly over its months.
 */
export function paybackFromCashFlows(cashFlows: readonly number[]): SolarPayback | null {
  let cumulative = cashFlows[0] ?? 0
  if (cumulative >= 0) {
    return { payback_months: 0, payback_years: 0 }
  }
  for (let year = 1; year < cashFlows.length; year++) {
    const flow = cashFlows[year]
    const next = cumulative + flow
    if (next >= 0 && flow > 0) {
      const years = year - 1 + -cumulative / flow
      // Rounded before ceil so 36.0000000001 months (float noise) is month 36, not 37.
      return { payback_months: Math.ceil(round(years * 12, 6)), payback_years: round(years, 2) }
    }
    cumulative = next
  }
  return null
}

/** IRR of yearly flows, or null when they have none (never positive, say). */
export function irrOrNull(flows: readonly number[]): number | null {
  try {
    return internalRateOfReturn(flows)
  } catch (error) {
    // No IRR is a legitimate outcome (a system that never pays back); anything else is a bug.
    if (error instanceof SolarCalculationError) {
      return null
    }
    throw error
  }
}

export function buildSolarCashFlow(
  input: SolarCashFlowInput,
  assumptions: SolarAssumptions = DEFAULT_SOLAR_ASSUMPTIONS
): SolarCashFlowResult {
  assertPositive(input.system_size_kwp, SolarInputErrorCode.INVALID_SYSTEM_SIZE, "System size (kWp)")
  assertPositive(input.hsp, SolarInputErrorCode.INVALID_HSP, "HSP")
  assertPositive(input.monthly_consumption_kwh, SolarInputErrorCode.INVALID_CONSUMPTION, "Monthly consumption")
  assertPositive(input.tariff_kwh_brl, SolarInputErrorCode.INVALID_TARIFF, "Tariff (R$/kWh)")
  assertPositive(input.total_investment, SolarInputErrorCode.INVALID_INVESTMENT, "Total investment")
  if (!Number.isFinite(input.equipment_cost) || input.equipment_cost < 0) {
    throw new SolarInputError(
      SolarInputErrorCode.INVALID_INVESTMENT,
      `Equipment cost must be a finite number >= 0, got ${input.equipment_cost}`
    )
  }
  assertStartYear(input.start_year)
  const fioBProvided = input.fio_b_tariff_kwh_brl !== undefined && input.fio_b_tariff_kwh_brl !== null
  if (fioBProvided) {
    const value = input.fio_b_tariff_kwh_brl as number
    if (!Number.isFinite(value) || value < 0 || value > input.tariff_kwh_brl) {
      throw new SolarInputError(
        SolarInputErrorCode.INVALID_TARIFF,
        `The Fio B tariff must be between 0 and the tariff (${input.tariff_kwh_brl}), got ${value}`
      )
    }
  }
  const fioBTariff1 = fioBProvided
    ? (input.fio_b_tariff_kwh_brl as number)
    : input.tariff_kwh_brl * assumptions.fio_b_share_of_tariff

  const annualConsumption = input.monthly_consumption_kwh * 12
  const annualMinimum = minimumBillKwh(input.connection_type, assumptions) * 12
  const maintenance1 = input.total_investment * assumptions.maintenance_cost_share_annual
  const inverterCost = round(input.equipment_cost * assumptions.inverter_replacement_share_of_equipment, 2)

  const investment = round(input.total_investment, 2)
  const years: SolarCashFlowYear[] = [
    {
      year: 0,
      calendar_year: input.start_year - 1,
      generation_kwh: 0,
      self_consumed_kwh: 0,
      compensated_kwh: 0,
      excess_kwh: 0,
      tariff_kwh_brl: 0,
      fio_b_share: 0,
      fio_b_share_basis: null,
      gross_savings_brl: 0,
      fio_b_charge_brl: 0,
      bill_savings_brl: 0,
      maintenance_brl: 0,
      inverter_replacement_brl: 0,
      net_cash_flow_brl: -investment,
      cumulative_cash_flow_brl: -investment,
    },
  ]

  let cumulative = -investment
  for (let year = 1; year <= assumptions.analysis_years; year++) {
    const calendarYear = input.start_year + year - 1
    const growth = (1 + assumptions.tariff_inflation_annual) ** (year - 1)
    const tariff = input.tariff_kwh_brl * growth
    const fioBTariff = fioBTariff1 * growth
    const generation = generationInYearKwh(year, input.system_size_kwp, input.hsp, assumptions)
    // Consumption is held constant: growth (an EV, air conditioning) is a reason to resize,
    // not something to bank savings on.
    const balance = energyBalance(generation, annualConsumption, annualMinimum, assumptions)
    const share = fioBShareDetail(calendarYear, input.grandfathered ?? false, assumptions)

    const gross = round(balance.offset_kwh * tariff, 2)
    const fioB = round(balance.compensated_kwh * fioBTariff * share.share, 2)
    const maintenance = round(maintenance1 * (1 + assumptions.maintenance_inflation_annual) ** (year - 1), 2)
    const inverter = year === assumptions.inverter_replacement_year ? inverterCost : 0
    const billSavings = round(gross - fioB, 2)
    const net = round(billSavings - maintenance - inverter, 2)
    cumulative = round(cumulative + net, 2)

    years.push({
      year,
      calendar_year: calendarYear,
      generation_kwh: round(generation, 2),
      self_consumed_kwh: round(balance.self_consumed_kwh, 2),
      compensated_kwh: round(balance.compensated_kwh, 2),
      excess_kwh: round(balance.excess_kwh, 2),
      tariff_kwh_brl: round(tariff, 6),
      fio_b_share: share.share,
      fio_b_share_basis: share.basis,
      gross_savings_brl: gross,
      fio_b_charge_brl: fioB,
      bill_savings_brl: billSavings,
      maintenance_brl: maintenance,
      inverter_replacement_brl: inverter,
      net_cash_flow_brl: net,
      cumulative_cash_flow_brl: cumulative,
    })
  }

  const flows = years.map((row) => row.net_cash_flow_brl)
  const operating = years.slice(1)
  const sum = (pick: (row: SolarCashFlowYear) => number) => round(operating.reduce((s, r) => s + pick(r), 0), 2)
  const totalNet = sum((r) => r.net_cash_flow_brl)
  const payback = paybackFromCashFlows(flows)
  const irr = irrOrNull(flows)
  const roi = (totalNet - investment) / investment

  return {
    years,
    net_cash_flows: flows,
    payback_months: payback?.payback_months ?? null,
    payback_years: payback?.payback_years ?? null,
    npv_brl: round(netPresentValue(flows, assumptions.discount_rate), 2),
    irr,
    irr_percentage: irr === null ? null : round(irr * 100, 2),
    roi_25_years: roi,
    roi_25_years_percentage: round(roi * 100, 2),
    total_net_savings_brl: totalNet,
    total_gross_savings_brl: sum((r) => r.gross_savings_brl),
    total_fio_b_charges_brl: sum((r) => r.fio_b_charge_brl),
    total_maintenance_brl: sum((r) => r.maintenance_brl),
    total_excess_kwh: sum((r) => r.excess_kwh),
    maintenance_cost_annual: round(maintenance1, 2),
    inverter_replacement_cost:
      assumptions.inverter_replacement_year >= 1 && assumptions.inverter_replacement_year <= assumptions.analysis_years
        ? inverterCost
        : 0,
    fio_b_tariff_kwh_brl: round(fioBTariff1, 6),
    fio_b_tariff_source: fioBProvided ? "provided" : "share_of_tariff",
  }
}

export function assertStartYear(value: unknown): asserts value is number {
  // Lei 14.300 dates from 2022; a year outside this window is a typo, not a forecast.
  if (typeof value !== "number" || !Number.isInteger(value) || value < 2000 || value > 2100) {
    throw new SolarInputError(
      SolarInputErrorCode.INVALID_START_YEAR,
      `Start year must be an integer calendar year between 2000 and 2100, got ${String(value)}`
    )
  }
}
