// Cash-flow rules the other specs leave loose: payback edges, the IRR that is not there, the
// refusal messages and bounds of the inputs, year 0 and a whole year-2 row by hand, the
// summary totals and the inverter cost at the ends of the horizon (mutation testing,
// docs/testing.md). Reference: domain reference sections 3-4.
import { DEFAULT_SOLAR_ASSUMPTIONS, resolveSolarAssumptions } from "../assumptions"
import {
  assertStartYear,
  buildSolarCashFlow,
  irrOrNull,
  paybackFromCashFlows,
  SolarCashFlowInput,
  SolarCashFlowResult,
  SolarCashFlowYear,
} from "../cash-flow"
import { thrown } from "./thrown-code"

// The typical São Paulo home: 400 kWh/month, single-phase, 7 x 550 W at R$ 2.50/Wp, HSP 4.6.
const SP_HOME: SolarCashFlowInput = {
  system_size_kwp: 3.85,
  hsp: 4.6,
  monthly_consumption_kwh: 400,
  connection_type: "mono",
  tariff_kwh_brl: 0.95,
  total_investment: 9625,
  equipment_cost: 6737.5,
  start_year: 2026,
}

describe("paybackFromCashFlows: edges", () => {
  it("is immediate when nothing was invested, even if a later year dips", () => {
    expect(paybackFromCashFlows([0, -10, 20])).toEqual({ payback_months: 0, payback_years: 0 })
  })

  it("pays back at the exact end of a year", () => {
    expect(paybackFromCashFlows([-100, 50, 50])).toEqual({ payback_months: 24, payback_years: 2 })
  })

  it("carries a loss year forward before interpolating", () => {
    // -100, then -20 (-120), +60 (-60), +60 (0): paid back at the end of year 3.
    expect(paybackFromCashFlows([-100, -20, 60, 60])).toEqual({ payback_months: 36, payback_years: 3 })
    // -100 +40 -50 = -110 after year 2; year 3 nets 200: 2 + 110/200 = 2.55 years, month 31.
    expect(paybackFromCashFlows([-100, 40, -50, 200])).toEqual({ payback_months: 31, payback_years: 2.55 })
  })
})

describe("irrOrNull", () => {
  it("is the IRR when there is one", () => {
    expect(irrOrNull([-100, 110])).toBeCloseTo(0.1, 9)
  })

  it("is null for flows that change sign but have no rate with a zero NPV", () => {
    // -100 + 300x - 250x^2 (x = 1/(1+r)) has no real root: the root finder refuses.
    expect(irrOrNull([-100, 300, -250])).toBeNull()
    expect(irrOrNull([-100, -10])).toBeNull()
  })

  it("lets an error that is not a calculation refusal through (a bug, not a missing IRR)", () => {
    expect(() => irrOrNull(null as never)).toThrow(TypeError)
  })
})

