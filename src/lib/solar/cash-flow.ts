import { ConnectionType, DEFAULT_SOLAR_ASSUMPTIONS, SolarAssumptions } from "./assumptions"
import {
  addMonths,
  billingRegimeFor,
  BillingMonth,
  BillingRegime,
  billMonth,
  CalendarMonth,
  CreditLot,
  formatMonth,
} from "./billing"
import { SolarCalculationError, SolarInputError, SolarInputErrorCode } from "./errors"
import { internalRateOfReturn, netPresentValue } from "./irr"
import { FioBShare } from "./lei14300"
import { assertPositive, generationInYearKwh, minimumBillKwh, round } from "./sizing"

/**
 * The 25-year viability cash flow (domain reference sections 3-4), computed month by month
 * from the first billing month (the expected grid connection) so that each month gets the
 * Fio B share of its own calendar year and the credit bank carries surplus between months.
 * An operating year is 12 billing months from the connection; its figures are the sums of its
 * months. Bills are rounded to cents per month, yearly sums to cents, and every summary (NPV,
 * IRR, payback, ROI) is computed from the yearly rows, so the stored rows reproduce the
 * stored summaries exactly.
 *
 * Generation is flat over the months of a year (the year's generation / 12): the analysis has
 * a yearly HSP, not a monthly irradiance profile.
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
  /** First billing month: the month of the expected grid connection. */
  first_month?: CalendarMonth | null
  /** Without `first_month`: operation starts in January of this calendar year. */
  start_year?: number | null
  grandfathered?: boolean
  /** Year-1 Fio B tariff, R$/kWh; defaults to fio_b_share_of_tariff x tariff. */
  fio_b_tariff_kwh_brl?: number | null
}

/** One billing month of the analysis (not stored: reproducible from the assumptions). */
export interface SolarCashFlowMonth extends BillingMonth {
  /** YYYY-MM */
  date: string
  calendar_year: number
  /** Operating year (1-based) the month belongs to. */
  year: number
  fio_b_share_basis: FioBShare["basis"]
}

export interface SolarFioBShareInYear {
  calendar_year: number
  share: number
  basis: FioBShare["basis"]
  /** Billing months of the operating year in this calendar year. */
  months: number
}

export interface SolarCashFlowYear {
  year: number
  /** Calendar year of the year's first billing month (year 0: the month before). */
  calendar_year: number
  /** First billing month, YYYY-MM (year 0: the month before the connection). */
  first_month: string
  billing_regime: BillingRegime | "gd1_to_gd2" | null
  generation_kwh: number
  self_consumed_kwh: number
  compensated_kwh: number
  /** Compensated from the bank (earlier months' surplus). */
  credits_used_kwh: number
  /** Surplus added to the bank. */
  credits_banked_kwh: number
  /** Credits that expired unused (60 months after the month they were generated in). */
  credits_expired_kwh: number
  /** Bank balance at the end of the year. */
  credit_bank_kwh: number
  /** Months in which the minimum decided the bill. */
  months_at_minimum: number
  tariff_kwh_brl: number
  /** Share of the year's first billing month; `fio_b_shares` has each calendar year's. */
  fio_b_share: number
  fio_b_share_basis: FioBShare["basis"] | null
  fio_b_shares: SolarFioBShareInYear[]
  bill_without_solar_brl: number
  bill_with_solar_brl: number
  /** Bill without solar - bill with solar had Fio B been zero. */
  gross_savings_brl: number
  /** What Fio B adds to the bills beyond the minimum floor. */
  fio_b_charge_brl: number
  /** gross savings - Fio B: what the bills go down by. */
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
  /** Every billing month, month 1 first. */
  months: SolarCashFlowMonth[]
  /** First billing month, YYYY-MM. */
  first_month: string
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
  total_generation_kwh: number
  total_credits_expired_kwh: number
  /** Credits still banked when the horizon ends (neither used nor expired yet). */
  credit_bank_end_kwh: number
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

function resolveFirstMonth(input: SolarCashFlowInput): CalendarMonth {
  if (input.first_month !== undefined && input.first_month !== null) {
    const { year, month } = input.first_month
    assertStartYear(year)
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      throw new SolarInputError(
        SolarInputErrorCode.INVALID_CONNECTION_DATE,
        `The first billing month must be 1-12, got ${String(month)}`
      )
    }
    return { year, month }
  }
  assertStartYear(input.start_year)
  return { year: input.start_year, month: 1 }
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
  const firstMonth = resolveFirstMonth(input)
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

  const minimumKwh = minimumBillKwh(input.connection_type, assumptions)
  const maintenance1 = input.total_investment * assumptions.maintenance_cost_share_annual
  const inverterCost = round(input.equipment_cost * assumptions.inverter_replacement_share_of_equipment, 2)
  const grandfathered = input.grandfathered ?? false

