import { resolveSolarAssumptions } from "../assumptions"
import { buildSolarCashFlow, paybackFromCashFlows, SolarCashFlowInput } from "../cash-flow"
import { netPresentValue } from "../irr"
import { thrownCode } from "./thrown-code"

// The typical São Paulo home: 400 kWh/month, mono-phase, 7 x 550 W at R$ 2.50/Wp.
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

describe("payback", () => {
  it("interpolates within the year and rounds up to the month", () => {
    expect(paybackFromCashFlows([-100, 40, 40, 40])).toEqual({ payback_months: 30, payback_years: 2.5 })
    expect(paybackFromCashFlows([-100, 100])).toEqual({ payback_months: 12, payback_years: 1 })
    expect(paybackFromCashFlows([-100, 30, 30, 30, 30])).toEqual({ payback_months: 40, payback_years: 3.33 })
  })

  it("is null when the investment is never recovered", () => {
    expect(paybackFromCashFlows([-100, 10, 10, 10])).toBeNull()
  })
})

describe("25-year cash flow", () => {
  const result = buildSolarCashFlow(SP_HOME)

  it("has year 0 plus 25 operating years", () => {
    expect(result.years).toHaveLength(26)
    expect(result.years.map((y) => y.year)).toEqual(Array.from({ length: 26 }, (_, i) => i))
    expect(result.years[1].calendar_year).toBe(2026)
    expect(result.years[25].calendar_year).toBe(2050)
  })

  it("starts with the investment as a negative flow", () => {
    expect(result.years[0].net_cash_flow_brl).toBe(-9625)
  })

  it("year 1 by hand (GD II): the bill is max(minimum, Fio B on compensated energy)", () => {
    const y1 = result.years[1]
    expect(y1.generation_kwh).toBeCloseTo(5171.32, 2)
    expect(y1.billing_regime).toBe("gd2")
    // GD II lets credits cover the whole grid draw: all 400 kWh a month are offset
    // (self-consumed 129.283 + compensated 270.717), not 370 as under the old rule.
    expect(y1.self_consumed_kwh + y1.compensated_kwh).toBeCloseTo(4800, 2)
    expect(y1.self_consumed_kwh).toBeCloseTo(5171.32 * 0.3, 1)
    // Each month: without solar 400 x 0.95 = 380.00; with solar max(30 x 0.95 = 28.50,
    // 270.717 x 0.266 x 0.6 = 43.21) = 43.21; saved 336.79.
    expect(y1.bill_without_solar_brl).toBe(4560)
    expect(y1.bill_with_solar_brl).toBe(518.52)
    expect(y1.bill_savings_brl).toBe(4041.48)
    // Gross: down to the 28.50 floor; Fio B: what the bill pays above it, 14.71 a month.
    expect(y1.gross_savings_brl).toBe(4218)
    expect(y1.fio_b_share).toBe(0.6)
    expect(y1.fio_b_charge_brl).toBe(176.52)
    expect(y1.months_at_minimum).toBe(0)
    // Rounding 370 kWh up to 7 panels leaves 30.943 kWh a month over: banked, never used here.
    expect(y1.credits_banked_kwh).toBeCloseTo(12 * 30.943, 1)
    expect(y1.credit_bank_kwh).toBeCloseTo(12 * 30.943, 1)
    expect(y1.maintenance_brl).toBe(48.13)
  })

  it("grows the tariff 6 % a year and follows the Fio B schedule by calendar year", () => {
    expect(result.years[2].tariff_kwh_brl).toBeCloseTo(0.95 * 1.06, 6)
    expect(result.years[11].tariff_kwh_brl).toBeCloseTo(0.95 * 1.06 ** 10, 6)
    expect(result.years.slice(1, 5).map((y) => y.fio_b_share)).toEqual([0.6, 0.75, 0.9, 1])
  })

  it("replaces the inverter once, in year 12, at 15 % of the equipment cost", () => {
    const replaced = result.years.filter((y) => y.inverter_replacement_brl > 0)
    expect(replaced.map((y) => y.year)).toEqual([12])
    expect(replaced[0].inverter_replacement_brl).toBe(1010.63)
    expect(result.inverter_replacement_cost).toBe(1010.63)
  })

  it("nets savings minus Fio B, maintenance and the inverter, and accumulates them", () => {
    let cumulative = 0
    for (const y of result.years) {
      if (y.year > 0) {
        expect(y.net_cash_flow_brl).toBeCloseTo(
          y.gross_savings_brl - y.fio_b_charge_brl - y.maintenance_brl - y.inverter_replacement_brl,
          2
        )
      }
      cumulative += y.net_cash_flow_brl
      expect(y.cumulative_cash_flow_brl).toBeCloseTo(cumulative, 2)
    }
  })

  it("never saves more than the bill above the minimum", () => {
    const cents = (v: number) => Math.round(v * 100) / 100
    for (const y of result.years.slice(1)) {
      // Monthly bills are in cents: 12 x (400 kWh - the 30 kWh floor), each rounded.
      const bound = 12 * (cents(400 * y.tariff_kwh_brl) - cents(30 * y.tariff_kwh_brl))
      expect(y.gross_savings_brl).toBeLessThanOrEqual(cents(bound) + 0.001)
    }
  })

  it("NPV at the IRR is ~0 and NPV at 10 % matches the rows", () => {
    expect(result.irr).not.toBeNull()
    expect(netPresentValue(result.net_cash_flows, result.irr as number)).toBeCloseTo(0, 4)
    expect(result.npv_brl).toBeCloseTo(netPresentValue(result.net_cash_flows, 0.1), 2)
    expect(result.irr_percentage).toBeCloseTo((result.irr as number) * 100, 2)
  })

  it("ROI 25y = (sum of net savings - investment) / investment", () => {
    const sum = result.years.slice(1).reduce((s, y) => s + y.net_cash_flow_brl, 0)
    expect(result.total_net_savings_brl).toBeCloseTo(sum, 2)
    expect(result.roi_25_years).toBeCloseTo((sum - 9625) / 9625, 9)
  })

  it("pins payback to the month and the IRR", () => {
    // Cumulative -1,536.78 after year 2, year 3 nets 4,193.55: 24 + 12 x 0.3665 = 28.4 -> 29.
    expect(result.years[2].cumulative_cash_flow_brl).toBe(-1536.78)
    expect(result.years[3].net_cash_flow_brl).toBe(4193.55)
    expect(result.payback_months).toBe(29)
    expect(result.payback_years).toBe(2.37)
    expect(result.irr_percentage).toBe(45.35)
  })

  it("payback matches the cumulative row where it turns positive", () => {
    const firstPositive = result.years.find((y) => y.cumulative_cash_flow_brl >= 0)
    expect(firstPositive).toBeDefined()
    expect(Math.ceil(result.payback_months! / 12)).toBe(firstPositive!.year)
  })

  it("payback never shortens when the system costs more", () => {
    let previous = 0
    for (const investment of [5000, 8000, 9625, 12000, 20000, 40000, 80000]) {
      const r = buildSolarCashFlow({ ...SP_HOME, total_investment: investment, equipment_cost: investment * 0.7 })
      expect(r.payback_months).not.toBeNull()
      expect(r.payback_months!).toBeGreaterThanOrEqual(previous)
      previous = r.payback_months!
    }
    expect(previous).toBeGreaterThan(120)
  })

  it("a grandfathered system pays no Fio B through 2045, and does from 2046", () => {
    const g = buildSolarCashFlow({ ...SP_HOME, grandfathered: true })
    expect(g.years.filter((y) => y.calendar_year <= 2045).every((y) => y.fio_b_charge_brl === 0)).toBe(true)
    expect(g.years.filter((y) => y.calendar_year >= 2046).every((y) => y.fio_b_charge_brl > 0)).toBe(true)
    expect(g.payback_months!).toBeLessThan(result.payback_months!)
  })

  it("uses a provided Fio B tariff instead of the share of the tariff", () => {
    const r = buildSolarCashFlow({ ...SP_HOME, fio_b_tariff_kwh_brl: 0.2 })
    expect(r.fio_b_tariff_source).toBe("provided")
    // max(28.50, 270.717 x 0.2 x 0.6 = 32.49): 3.99 a month above the floor.
    expect(r.years[1].bill_with_solar_brl).toBe(12 * 32.49)
    expect(r.years[1].fio_b_charge_brl).toBe(47.88)
  })

  it("reports no IRR or payback for a system that never pays off", () => {
    const r = buildSolarCashFlow({ ...SP_HOME, total_investment: 10_000_000, equipment_cost: 0 })
    expect(r.payback_months).toBeNull()
    expect(r.npv_brl).toBeLessThan(0)
    // Every flow is negative (the yearly Fio B and O&M exceed the savings on 10 M): with no
    // sign change there is no IRR at all, so null, not a negative rate.
    expect(r.net_cash_flows.every((flow) => flow < 0)).toBe(true)
    expect(r.irr).toBeNull()
    expect(r.irr_percentage).toBeNull()
  })

  it("honours a different horizon and inverter year", () => {
    const a = resolveSolarAssumptions({ analysis_years: 30, inverter_replacement_year: 10 })
    const r = buildSolarCashFlow(SP_HOME, a)
    expect(r.years).toHaveLength(31)
    expect(r.years.filter((y) => y.inverter_replacement_brl > 0).map((y) => y.year)).toEqual([10])
  })

  it.each([
    [{ tariff_kwh_brl: 0 }, "solar_invalid_tariff"],
    [{ total_investment: -1 }, "solar_invalid_investment"],
    [{ monthly_consumption_kwh: 0 }, "solar_invalid_consumption"],
    [{ start_year: 1999 }, "solar_invalid_start_year"],
    [{ start_year: 2026.5 }, "solar_invalid_start_year"],
    [{ fio_b_tariff_kwh_brl: 2 }, "solar_invalid_tariff"],
    [{ system_size_kwp: 0 }, "solar_invalid_system_size"],
  ])("rejects %p with %s", (patch, code) => {
    expect(thrownCode(() => buildSolarCashFlow({ ...SP_HOME, ...patch }))).toBe(code)
  })
})