describe("buildSolarCashFlow: what it refuses and the edges it accepts", () => {
  it("bills from January of start_year when first_month is null", () => {
    const r = buildSolarCashFlow({ ...SP_HOME, first_month: null })
    expect(r.first_month).toBe("2026-01")
    expect(r.months[0].date).toBe("2026-01")
  })

  it("names a first billing month outside 1-12", () => {
    for (const month of [0, 13, 1.5]) {
      expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, first_month: { year: 2027, month } }))).toEqual({
        code: "solar_invalid_connection_date",
        message: `The first billing month must be 1-12, got ${month}`,
      })
    }
    expect(buildSolarCashFlow({ ...SP_HOME, first_month: { year: 2027, month: 1 } }).first_month).toBe("2027-01")
    const dec = buildSolarCashFlow({ ...SP_HOME, first_month: { year: 2027, month: 12 } })
    expect(dec.first_month).toBe("2027-12")
    expect(dec.years[0].first_month).toBe("2027-11")
  })

  it("checks the year of first_month and the start year against 2000-2100", () => {
    expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, first_month: { year: 1999, month: 5 } }))).toEqual({
      code: "solar_invalid_start_year",
      message: "Start year must be an integer calendar year between 2000 and 2100, got 1999",
    })
    expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, start_year: undefined }))).toEqual({
      code: "solar_invalid_start_year",
      message: "Start year must be an integer calendar year between 2000 and 2100, got undefined",
    })
    expect(() => assertStartYear(2000)).not.toThrow()
    expect(() => assertStartYear(2100)).not.toThrow()
    expect(thrown(() => assertStartYear(2101))).toEqual({
      code: "solar_invalid_start_year",
      message: "Start year must be an integer calendar year between 2000 and 2100, got 2101",
    })
    expect(thrown(() => assertStartYear("2026"))).toEqual({
      code: "solar_invalid_start_year",
      message: "Start year must be an integer calendar year between 2000 and 2100, got 2026",
    })
  })

  it("names an equipment cost it refuses and accepts zero", () => {
    for (const cost of [-1, Number.NaN]) {
      expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, equipment_cost: cost }))).toEqual({
        code: "solar_invalid_investment",
        message: `Equipment cost must be a finite number >= 0, got ${cost}`,
      })
    }
    const r = buildSolarCashFlow({ ...SP_HOME, equipment_cost: 0 })
    expect(r.inverter_replacement_cost).toBe(0)
    expect(r.years[12].inverter_replacement_brl).toBe(0)
  })

  it("names each positive input it refuses", () => {
    expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, hsp: 0 }))).toEqual({
      code: "solar_invalid_hsp",
      message: "HSP must be a finite number > 0, got 0",
    })
    expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, tariff_kwh_brl: -1 }))).toEqual({
      code: "solar_invalid_tariff",
      message: "Tariff (R$/kWh) must be a finite number > 0, got -1",
    })
    expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, total_investment: 0 }))).toEqual({
      code: "solar_invalid_investment",
      message: "Total investment must be a finite number > 0, got 0",
    })
  })

  it("accepts a Fio B tariff from 0 up to the tariff itself and names one outside", () => {
    const zero = buildSolarCashFlow({ ...SP_HOME, fio_b_tariff_kwh_brl: 0 })
    expect(zero.fio_b_tariff_source).toBe("provided")
    expect(zero.fio_b_tariff_kwh_brl).toBe(0)
    expect(zero.total_fio_b_charges_brl).toBe(0)
    const whole = buildSolarCashFlow({ ...SP_HOME, fio_b_tariff_kwh_brl: 0.95 })
    expect(whole.fio_b_tariff_kwh_brl).toBe(0.95)
    for (const value of [-0.01, 0.96, Number.NaN]) {
      expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, fio_b_tariff_kwh_brl: value }))).toEqual({
        code: "solar_invalid_tariff",
        message: `The Fio B tariff must be between 0 and the tariff (0.95), got ${value}`,
      })
    }
  })

  it("reads a null Fio B tariff as not provided: 28 % of the tariff, to 6 decimals", () => {
    const r = buildSolarCashFlow({ ...SP_HOME, tariff_kwh_brl: 0.95123, fio_b_tariff_kwh_brl: null })
    expect(r.fio_b_tariff_source).toBe("share_of_tariff")
    // 0.95123 x 0.28 = 0.2663444
    expect(r.fio_b_tariff_kwh_brl).toBe(0.266344)
    // 0.95123 x 1.06^2 = 1.068802028
    expect(r.years[3].tariff_kwh_brl).toBe(1.068802)
  })
})

