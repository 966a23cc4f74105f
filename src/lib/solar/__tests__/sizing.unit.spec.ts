import { DEFAULT_SOLAR_ASSUMPTIONS, resolveSolarAssumptions } from "../assumptions"
import {
  annualGenerationKwh,
  energyToOffsetKwhMonth,
  estimateInvestment,
  generationInYearKwh,
  minimumBillKwh,
  panelCount,
  requiredKwp,
  sizeSolarSystem,
} from "../sizing"
import { thrownCode } from "./thrown-code"

describe("minimum bill (custo de disponibilidade)", () => {
  it.each([
    ["mono", 30],
    ["bi", 50],
    ["tri", 100],
  ] as const)("%s-phase is %s kWh/month", (type, kwh) => {
    expect(minimumBillKwh(type)).toBe(kwh)
  })

  it("is subtracted from consumption before sizing", () => {
    expect(energyToOffsetKwhMonth(400, "mono")).toBe(370)
    expect(energyToOffsetKwhMonth(400, "bi")).toBe(350)
    expect(energyToOffsetKwhMonth(400, "tri")).toBe(300)
  })

  it("leaves nothing to offset at or below the minimum", () => {
    expect(thrownCode(() => energyToOffsetKwhMonth(30, "mono"))).toBe("solar_consumption_below_minimum_bill")
    expect(thrownCode(() => energyToOffsetKwhMonth(99, "tri"))).toBe("solar_consumption_below_minimum_bill")
  })

  it("rejects an unknown connection type", () => {
    expect(thrownCode(() => minimumBillKwh("quad" as never))).toBe("solar_invalid_connection_type")
  })
})

describe("sizing", () => {
  it("kWp = E_month / (HSP x 30 x PR)", () => {
    expect(requiredKwp(370, 4.6)).toBeCloseTo(370 / 110.4, 12)
    expect(requiredKwp(110.4, 4.6)).toBeCloseTo(1, 12)
  })

  it("rounds the panel count up and reports the real kWp", () => {
    const sizing = sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6 })
    // 3.3514 kWp / 550 W = 6.09 panels -> 7 panels -> 3.85 kWp
    expect(sizing.target_kwp).toBeCloseTo(3.3514, 4)
    expect(sizing.panel_count).toBe(7)
    expect(sizing.system_size_kwp).toBe(3.85)
    expect(sizing.panel_wattage).toBe(550)
  })

  it("does not add a panel when the target is an exact multiple (float noise)", () => {
    expect(panelCount(3.3, 550)).toBe(6)
    expect(panelCount(3.3000001, 550)).toBe(7)
    expect(panelCount(0.1, 550)).toBe(1)
  })

  it("uses the requested panel wattage", () => {
    const sizing = sizeSolarSystem({
      monthly_consumption_kwh: 400,
      connection_type: "mono",
      hsp: 4.6,
      panel_wattage_w: 600,
    })
    expect(sizing.panel_count).toBe(6)
    expect(sizing.system_size_kwp).toBe(3.6)
  })

  it("roof area = panel area x count x 1.1", () => {
    const sizing = sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6 })
    expect(sizing.roof_area_needed_m2).toBe(19.87) // 2.58 x 7 x 1.1 = 19.866
  })

  it("year-1 generation = kWp x HSP x 365 x PR", () => {
    expect(annualGenerationKwh(1, 4.6)).toBeCloseTo(1343.2, 9)
    expect(annualGenerationKwh(3.85, 4.6)).toBeCloseTo(5171.32, 9)
  })

  it("1 kWp yields 1,200-1,500 kWh a year at every listed capital's HSP", () => {
    for (const hsp of [4.3, 4.4, 4.5, 4.6, 4.7, 5.1, 5.2, 5.3, 5.6, 5.7]) {
      const kwh = annualGenerationKwh(1, hsp)
      expect(kwh).toBeGreaterThanOrEqual(1200)
      expect(kwh).toBeLessThanOrEqual(1700)
    }
  })

  it("degrades 0.5 % a year, compounded", () => {
    const year1 = generationInYearKwh(1, 1, 5)
    expect(year1).toBeCloseTo(1460, 9)
    expect(generationInYearKwh(2, 1, 5)).toBeCloseTo(1460 * 0.995, 9)
    expect(generationInYearKwh(25, 1, 5)).toBeCloseTo(1460 * 0.995 ** 24, 9)
    expect(generationInYearKwh(25, 1, 5) / year1).toBeCloseTo(0.8867, 4)
  })

  it("honours an overridden performance ratio", () => {
    const a = resolveSolarAssumptions({ performance_ratio: 0.75 })
    expect(annualGenerationKwh(1, 4, a)).toBeCloseTo(1095, 9)
  })

  it.each([
    [0, "solar_invalid_consumption"],
    [-400, "solar_invalid_consumption"],
    [Number.NaN, "solar_invalid_consumption"],
    [Number.POSITIVE_INFINITY, "solar_invalid_consumption"],
  ])("rejects consumption %p with %s", (kwh, code) => {
    expect(thrownCode(() => sizeSolarSystem({ monthly_consumption_kwh: kwh, connection_type: "mono", hsp: 4.6 }))).toBe(code)
  })

  it.each([[0], [-550], [5500]])("rejects panel wattage %p", (w) => {
    expect(
      thrownCode(() =>
        sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp: 4.6, panel_wattage_w: w })
      )
    ).toBe("solar_invalid_panel_wattage")
  })

  it.each([[0], [-4.6]])("rejects HSP %p", (hsp) => {
    expect(thrownCode(() => sizeSolarSystem({ monthly_consumption_kwh: 400, connection_type: "mono", hsp }))).toBe(
      "solar_invalid_hsp"
    )
  })
})

describe("investment", () => {
  it("prices the real kWp at R$ 2.50/Wp and splits it 70/20/10", () => {
    expect(estimateInvestment(3.85)).toEqual({
      equipment_cost: 6737.5,
      installation_cost: 1925,
      project_cost: 962.5,
      total_investment: 9625,
      cost_per_kwp: 2500,
    })
  })

  it("splits a quoted total so the parts add up to the cent", () => {
    const inv = estimateInvestment(3.3, DEFAULT_SOLAR_ASSUMPTIONS, 10000.01)
    expect(inv.total_investment).toBe(10000.01)
    expect(Math.round((inv.equipment_cost + inv.installation_cost + inv.project_cost) * 100)).toBe(1000001)
    expect(inv.cost_per_kwp).toBe(3030.31)
  })

  it("rejects a non-positive quoted total or size", () => {
    expect(thrownCode(() => estimateInvestment(3.3, DEFAULT_SOLAR_ASSUMPTIONS, -1))).toBe("solar_invalid_investment")
    expect(thrownCode(() => estimateInvestment(0))).toBe("solar_invalid_system_size")
  })
})
