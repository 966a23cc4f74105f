import { DEFAULT_SOLAR_ASSUMPTIONS, SolarAssumptions } from "./assumptions"
import { SolarInputError, SolarInputErrorCode } from "./errors"
import { FioBShare, fioBShareDetail } from "./lei14300"
import { round } from "./sizing"

/**
 * One billing month of a consumer unit with distributed generation, under Lei 14.300/2022
 * (domain reference section 3), and the credit bank that carries surplus between months.
 *
 * Two regimes:
 *
 * - GD I (grandfathered, Lei 14.300 art. 26: connected before 2022-01-07 or requested by
 *   2023-01-07; until 2045-12-31): full net metering, and compensation cannot take the billed
 *   energy below the minimum:
 *       billed kWh = max(grid draw - credits used, minimum kWh), at the full tariff.
 *   Credits not usable that month stay in the bank.
 *
 * - GD II (every other system, and GD I units from 2046): the minimum is a floor on the whole
 *   bill, not an amount added to it (Lei 14.300 art. 16; REN ANEEL 1.000/2021 art. 655-I as
 *   amended by REN ANEEL 1.059/2023):
 *       bill = max(minimum kWh x tariff,
 *                  uncompensated kWh x tariff + compensated kWh x Fio B share x TUSD Fio B)
 *   so credits may cover the consumption down to zero and the Fio B charge counts toward the
 *   minimum.
 *
 * Energy flow in a month: a share of generation (`simultaneity_factor`) is used at the moment
 * it is produced and never crosses the meter; the rest is injected. The grid draw is
 * compensated first by the same month's injection, then by banked credits, oldest first
 * (domain reference section 3), so the credits nearest to expiry are used first. Injection left over
 * becomes a new lot in the bank. A lot generated in month m can be used in months
 * m+1 .. m+credit_expiry_months; what is left of it expires at the end of that last month.
 *
 * Without solar the unit pays max(consumption, minimum kWh) x tariff: the minimum bill is
 * charged whatever the consumption.
 */

export type BillingRegime = "gd1" | "gd2"

/** The rule of each regime, as stored in an analysis's assumptions (reproducibility). */
export const BILLING_RULES: Readonly<Record<BillingRegime, string>> = Object.freeze({
  gd1: "GD I (Lei 14.300 art. 26, until 2045-12-31): billed kWh = max(grid draw - credits used, minimum kWh) at the full tariff; credits not usable stay banked.",
  gd2: "GD II (Lei 14.300 art. 16; REN ANEEL 1.000/2021 art. 655-I as amended by REN ANEEL 1.059/2023): bill = max(minimum kWh x tariff, uncompensated kWh x tariff + compensated kWh x Fio B share x TUSD Fio B).",
})

/** A lot of credits in the bank: kWh generated (and not used) in billing month `month`. */
export interface CreditLot {
  /** 1-based index of the billing month the surplus was generated in. */
  month: number
  kwh: number
}

export interface BillingMonthInput {
  /** 1-based index of this billing month (lots are aged against it). */
  month: number
  consumption_kwh: number
  generation_kwh: number
  minimum_kwh: number
  tariff_kwh_brl: number
  /** TUSD Fio B of this month, R$/kWh. */
  fio_b_tariff_kwh_brl: number
  /** Share of the Fio B charged on compensated energy this month (0 under GD I). */
  fio_b_share: number
  regime: BillingRegime
  simultaneity_factor: number
  credit_expiry_months: number
}

export interface BillingMonth {
  month: number
  regime: BillingRegime
  consumption_kwh: number
  generation_kwh: number
  minimum_kwh: number
  self_consumed_kwh: number
  injected_kwh: number
  /** Consumption that crosses the meter: consumption - self-consumed. */
  grid_draw_kwh: number
  /** Grid draw covered by credits (this month's injection plus banked ones). */
  compensated_kwh: number
  /** Part of compensated_kwh taken from the bank (earlier months' surplus). */
  credits_used_kwh: number
  /** This month's injection left after compensation, added to the bank. */
  credits_banked_kwh: number
  /** Credits that reached the end of their life unused this month. */
  credits_expired_kwh: number
  /** Bank balance after this month. */
  credit_bank_kwh: number
  /** Grid draw not compensated, billed at the full tariff. */
  uncompensated_kwh: number
  /** GD I: max(uncompensated, minimum); GD II: uncompensated (the floor is in R$). */
  billed_kwh: number
  /** True when the minimum decided the bill (GD I: billed = minimum; GD II: the R$ floor). */
  minimum_binds: boolean
  tariff_kwh_brl: number
  fio_b_share: number
  bill_without_solar_brl: number
  /** compensated x Fio B share x TUSD Fio B, as itemised (may sit inside the minimum). */
  fio_b_component_brl: number
  /** What Fio B adds to the bill beyond the minimum floor: bill - bill with no Fio B. */
  fio_b_charge_brl: number
  bill_with_solar_brl: number
  /** bill without solar - bill with solar, before Fio B: gross = bill_savings + fio_b_charge. */
  gross_savings_brl: number
  bill_savings_brl: number
}

function assertFiniteNonNegative(value: number, label: string) {
  if (!Number.isFinite(value) || value < 0) {
    throw new SolarInputError(SolarInputErrorCode.INVALID_ASSUMPTION, `${label} must be a finite number >= 0, got ${value}`)
  }
}