// Each test builds its own cash flow: one built at describe level runs before a mutation run
// switches a mutant on, so every mutant it should show would survive.
describe("buildSolarCashFlow: the rows by hand", () => {

  it("year 0 is the investment, dated the month before the connection", () => {
    const r = buildSolarCashFlow(SP_HOME)
    expect(r.years[0]).toEqual({
      year: 0,
      calendar_year: 2025,
      first_month: "2025-12",
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
      net_cash_flow_brl: -9625,
      cumulative_cash_flow_brl: -9625,
    })
  })

  it("year 2 (2027, Fio B 75 %) by hand", () => {
    const r = buildSolarCashFlow(SP_HOME)
    // Generation 5,171.32 x 0.995 = 5,145.46 kWh, 428.788 a month: self 128.636, grid draw
    // 271.364 (all compensated), 28.788 banked a month. Tariff 0.95 x 1.06 = 1.007; without
    // solar 400 x 1.007 = 402.80 a month; with solar max(30 x 1.007, 271.364 x 0.75 x 0.28 x
    // 1.007 = 57.39) = 57.39; the floor 30.21, so gross 372.59 and Fio B 27.18 a month.
    // Maintenance 0.5 % of 9,625 grown 4 %: 48.125 x 1.04 = 50.05.
    expect(r.years[2]).toEqual({
      year: 2,
      calendar_year: 2027,
      first_month: "2027-01",
      billing_regime: "gd2",
      generation_kwh: 5145.46,
      self_consumed_kwh: 1543.64,
      compensated_kwh: 3256.36,
      credits_used_kwh: 0,
      credits_banked_kwh: 345.46,
      credits_expired_kwh: 0,
      credit_bank_kwh: 716.78,
      months_at_minimum: 0,
      tariff_kwh_brl: 1.007,
      fio_b_share: 0.75,
      fio_b_share_basis: "schedule",
      fio_b_shares: [{ calendar_year: 2027, share: 0.75, basis: "schedule", months: 12 }],
      bill_without_solar_brl: 4833.6,
      bill_with_solar_brl: 688.68,
      gross_savings_brl: 4471.08,
      fio_b_charge_brl: 326.16,
      bill_savings_brl: 4144.92,
      maintenance_brl: 50.05,
      inverter_replacement_brl: 0,
      net_cash_flow_brl: 4094.87,
      cumulative_cash_flow_brl: -1536.78,
    })
  })

  it("numbers the months 1..300 from the connection and gives each its operating year", () => {
    const r = buildSolarCashFlow(SP_HOME)
    expect(r.months).toHaveLength(300)
    expect(r.months.map((m) => m.month)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1))
    expect([r.months[12].year, r.months[12].date, r.months[12].calendar_year]).toEqual([2, "2027-01", 2027])
    expect(r.months[299].date).toBe("2050-12")
  })

  it("a grandfathered year 1 is GD I with the minimum billed every month", () => {
    // 30 kWh x 0.95 = 28.50 a month; 270.717 - 30 = 240.717 compensated, 60.943 banked.
    const y1 = buildSolarCashFlow({ ...SP_HOME, grandfathered: true }).years[1]
    expect(y1.billing_regime).toBe("gd1")
    expect(y1.months_at_minimum).toBe(12)
    expect(y1.bill_with_solar_brl).toBe(342)
    expect(y1.fio_b_share_basis).toBe("grandfathered")
    expect(y1.compensated_kwh).toBeCloseTo(12 * 240.717, 1)
    expect(y1.credits_banked_kwh).toBeCloseTo(12 * 60.943, 1)
  })
})

describe("buildSolarCashFlow: the summary", () => {
  const sum = (r: SolarCashFlowResult, pick: (y: SolarCashFlowYear) => number) =>
    Math.round(r.years.slice(1).reduce((s, y) => s + pick(y), 0) * 100) / 100

  it("totals are the sums of the operating years", () => {
    const r = buildSolarCashFlow(SP_HOME)
    expect(r.total_gross_savings_brl).toBe(sum(r, (y) => y.gross_savings_brl))
    expect(r.total_fio_b_charges_brl).toBe(sum(r, (y) => y.fio_b_charge_brl))
    expect(r.total_maintenance_brl).toBe(sum(r, (y) => y.maintenance_brl))
    expect(r.total_generation_kwh).toBe(sum(r, (y) => y.generation_kwh))
    expect(r.total_credits_expired_kwh).toBe(sum(r, (y) => y.credits_expired_kwh))
    expect(r.total_fio_b_charges_brl).toBeGreaterThan(0)
    expect(r.total_credits_expired_kwh).toBeGreaterThan(0)
  })

  it("totals by hand: 25 years of degraded generation and of maintenance grown 4 %", () => {
    const r = buildSolarCashFlow(SP_HOME)
    // 5,171.32 x (1 - 0.995^25) / 0.005 = 121,815.4 kWh; 48.125 x (1.04^25 - 1) / 0.04 = 2,004.2.
    expect(r.total_generation_kwh).toBeCloseTo((5171.32 * (1 - 0.995 ** 25)) / 0.005, 0)
    expect(r.total_maintenance_brl).toBeCloseTo((48.125 * (1.04 ** 25 - 1)) / 0.04, 0)
    expect(r.maintenance_cost_annual).toBe(48.13)
    expect(r.roi_25_years_percentage).toBe(Math.round(r.roi_25_years * 10000) / 100)
    expect(r.roi_25_years_percentage).toBeGreaterThan(1000)
    expect(r.npv_brl).toBe(45254.78)
  })

  it("the bank at the end is the last year's balance: empty here, full for an oversized system", () => {
    const r = buildSolarCashFlow(SP_HOME)
    // Degradation takes generation below the 400 kWh consumed from year 16: the bank is drawn down.
    expect(r.credit_bank_end_kwh).toBe(0)
    const oversized = buildSolarCashFlow({ ...SP_HOME, system_size_kwp: 7.7 })
    expect(oversized.credit_bank_end_kwh).toBeGreaterThan(0)
    expect(oversized.credit_bank_end_kwh).toBe(oversized.years[25].credit_bank_kwh)
  })

  it("survives a horizon of no operating years (assumptions passed unvalidated)", () => {
    const none = buildSolarCashFlow(SP_HOME, { ...DEFAULT_SOLAR_ASSUMPTIONS, analysis_years: 0 })
    expect(none.years).toHaveLength(1)
    expect(none.credit_bank_end_kwh).toBe(0)
    expect(none.payback_months).toBeNull()
    expect(none.irr).toBeNull()
    expect(none.inverter_replacement_cost).toBe(0)
  })

  it.each([
    [0, 0],
    [1, 1010.63],
    [25, 1010.63],
    [26, 0],
  ])("reports the inverter cost only when year %p is inside the horizon", (year, cost) => {
    const a = resolveSolarAssumptions({ inverter_replacement_year: year })
    const c = buildSolarCashFlow(SP_HOME, a)
    expect(c.inverter_replacement_cost).toBe(cost)
    expect(c.years.reduce((s, y) => s + y.inverter_replacement_brl, 0)).toBe(cost)
  })
})

