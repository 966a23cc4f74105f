// Sizing and investment rules the other specs leave loose: the refusal messages, each bound at
// its edge, the rounding of halves, and every field of one sized system (mutation testing,
// docs/testing.md). Reference vectors: domain reference section 2.
import { DEFAULT_SOLAR_ASSUMPTIONS, resolveSolarAssumptions } from "../assumptions"
import {
  energyToOffsetKwhMonth,
  estimateInvestment,
  generationInYearKwh,
  minimumBillKwh,
  normalizeConnectionType,
  panelCount,
  requiredKwp,
  round,
  sizeSolarSystem,
} from "../sizing"
import { thrown } from "./thrown-code"

describe("round: halves away from zero despite binary floats", () => {
  it("rounds 1.005 up to 1.01 and -1.005 down to -1.01", () => {
    // 1.005 is stored as 1.00499999999999989...: without the epsilon nudge it rounds to 1.00.
    expect(round(1.005, 2)).toBe(1.01)
    expect(round(-1.005, 2)).toBe(-1.01)
    expect(round(0, 2)).toBe(0)
    expect(round(2.5, 0)).toBe(3)
  })
})

describe("connection types and their minimum bill (REN ANEEL 1.000 art. 291)", () => {
  it("accepts each of the four types", () => {
    for (const type of ["mono", "bi", "bi_2_wires", "tri"] as const) {
      expect(normalizeConnectionType(type)).toBe(type)
    }
    expect(minimumBillKwh("bi_2_wires")).toBe(30)
  })

  it("names the allowed types and quotes the refused one", () => {
    expect(thrown(() => normalizeConnectionType("quad"))).toEqual({
      code: "solar_invalid_connection_type",
      message: 'Connection type must be one of mono, bi, bi_2_wires, tri, got "quad"',
    })
    expect(thrown(() => normalizeConnectionType(undefined))).toEqual({
      code: "solar_invalid_connection_type",
      message: "Connection type must be one of mono, bi, bi_2_wires, tri, got undefined",
    })
  })

  it("reads the minimum from overridden assumptions", () => {
    const a = resolveSolarAssumptions({ minimum_bill_kwh: { tri: 120 } })
    expect(minimumBillKwh("tri", a)).toBe(120)
    expect(energyToOffsetKwhMonth(400, "tri", a)).toBe(280)
  })
})

describe("energy to offset: consumption minus the minimum bill", () => {
  it("leaves 1 kWh one above the minimum", () => {
    expect(energyToOffsetKwhMonth(31, "mono")).toBe(1)
  })

  it("says which connection's minimum the consumption does not exceed", () => {
    expect(thrown(() => energyToOffsetKwhMonth(30, "mono"))).toEqual({
      code: "solar_consumption_below_minimum_bill",
      message:
        "Consumption of 30 kWh/month does not exceed the 30 kWh minimum bill of a single-phase connection: " +
        "there is nothing to offset",
    })
    expect(thrown(() => energyToOffsetKwhMonth(50, "bi"))).toEqual({
      code: "solar_consumption_below_minimum_bill",
      message:
        "Consumption of 50 kWh/month does not exceed the 50 kWh minimum bill of a two-phase (3 wires) connection: " +
        "there is nothing to offset",
    })
  })

  it("names the consumption it refuses", () => {
    expect(thrown(() => energyToOffsetKwhMonth(0, "mono"))).toEqual({
      code: "solar_invalid_consumption",
      message: "Monthly consumption must be a finite number > 0, got 0",
    })
    expect(thrown(() => energyToOffsetKwhMonth(Number.NaN, "mono"))).toEqual({
      code: "solar_invalid_consumption",
      message: "Monthly consumption must be a finite number > 0, got NaN",
    })
  })
})

describe("required kWp, panel count and yield: each refusal names its input", () => {
  it("requiredKwp refuses the energy and the HSP by name", () => {
    expect(thrown(() => requiredKwp(0, 4.6))).toEqual({
      code: "solar_invalid_consumption",
      message: "Energy to offset must be a finite number > 0, got 0",
    })
    expect(thrown(() => requiredKwp(370, -1))).toEqual({
      code: "solar_invalid_hsp",
      message: "HSP must be a finite number > 0, got -1",
    })
  })

  it("honours overridden days per month and performance ratio", () => {
    // 300 / (5 x 20 x 0.75) = 4 kWp
    expect(requiredKwp(300, 5, { days_per_month: 20, performance_ratio: 0.75 })).toBeCloseTo(4, 12)
  })

  it("panelCount refuses the size and the wattage by name", () => {
    expect(thrown(() => panelCount(0, 550))).toEqual({
      code: "solar_invalid_system_size",
      message: "System size (kWp) must be a finite number > 0, got 0",
    })
    expect(thrown(() => panelCount(3.3, Number.POSITIVE_INFINITY))).toEqual({
      code: "solar_invalid_panel_wattage",
      message: "Panel wattage must be a finite number > 0, got Infinity",
    })
  })

  it("generationInYearKwh starts at year 1 and names a bad year", () => {
    expect(generationInYearKwh(1, 1, 5)).toBeCloseTo(1460, 9)
    for (const year of [0, -1, 1.5]) {
      expect(thrown(() => generationInYearKwh(year, 1, 5))).toEqual({
        code: "solar_invalid_assumption",
        message: `Year must be an integer >= 1, got ${year}`,
      })
    }
  })
})