  const investment = round(input.total_investment, 2)
  const before = addMonths(firstMonth, -1)
  const years: SolarCashFlowYear[] = [
    {
      year: 0,
      calendar_year: before.year,
      first_month: formatMonth(before),
      billing_regime: null,
      generation_kwh: 0,
      self_consumed_kwh: 0,
      compensated_kwh: 0,
      credits_used_kwh: 0,
      credits_banked_kwh: 0,
      credits_expired_kwh: 0,
      credit_bank_kwh: 0,
      months_at_minimum: 0,
      tariff_kwh_brl: 0,
      fio_b_share: 0,
      fio_b_share_basis: null,
      fio_b_shares: [],
      bill_without_solar_brl: 0,
      bill_with_solar_brl: 0,
      gross_savings_brl: 0,
      fio_b_charge_brl: 0,
      bill_savings_brl: 0,
      maintenance_brl: 0,
      inverter_replacement_brl: 0,
      net_cash_flow_brl: -investment,
      cumulative_cash_flow_brl: -investment,
    },
  ]

  const months: SolarCashFlowMonth[] = []
  const bank: CreditLot[] = []
  let cumulative = -investment
  for (let year = 1; year <= assumptions.analysis_years; year++) {
    // Tariffs are readjusted once a year; consumption is held constant: growth (an EV, air
    // conditioning) is a reason to resize, not something to bank savings on.
    const growth = (1 + assumptions.tariff_inflation_annual) ** (year - 1)
    const tariff = input.tariff_kwh_brl * growth
    const fioBTariff = fioBTariff1 * growth
    const monthlyGeneration = generationInYearKwh(year, input.system_size_kwp, input.hsp, assumptions) / 12
    const yearMonths: SolarCashFlowMonth[] = []
    for (let k = 0; k < 12; k++) {
      const index = (year - 1) * 12 + k + 1
      const date = addMonths(firstMonth, index - 1)
      const { regime, share } = billingRegimeFor(date.year, grandfathered, assumptions)
      const billed = billMonth(
        {
          month: index,
          consumption_kwh: input.monthly_consumption_kwh,
          generation_kwh: monthlyGeneration,
          minimum_kwh: minimumKwh,
          tariff_kwh_brl: tariff,
          fio_b_tariff_kwh_brl: fioBTariff,
          fio_b_share: share.share,
          regime,
          simultaneity_factor: assumptions.simultaneity_factor,
          credit_expiry_months: assumptions.credit_expiry_months,
        },
        bank
      )
      yearMonths.push({
        ...billed,
        date: formatMonth(date),
        calendar_year: date.year,
        year,
        fio_b_share_basis: share.basis,
      })
    }
    months.push(...yearMonths)

    const total = (pick: (m: SolarCashFlowMonth) => number, decimals: number) =>
      round(
        yearMonths.reduce((s, m) => s + pick(m), 0),
        decimals
      )
    const shares: SolarFioBShareInYear[] = []
    for (const m of yearMonths) {
      const last = shares[shares.length - 1]
      if (last && last.calendar_year === m.calendar_year) {
        last.months += 1
      } else {
        shares.push({ calendar_year: m.calendar_year, share: m.fio_b_share, basis: m.fio_b_share_basis, months: 1 })
      }
    }
    const regimes = new Set(yearMonths.map((m) => m.regime))
    const gross = total((m) => m.gross_savings_brl, 2)
    const fioB = total((m) => m.fio_b_charge_brl, 2)
    const billSavings = total((m) => m.bill_savings_brl, 2)
    const maintenance = round(maintenance1 * (1 + assumptions.maintenance_inflation_annual) ** (year - 1), 2)
    const inverter = year === assumptions.inverter_replacement_year ? inverterCost : 0
    const net = round(billSavings - maintenance - inverter, 2)
    cumulative = round(cumulative + net, 2)
    const first = yearMonths[0]
    const last = yearMonths[yearMonths.length - 1]

    years.push({
      year,
      calendar_year: first.calendar_year,
      first_month: first.date,
      billing_regime: regimes.size === 1 ? first.regime : "gd1_to_gd2",
      generation_kwh: total((m) => m.generation_kwh, 2),
      self_consumed_kwh: total((m) => m.self_consumed_kwh, 2),
      compensated_kwh: total((m) => m.compensated_kwh, 2),
      credits_used_kwh: total((m) => m.credits_used_kwh, 2),
      credits_banked_kwh: total((m) => m.credits_banked_kwh, 2),
      credits_expired_kwh: total((m) => m.credits_expired_kwh, 2),
      credit_bank_kwh: round(last.credit_bank_kwh, 2),
      months_at_minimum: yearMonths.filter((m) => m.minimum_binds).length,
      tariff_kwh_brl: round(tariff, 6),
      fio_b_share: first.fio_b_share,
      fio_b_share_basis: first.fio_b_share_basis,
      fio_b_shares: shares,
      bill_without_solar_brl: total((m) => m.bill_without_solar_brl, 2),
      bill_with_solar_brl: total((m) => m.bill_with_solar_brl, 2),
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
    months,
    first_month: formatMonth(firstMonth),
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
    total_generation_kwh: sum((r) => r.generation_kwh),
    total_credits_expired_kwh: sum((r) => r.credits_expired_kwh),
    credit_bank_end_kwh: operating.length > 0 ? operating[operating.length - 1].credit_bank_kwh : 0,
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