describe("buildSolarCashFlow: what the other specs leave open", () => {
  it("names the system size and the consumption it refuses", () => {
    expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, system_size_kwp: 0 }))).toEqual({
      code: "solar_invalid_system_size",
      message: "System size (kWp) must be a finite number > 0, got 0",
    })
    expect(thrown(() => buildSolarCashFlow({ ...SP_HOME, monthly_consumption_kwh: -1 }))).toEqual({
      code: "solar_invalid_consumption",
      message: "Monthly consumption must be a finite number > 0, got -1",
    })
  })

  it("splits an operating year that spans two calendar years into each year's Fio B share", () => {
    // Connected in November 2026: year 1 is 2 months at 2026's 60 % and 10 at 2027's 75 %.
    const y1 = buildSolarCashFlow({ ...SP_HOME, first_month: { year: 2026, month: 11 } }).years[1]
    expect(y1.fio_b_shares).toEqual([
      { calendar_year: 2026, share: 0.6, basis: "schedule", months: 2 },
      { calendar_year: 2027, share: 0.75, basis: "schedule", months: 10 },
    ])
    expect([y1.billing_regime, y1.fio_b_share, y1.first_month]).toEqual(["gd2", 0.6, "2026-11"])
  })

  it("marks the year a grandfathered unit leaves GD I as gd1_to_gd2", () => {
    // July 2045 to June 2046: six GD I months at the minimum, then six GD II months at the
    // full Fio B share after the schedule.
    const r = buildSolarCashFlow({ ...SP_HOME, first_month: { year: 2045, month: 7 }, grandfathered: true })
    const y1 = r.years[1]
    expect(y1.billing_regime).toBe("gd1_to_gd2")
    expect(y1.fio_b_shares).toEqual([
      { calendar_year: 2045, share: 0, basis: "grandfathered", months: 6 },
      { calendar_year: 2046, share: 1, basis: "after_schedule", months: 6 },
    ])
    expect(y1.months_at_minimum).toBe(6)
    expect(r.years[2].billing_regime).toBe("gd2")
  })

  it("summarises the São Paulo home: payback, IRR and ROI from the rows", () => {
    const r = buildSolarCashFlow(SP_HOME)
    const net = r.years.slice(1).reduce((s, y) => s + y.net_cash_flow_brl, 0)
    expect(r.total_net_savings_brl).toBe(Math.round(net * 100) / 100)
    expect(r.total_net_savings_brl).toBe(196471.4)
    // (196,471.40 - 9,625) / 9,625 = 19.4126...
    expect(r.roi_25_years).toBeCloseTo((196471.4 - 9625) / 9625, 12)
    expect(r.roi_25_years_percentage).toBe(1941.26)
    expect([r.payback_months, r.payback_years]).toEqual([29, 2.37])
    expect(r.irr).toBeCloseTo(0.4535, 4)
    expect(r.irr_percentage).toBe(45.35)
    expect(r.net_cash_flows).toEqual(r.years.map((y) => y.net_cash_flow_brl))
  })
})