describe("sizeSolarSystem: the São Paulo home, every field", () => {
  // 400 kWh/month single-phase, HSP 4.6: 370 kWh to offset, 370 / 110.4 = 3.3514 kWp,
  // 7 x 550 W = 3.85 kWp, 5,171.32 kWh in year 1 (430.94 a month), 2.58 x 7 x 1.1 = 19.87 m2.
  it("reports the minimum, the target, the installed size and the yield", () => {
    expect(sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6 })).toEqual({
      minimum_bill_kwh: 30,
      energy_to_offset_kwh_month: 370,
      target_kwp: expect.closeTo(370 / 110.4, 12),
      panel_wattage: 550,
      panel_count: 7,
      system_size_kwp: 3.85,
      roof_area_needed_m2: 19.87,
      annual_generation_kwh: 5171.32,
      monthly_generation_kwh: 430.94,
      sizing_factor: 1,
    })
  })

  it("multiplies the target by the sizing factor before rounding up to panels", () => {
    // 3.3514 x 1.2 = 4.0217 kWp -> 7.31 panels -> 8 panels, 4.4 kWp.
    const s = sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6, sizing_factor: 1.2 })
    expect(s.target_kwp).toBeCloseTo((370 / 110.4) * 1.2, 12)
    expect(s.panel_count).toBe(8)
    expect(s.system_size_kwp).toBe(4.4)
    expect(s.sizing_factor).toBe(1.2)
    expect(s.annual_generation_kwh).toBe(round(4.4 * 4.6 * 365 * 0.8, 2))
  })

  it("names a sizing factor it refuses", () => {
    expect(
      thrown(() => sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6, sizing_factor: 0 }))
    ).toEqual({ code: "solar_invalid_system_size", message: "Sizing factor must be a finite number > 0, got 0" })
  })

  it("accepts a 1,000 W module and refuses anything above it, saying so", () => {
    const s = sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6, panel_wattage_w: 1000 })
    expect(s.panel_count).toBe(4)
    expect(s.system_size_kwp).toBe(4)
    expect(
      thrown(() =>
        sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6, panel_wattage_w: 1000.5 })
      )
    ).toEqual({ code: "solar_invalid_panel_wattage", message: "Panel wattage must be at most 1000 W, got 1000.5" })
    expect(
      thrown(() => sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6, panel_wattage_w: 0 }))
    ).toEqual({ code: "solar_invalid_panel_wattage", message: "Panel wattage (W) must be a finite number > 0, got 0" })
  })

  it("takes the module rating from the assumptions when the input names none", () => {
    const a = resolveSolarAssumptions({ panel_wattage_w: 600 })
    const s = sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6 }, a)
    expect(s.panel_wattage).toBe(600)
    expect(s.panel_count).toBe(6)
  })

  it("refuses an unknown connection type before anything else", () => {
    expect(
      thrown(() => sizeSolarSystem({ monthly_consumption_kwh: 0, connection_type: "quad" as never, hsp: 4.6 }))
    ).toEqual({
      code: "solar_invalid_connection_type",
      message: 'Connection type must be one of mono, bi, bi_2_wires, tri, got "quad"',
    })
  })
})

describe("estimateInvestment: estimated or split from a quote", () => {
  it("reads a null quote as no quote", () => {
    expect(estimateInvestment(3.85, DEFAULT_SOLAR_ASSUMPTIONS, null)).toEqual(estimateInvestment(3.85))
    expect(estimateInvestment(3.85, DEFAULT_SOLAR_ASSUMPTIONS, null).total_investment).toBe(9625)
  })

  it("splits a quote of R$ 12,000 for 4 kWp 70/20/10 at R$ 3,000/kWp", () => {
    expect(estimateInvestment(4, DEFAULT_SOLAR_ASSUMPTIONS, 12000)).toEqual({
      equipment_cost: 8400,
      installation_cost: 2400,
      project_cost: 1200,
      total_investment: 12000,
      cost_per_kwp: 3000,
    })
  })

  it("names the quote and the size it refuses", () => {
    expect(thrown(() => estimateInvestment(4, DEFAULT_SOLAR_ASSUMPTIONS, 0))).toEqual({
      code: "solar_invalid_investment",
      message: "Total investment must be a finite number > 0, got 0",
    })
    expect(thrown(() => estimateInvestment(-4))).toEqual({
      code: "solar_invalid_system_size",
      message: "System size (kWp) must be a finite number > 0, got -4",
    })
  })
})