/**
 * Bills one month and updates `bank` in place (lots oldest first). Energy is kept unrounded
 * (it carries over between months); money is rounded to cents, as on a real bill.
 */
export function billMonth(input: BillingMonthInput, bank: CreditLot[]): BillingMonth {
  assertFiniteNonNegative(input.consumption_kwh, "Consumption")
  assertFiniteNonNegative(input.generation_kwh, "Generation")
  assertFiniteNonNegative(input.minimum_kwh, "Minimum bill")
  const tariff = input.tariff_kwh_brl
  const selfConsumed = Math.min(input.generation_kwh * input.simultaneity_factor, input.consumption_kwh)
  const injected = input.generation_kwh - selfConsumed
  const gridDraw = input.consumption_kwh - selfConsumed

  // GD I may not compensate below the minimum; GD II may compensate the whole draw.
  const compensable = input.regime === "gd1" ? Math.max(0, gridDraw - input.minimum_kwh) : gridDraw
  const fromInjection = Math.min(injected, compensable)
  let wanted = compensable - fromInjection
  let fromBank = 0
  for (const lot of bank) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, wanted is never negative and a lot asked for 0 kWh gives 0 (the break only saves the loop)
    if (wanted <= 0) {
      break
    }
    const take = Math.min(lot.kwh, wanted)
    lot.kwh -= take
    wanted -= take
    fromBank += take
  }
  const compensated = fromInjection + fromBank
  const surplus = injected - fromInjection
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, surplus is never negative and an empty lot pushed here is dropped below (it cannot expire in its own month)
  if (surplus > 0) {
    bank.push({ month: input.month, kwh: surplus })
  }
  // Lots whose last usable month is this one expire now; empty lots are dropped.
  let expired = 0
  for (let i = bank.length - 1; i >= 0; i--) {
    const lot = bank[i]
    if (lot.month + input.credit_expiry_months <= input.month) {
      expired += lot.kwh
      bank.splice(i, 1)
    } else if (lot.kwh <= 1e-9) {
      bank.splice(i, 1)
    }
  }
  const uncompensated = gridDraw - compensated

  const without = round(Math.max(input.consumption_kwh, input.minimum_kwh) * tariff, 2)
  const floor = input.minimum_kwh * tariff
  let billedKwh: number
  let billNoFioB: number
  let bill: number
  let fioBComponent = 0
  let minimumBinds: boolean
  if (input.regime === "gd1") {
    billedKwh = Math.max(uncompensated, input.minimum_kwh)
    minimumBinds = uncompensated <= input.minimum_kwh + 1e-9
    billNoFioB = round(billedKwh * tariff, 2)
    bill = billNoFioB
  } else {
    billedKwh = uncompensated
    const energy = uncompensated * tariff
    fioBComponent = compensated * input.fio_b_share * input.fio_b_tariff_kwh_brl
    // A bill exactly at the floor counts as the floor binding, as a GD I draw exactly at the minimum does.
    minimumBinds = energy + fioBComponent <= floor
    billNoFioB = round(Math.max(floor, energy), 2)
    bill = round(Math.max(floor, energy + fioBComponent), 2)
  }
  const fioBCharge = round(bill - billNoFioB, 2)
  return {
    month: input.month,
    regime: input.regime,
    consumption_kwh: input.consumption_kwh,
    generation_kwh: input.generation_kwh,
    minimum_kwh: input.minimum_kwh,
    self_consumed_kwh: selfConsumed,
    injected_kwh: injected,
    grid_draw_kwh: gridDraw,
    compensated_kwh: compensated,
    credits_used_kwh: fromBank,
    credits_banked_kwh: surplus,
    credits_expired_kwh: expired,
    credit_bank_kwh: bank.reduce((s, lot) => s + lot.kwh, 0),
    uncompensated_kwh: uncompensated,
    billed_kwh: billedKwh,
    minimum_binds: minimumBinds,
    tariff_kwh_brl: tariff,
    fio_b_share: input.fio_b_share,
    bill_without_solar_brl: without,
    fio_b_component_brl: round(fioBComponent, 2),
    fio_b_charge_brl: fioBCharge,
    bill_with_solar_brl: bill,
    gross_savings_brl: round(without - billNoFioB, 2),
    bill_savings_brl: round(without - bill, 2),
  }
}

/** A calendar month, month 1-12. */
export interface CalendarMonth {
  year: number
  month: number
}

export function addMonths(start: CalendarMonth, months: number): CalendarMonth {
  const index = start.year * 12 + (start.month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

export function formatMonth(m: CalendarMonth): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`
}

type RegimeAssumptions = Pick<
  SolarAssumptions,
  "fio_b_schedule" | "fio_b_share_before_schedule" | "fio_b_share_after_schedule" | "grandfathered_until_year"
>

/**
 * Regime and Fio B share of a billing month: a grandfathered unit is GD I (share 0) through
 * `grandfathered_until_year`, then GD II like a new one; the share is the one of the billing
 * month's calendar year.
 */
export function billingRegimeFor(
  calendarYear: number,
  grandfathered: boolean,
  assumptions: RegimeAssumptions = DEFAULT_SOLAR_ASSUMPTIONS
): { regime: BillingRegime; share: FioBShare } {
  const share = fioBShareDetail(calendarYear, grandfathered, assumptions)
  return { regime: share.basis === "grandfathered" ? "gd1" : "gd2", share }
}
