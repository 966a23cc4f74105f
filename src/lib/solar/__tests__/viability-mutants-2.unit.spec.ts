// The second half of the viability analysis (lines 469-997 of viability.ts: roof quality, risks,
// opportunities, next steps, the billing record and how the analysis wires them), read the way
// a customer reads the result: every risk, opportunity and step word for word, each threshold at
// its edge (an override set to the very value the analysis computes), and the summaries checked
// against the cash-flow rows they come from (mutation testing, docs/testing.md). Reference:
// domain reference sections 2-4. Whole analyses run inside the tests that need them.
import { ASSUMPTION_NOTES, resolveSolarAssumptions, SolarAssumptionOverrides } from "../assumptions"
import { buildFinancingOptions, monthsBeforeSavings } from "../financing-scenario"
import { round } from "../sizing"
import {
  analyzeSolarViability,
  consumptionProfileScore,
  economicScore,
  irradiationScore,
  paybackScore,
  SolarViabilityInput,
  SolarViabilityResult,
} from "../viability"
import { SP_HOME } from "./viability-fixtures"

// A small consumer: 80 kWh/month, of which the 30 kWh minimum can never be saved.
const SMALL: SolarViabilityInput = { ...SP_HOME, monthly_consumption_kwh: 80 }
// Horizons shorter than the longest default loan need loans that fit in them.
const TEN_YEARS: SolarAssumptionOverrides = { analysis_years: 10 }
const TWO_YEARS: SolarAssumptionOverrides = { analysis_years: 2, financing_terms_months: [12, 24] }

// Risks, steps, notes and the billing record do not depend on the alternative sizes, and the
// two extra sizes are two thirds of an analysis's time (each is a 300-month cash flow): tests
// about anything but the scenarios analyse the recommended size alone, so that a mutation run,
// which reruns this spec for every mutant, fits in the time.
const run = (input: SolarViabilityInput, overrides: SolarAssumptionOverrides = {}) =>
  analyzeSolarViability(input, { scenario_sizing_factors: [1], ...overrides })
const runAllSizes = (input: SolarViabilityInput, overrides: SolarAssumptionOverrides = {}) =>
  analyzeSolarViability(input, overrides)
/** A sum over the operating years, rounded to cents the way the cash flow totals are. */
const total = (r: SolarViabilityResult, pick: (y: SolarViabilityResult["cash_flow"][number]) => number) =>
  round(r.cash_flow.slice(1).reduce((s, y) => s + pick(y), 0), 2)
const fioBTotal = (r: SolarViabilityResult) => total(r, (y) => y.fio_b_charge_brl)
const grossTotal = (r: SolarViabilityResult) => total(r, (y) => y.gross_savings_brl)
/**
 * Expired credits at what they would have saved on another unit: the tariff less the Fio B
 * they would pay there. With a January start operating years are calendar years, so a year's
 * row carries its months' tariff and Fio B share.
 */
const excessCreditValue = (r: SolarViabilityResult) => {
  const fioB1 = r.assumptions.derived.fio_b_tariff_kwh_brl
  return r.cash_flow
    .slice(1)
    .reduce(
      (s, y) => s + y.credits_expired_kwh * Math.max(0, y.tariff_kwh_brl - fioB1 * 1.06 ** (y.year - 1) * y.fio_b_share),
      0
    )
}
const types = (list: { type: string }[]) => list.map((x) => x.type)
const find = <T extends { type: string }>(list: T[], type: string) => list.find((x) => x.type === type)
const brl = (value: number) =>
  `${value < 0 ? "-" : ""}R$ ${Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

const MITIGATION = {
  low_irradiation: "Confirm with site irradiance data, avoid shaded roof faces and consider higher-efficiency modules.",
  irradiation_estimate: "Measure the site's irradiance (PVGIS, a roof survey) before the final proposal.",
  no_payback: "Revisit the tariff, consumption and cost figures; solar is unlikely to pay off here.",
  long_payback: "Get competing quotes, check for a lower cost per Wp or a smaller system sized to the base load.",
  negative_npv: "Only proceed for non-financial reasons or after lowering the investment.",
  fio_b_exposure: "Raise self-consumption (run loads in daylight) so less energy is injected and charged.",
  regulatory_uncertainty: "Re-run the analysis when ANEEL publishes the valuation.",
  roof_area_insufficient: "Use higher-wattage modules, another roof face or a smaller system.",
  roof_unknown: "Schedule a roof survey (or a satellite roof analysis).",
  oversizing: "Size down, or allocate the surplus to another unit of the same holder (autoconsumo remoto).",
  low_offset_share: "Small consumers gain little; consider a shared or community solar subscription.",
}

const STEP = {
  survey_unknown_roof: {
    title: "Technical site survey",
    description: "Measure the roof, its orientation and shading, and the electrical panel.",
    estimated_days: 7,
  },
  survey_known_roof: {
    title: "Technical site survey",
    description: "Confirm the roof figures, shading and the electrical panel on site.",
    estimated_days: 7,
  },
  proposal: {
    title: "Final proposal",
    description: "Receive a quote with the chosen modules and inverter and the final payback.",
    estimated_days: 3,
  },
  financing: {
    title: "Financing simulation and credit analysis",
    description: "Compare solar financing lines so the installment fits within the monthly savings.",
    estimated_days: 10,
  },
  installation: {
    title: "Installation",
    description: "Mount the modules and inverter and commission the system.",
    estimated_days: 5,
  },
  grid: {
    title: "Grid connection",
    description: "The distributor approves the access request, inspects and swaps the meter.",
    estimated_days: 30,
  },
}
const numbered = (steps: object[]) => steps.map((s, i) => ({ step: i + 1, ...s }))

const GD2_RULE =
  "GD II (Lei 14.300 art. 16; REN ANEEL 1.000/2021 art. 655-I as amended by REN ANEEL 1.059/2023): bill = max(minimum kWh x tariff, uncompensated kWh x tariff + compensated kWh x Fio B share x TUSD Fio B)."
const GD1_RULE =
  "GD I (Lei 14.300 art. 26, until 2045-12-31): billed kWh = max(grid draw - credits used, minimum kWh) at the full tariff; credits not usable stay banked."

describe("the São Paulo home, read in full", () => {
  it("lists its risks in order, word for word", () => {
    const r = run(SP_HOME)
    const fioB = fioBTotal(r)
    // 13.8 % of the gross savings go to Fio B: above the 10 % that makes the exposure medium.
    expect(fioB).toBe(31932.2)
    expect(((fioB / grossTotal(r)) * 100).toFixed(1)).toBe("13.8")
    expect(r.risks).toEqual([
      {
        type: "irradiation_estimate",
        severity: "low",
        description: "Irradiation is São Paulo's capital-city average (4.6 h); the site may differ by 0.3-0.5 h.",
        mitigation: MITIGATION.irradiation_estimate,
      },
      {
        type: "fio_b_exposure",
        severity: "medium",
        description: "Lei 14.300 Fio B charges take R$ 31,932.20 (13.8% of gross savings) over 25 years.",
        mitigation: MITIGATION.fio_b_exposure,
      },
      {
        // The schedule ends in 2028; from 2029 the share is the assumed 100 %.
        type: "regulatory_uncertainty",
        severity: "low",
        description: "From 2029 the Fio B share awaits an ANEEL valuation (Lei 14.300 art. 17); 100% is assumed.",
        mitigation: MITIGATION.regulatory_uncertainty,
      },
      {
        type: "roof_unknown",
        severity: "low",
        description: "Roof area, orientation and shading are unknown; about 19.87 m2 facing north is needed.",
        mitigation: MITIGATION.roof_unknown,
      },
    ])
  })

  it("lists its opportunities, each worth what the cash-flow rows say", () => {
    const r = run(SP_HOME)
    const fioB1 = r.assumptions.derived.fio_b_tariff_kwh_brl
    // 0.95 x 28 % = R$ 0.266/kWh of Fio B in year 1.
    expect(fioB1).toBe(0.266)
    // What tariff growth adds: each year's savings less the same energy at the year-1 tariff.
    const hedge = round(
      r.cash_flow.slice(1).reduce((s, y) => s + y.bill_savings_brl * (1 - 1 / 1.06 ** (y.year - 1)), 0),
      2
    )
    const excess = excessCreditValue(r)
    expect(r.assumptions.derived.billing.total_credits_expired_kwh).toBe(2765.3)
    expect(r.opportunities).toEqual([
      {
        type: "high_tariff",
        description: "At R$ 0.95/kWh every kWh generated is worth more than in most of Brazil.",
        potential_savings_brl: round(grossTotal(r) - fioBTotal(r), 2),
      },
      {
        type: "tariff_inflation_hedge",
        description: "With tariffs rising 6.0% a year, the system locks in savings that grow with them.",
        potential_savings_brl: hedge,
      },
      {
        type: "excess_credits",
        description:
          "Surplus credits (2765 kWh over the horizon) expire unused; they could offset another unit's bill before they do.",
        potential_savings_brl: expect.closeTo(excess, 0),
      },
    ])
  })

  it("is viable, suggests financing, and lists the five steps to a connection", () => {
    const r = run(SP_HOME)
    expect([r.recommendation, r.is_viable, r.financing_suggested]).toEqual(["highly_recommended", true, true])
    expect(r.next_steps).toEqual(
      numbered([STEP.survey_unknown_roof, STEP.proposal, STEP.financing, STEP.installation, STEP.grid])
    )
  })

  it("records the billing it assumed: GD II from January 2026 through December 2050", () => {
    const r = run(SP_HOME)
    expect(r.assumptions.derived.billing).toEqual({
      request_date: null,
      expected_connection_date: "2026-01-01",
      connection_date_source: "start_year",
      first_month: "2026-01",
      last_month: "2050-12",
      regimes: [{ regime: "gd2", from: "2026-01", to: "2050-12", rule: GD2_RULE }],
      credit_expiry_months: 60,
      credit_use_order: "oldest_first",
      generation_profile: "flat_monthly",
      total_credits_expired_kwh: 2765.3,
      credit_bank_end_kwh: 0,
    })
  })

  it("notes each assumption it leaned on, in order", () => {
    const r = run(SP_HOME)
    expect(r.assumptions.notes).toEqual([
      ASSUMPTION_NOTES.consumption,
      ASSUMPTION_NOTES.score_weights,
      ASSUMPTION_NOTES.fio_b_share_after_schedule,
      ASSUMPTION_NOTES.fio_b_share_of_tariff,
      ASSUMPTION_NOTES.monthly_generation,
      ASSUMPTION_NOTES.equipment_cost_share,
      ASSUMPTION_NOTES.maintenance_cost_share_annual,
      ASSUMPTION_NOTES.maintenance_inflation_annual,
      ASSUMPTION_NOTES.financing_rate_monthly,
    ])
  })

  it("echoes its inputs and says where each figure came from", () => {
    const r = run(SP_HOME)
    expect(r.assumptions.model_version).toBe("solar-viability/2")
    expect(r.assumptions.inputs).toEqual(SP_HOME)
    expect(r.assumptions.inputs).not.toBe(SP_HOME)
    expect(r.assumptions.derived).toMatchObject({
      investment_source: "cost_per_wp",
      roof_quality_source: "unknown",
      financing_release_date: "2026-01-01",
      financing_release_date_source: "connection_date",
    })
    expect([r.city, r.utility_company]).toEqual(["São Paulo", null])
    expect(r.monthly_savings_brl).toBe(round(r.annual_savings_brl / 12, 2))
    expect(r.annual_savings_brl).toBe(r.cash_flow[1].bill_savings_brl)
    expect(r.monthly_savings_brl).toBeGreaterThan(300)
  })

  it("reports the factor scores it weighed", () => {
    const r = run(SP_HOME)
    const a = resolveSolarAssumptions()
    expect({
      irradiation_score: r.irradiation_score,
      roof_quality_score: r.roof_quality_score,
      economic_score: r.economic_score,
      payback_score: r.payback_score,
      consumption_profile_score: r.consumption_profile_score,
    }).toEqual({
      irradiation_score: irradiationScore(4.6, a),
      roof_quality_score: 70,
      economic_score: economicScore(r.npv_brl, r.total_investment, a),
      payback_score: paybackScore(r.payback_years, a),
      consumption_profile_score: consumptionProfileScore(400, a),
    })
    expect(r.irradiation_score).toBe(53)
  })

  it("prices its loans on the operating years' flows, released at the connection", () => {
    const r = run(SP_HOME)
    const a = resolveSolarAssumptions()
    const release = new Date(Date.UTC(2026, 0, 1))
    expect(r.financing_options).toEqual(
      buildFinancingOptions(
        r.total_investment,
        r.cash_flow.slice(1).map((y) => y.net_cash_flow_brl),
        release,
        a,
        monthsBeforeSavings(release, { year: 2026, month: 1 })
      )
    )
  })

  it("sizes the three scenarios apart and recommends the 100 % one, which is the analysis itself", () => {
    const r = runAllSizes(SP_HOME)
    expect(r.alternative_scenarios.map((s) => [s.label, s.sizing_factor, s.is_recommended])).toEqual([
      ["80%", 0.8, false],
      ["100%", 1, true],
      ["120%", 1.2, false],
    ])
    const [small, base, large] = r.alternative_scenarios
    expect([base.system_size_kwp, base.npv_brl, base.panel_count]).toEqual([r.system_size_kwp, r.npv_brl, r.panel_count])
    // The 370 kWh to offset need 370 / (4.6 x 30 x 0.8) = 3.351 kWp (7 modules of 550 W);
    // 0.8 x = 2.681 kWp -> 5 modules, 1.2 x = 4.022 kWp -> 8 modules.
    expect(r.assumptions.derived.target_kwp).toBe(3.3514)
    expect([small.panel_count, large.panel_count]).toEqual([5, 8])
    expect(small.npv_brl).toBeLessThan(base.npv_brl)
    // The recommended size has the best NPV of the three, so no resize is suggested.
    expect(Math.max(...r.alternative_scenarios.map((s) => s.npv_brl))).toBe(r.npv_brl)
    expect(types(r.opportunities)).not.toContain("resize_system")
  })

  it("keeps the module wattage given for every scenario", () => {
    const r = runAllSizes({ ...SP_HOME, panel_wattage: 600 })
    expect([r.panel_wattage, r.panel_count, r.system_size_kwp]).toEqual([600, 6, 3.6])
    expect(r.alternative_scenarios.map((s) => s.system_size_kwp)).toEqual([3, 3.6, 4.2])
  })
})

describe("risks at each threshold", () => {
  it("low irradiation: high below 4 h, medium from 4 h, none from 4.5 h; a given HSP is no estimate", () => {
    expect(find(run({ ...SP_HOME, hsp_kwh_m2_day: 3.9 }).risks, "low_irradiation")).toEqual({
      type: "low_irradiation",
      severity: "high",
      description: "Irradiation of 3.9 peak sun hours a day is below 4.5: each kWp yields less, so more panels are needed.",
      mitigation: MITIGATION.low_irradiation,
    })
    expect(find(run({ ...SP_HOME, hsp_kwh_m2_day: 4 }).risks, "low_irradiation")?.severity).toBe("medium")
    const enough = run({ ...SP_HOME, hsp_kwh_m2_day: 4.5 })
    expect(types(enough.risks)).toEqual(["fio_b_exposure", "regulatory_uncertainty", "roof_unknown"])
  })

  it("a borrowed capital's irradiation is a medium risk that names the lender", () => {
    const r = run({ ...SP_HOME, state: "AC" })
    expect(find(r.risks, "irradiation_estimate")).toEqual({
      type: "irradiation_estimate",
      severity: "medium",
      description: "No irradiation figure for AC: Manaus's value (4.4 h) was borrowed; real values can differ by 0.3-0.5 h.",
      mitigation: MITIGATION.irradiation_estimate,
    })
    // 4.4 h is also below the 4.5 h threshold, but not below 4 h.
    expect(find(r.risks, "low_irradiation")?.severity).toBe("medium")
  })

  it("a costly system: a long payback (high beyond 10 years) and a negative NPV in reais", () => {
    const r = run({ ...SP_HOME, total_investment_brl: 70000 })
    expect(r.payback_years).toBe(14.74)
    expect(find(r.risks, "long_payback")).toEqual({
      type: "long_payback",
      severity: "high",
      description: "Payback of 14.7 years exceeds 6 years.",
      mitigation: MITIGATION.long_payback,
    })
    expect(find(r.risks, "negative_npv")).toEqual({
      type: "negative_npv",
      severity: "high",
      description: `At a 10.0% discount rate the project is worth ${brl(r.npv_brl)}.`,
      mitigation: MITIGATION.negative_npv,
    })
    expect(r.npv_brl).toBeLessThan(-1000)
  })

  it("a payback between 6 and 10 years is a medium risk", () => {
    const r = run({ ...SP_HOME, total_investment_brl: 30000 })
    expect(r.payback_years).toBe(6.91)
    expect(find(r.risks, "long_payback")?.severity).toBe("medium")
    expect(types(r.risks)).not.toContain("negative_npv")
  })

  it("the payback thresholds are exclusive: a payback exactly at either is not beyond it", () => {
    const payback = run(SP_HOME).payback_years as number
    expect(payback).toBe(2.37)
    expect(types(run(SP_HOME, { long_payback_years: payback }).risks)).not.toContain("long_payback")
    const medium = run(SP_HOME, { long_payback_years: 2, very_long_payback_years: payback })
    expect(find(medium.risks, "long_payback")).toMatchObject({
      severity: "medium",
      description: "Payback of 2.4 years exceeds 2 years.",
    })
    const high = run(SP_HOME, { long_payback_years: 2, very_long_payback_years: 2.36 })
    expect(find(high.risks, "long_payback")?.severity).toBe("high")
  })

  it("a system that never pays back says so, and has no long-payback risk", () => {
    const r = run({ ...SP_HOME, total_investment_brl: 500000 })
    expect(r.payback_years).toBeNull()
    expect(find(r.risks, "no_payback")).toEqual({
      type: "no_payback",
      severity: "high",
      description: "The system does not pay for itself within 25 years.",
      mitigation: MITIGATION.no_payback,
    })
    expect(types(r.risks)).not.toContain("long_payback")
  })

  it("Fio B exposure: medium above 10 % of gross savings, low at exactly the threshold, none without charges", () => {
    const r = run(SP_HOME)
    const share = fioBTotal(r) / grossTotal(r)
    const atThreshold = run(SP_HOME, { fio_b_exposure_medium_share: share })
    expect(find(atThreshold.risks, "fio_b_exposure")?.severity).toBe("low")
    const free = run({ ...SP_HOME, fio_b_tariff_kwh_brl: 0 })
    expect(types(free.risks)).toEqual(["irradiation_estimate", "regulatory_uncertainty", "roof_unknown"])
  })

  it("a horizon that ends inside the schedule has no regulatory risk and no note about it", () => {
    const r = run(SP_HOME, TWO_YEARS)
    // Two years do not pay the system back.
    expect(types(r.risks)).toEqual(["irradiation_estimate", "no_payback", "negative_npv", "fio_b_exposure", "roof_unknown"])
    expect(r.assumptions.notes).not.toContain(ASSUMPTION_NOTES.fio_b_share_after_schedule)
    expect(r.assumptions.notes).toContain(ASSUMPTION_NOTES.fio_b_share_of_tariff)
  })

  it("a roof smaller than the system is a high risk; a roof exactly big enough is none", () => {
    const small = run({ ...SP_HOME, roof_area_m2: 10 })
    expect(find(small.risks, "roof_area_insufficient")).toEqual({
      type: "roof_area_insufficient",
      severity: "high",
      description: "The system needs about 19.87 m2 but the roof offers 10 m2.",
      mitigation: MITIGATION.roof_area_insufficient,
    })
    expect(types(small.risks)).not.toContain("roof_unknown")
    const exact = run({ ...SP_HOME, roof_area_m2: 19.87 })
    expect(types(exact.risks)).toEqual(["irradiation_estimate", "fio_b_exposure", "regulatory_uncertainty"])
  })

  it("a roof known by its score alone is no roof risk", () => {
    const r = run({ ...SP_HOME, roof_quality_score: 80 })
    expect(types(r.risks)).toEqual(["irradiation_estimate", "fio_b_exposure", "regulatory_uncertainty"])
  })

  it("oversizing: the share of the generation never used, expired credits and the bank left at the end", () => {
    // One 1,000 W module for 80 kWh a month: far more than the unit can use.
    const r = run({ ...SMALL, panel_wattage: 1000 })
    const billing = r.assumptions.derived.billing
    expect([billing.total_credits_expired_kwh, billing.credit_bank_end_kwh]).toEqual([6425.42, 1214.91])
    const generation = total(r, (y) => y.generation_kwh)
    const unused = (6425.42 + 1214.91) / generation
    expect(find(r.risks, "oversizing")).toEqual({
      type: "oversizing",
      severity: "medium",
      description: `${(unused * 100).toFixed(0)}% of the generation over 25 years is never used by this unit: credits expire 60 months after the month they are generated in (6425 kWh expire).`,
      mitigation: MITIGATION.oversizing,
    })
    expect((unused * 100).toFixed(0)).toBe("24")
    // The tolerance is exclusive.
    expect(types(run({ ...SMALL, panel_wattage: 1000 }, { excess_generation_tolerance: unused }).risks)).not.toContain(
      "oversizing"
    )
  })

  it("low offset share, GD II: at most (80 - 30) / 80 = 63 % of the bill can be saved", () => {
    const r = run(SMALL)
    expect(find(r.risks, "low_offset_share")).toEqual({
      type: "low_offset_share",
      severity: "medium",
      description:
        "At most 63% of the bill can be saved: credits may cover all the consumption, but the bill never drops below the 30 kWh minimum (custo de disponibilidade), and the Fio B charge counts toward that floor.",
      mitigation: MITIGATION.low_offset_share,
    })
    // 50 / 80 = 0.625 exactly: the threshold is exclusive.
    expect(types(run(SMALL, { low_offset_share: 0.625 }).risks)).not.toContain("low_offset_share")
  })

  it("low offset share, GD I through the whole horizon: compensation stops at the minimum", () => {
    const r = run({ ...SMALL, grandfathered: true }, TEN_YEARS)
    expect(find(r.risks, "low_offset_share")?.description).toBe(
      "Only 63% of the consumption can be offset: compensation cannot take the billed energy below the 30 kWh minimum (custo de disponibilidade)."
    )
    // A grandfathered unit whose horizon runs past 2045 ends under GD II: the GD II wording.
    const crossing = run({ ...SMALL, grandfathered: true })
    expect(find(crossing.risks, "low_offset_share")?.description).toMatch(/^At most 63% of the bill can be saved/)
  })

  it("GD I through the horizon charges no Fio B: no exposure risk, no regulatory risk, no Fio B note", () => {
    const r = run({ ...SMALL, grandfathered: true }, TEN_YEARS)
    expect(types(r.risks)).toEqual(["irradiation_estimate", "roof_unknown", "oversizing", "low_offset_share"])
    expect(r.assumptions.notes).not.toContain(ASSUMPTION_NOTES.fio_b_share_of_tariff)
    expect(r.assumptions.notes).not.toContain(ASSUMPTION_NOTES.fio_b_share_after_schedule)
  })
})

describe("opportunities at each threshold", () => {
  it("a tariff of exactly R$ 0.90/kWh is high; R$ 0.89 is not", () => {
    expect(find(run({ ...SP_HOME, tariff_kwh_brl: 0.9 }).opportunities, "high_tariff")?.description).toBe(
      "At R$ 0.90/kWh every kWh generated is worth more than in most of Brazil."
    )
    expect(types(run({ ...SP_HOME, tariff_kwh_brl: 0.89 }).opportunities)).not.toContain("high_tariff")
  })

  it("no tariff growth, no hedge", () => {
    expect(types(run(SP_HOME, { tariff_inflation_annual: 0 }).opportunities)).not.toContain("tariff_inflation_hedge")
  })

  it("a grandfathered unit avoids the Fio B a new one would pay", () => {
    const sp = run(SP_HOME)
    const gf = run({ ...SP_HOME, grandfathered: true })
    expect(find(gf.opportunities, "grandfathered_net_metering")).toEqual({
      type: "grandfathered_net_metering",
      description: "As a grandfathered system it keeps full net metering until 2045, avoiding Fio B charges.",
      potential_savings_brl: round(fioBTotal(sp) - fioBTotal(gf), 2),
    })
    expect(fioBTotal(sp) - fioBTotal(gf)).toBeGreaterThan(20000)
    // Under GD I (share 0) an expired kWh would have saved the whole tariff elsewhere.
    expect(find(gf.opportunities, "excess_credits")?.potential_savings_brl).toBeCloseTo(excessCreditValue(gf), 0)
    expect(excessCreditValue(gf)).toBeGreaterThan(10000)
    // With no Fio B tariff there is nothing to avoid.
    const free = run({ ...SP_HOME, grandfathered: true, fio_b_tariff_kwh_brl: 0 })
    expect(types(free.opportunities)).not.toContain("grandfathered_net_metering")
  })

  it("no expired credits, no excess-credit opportunity", () => {
    const r = run(SMALL)
    expect(r.assumptions.derived.billing.total_credits_expired_kwh).toBe(0)
    expect(types(r.opportunities)).toEqual(["high_tariff", "tariff_inflation_hedge"])
  })

  it("suggests the size with the best NPV when it is not the recommended one", () => {
    const costly = runAllSizes({ ...SP_HOME, total_investment_brl: 70000 })
    const [small, base] = costly.alternative_scenarios
    expect(find(costly.opportunities, "resize_system")).toEqual({
      type: "resize_system",
      description: "The 80% sizing (2.75 kWp) has a higher NPV than the recommended size.",
      potential_savings_brl: round(small.npv_brl - base.npv_brl, 2),
    })
    // At a low irradiation the larger size wins: the best is found by NPV, not by position.
    const dim = runAllSizes({ ...SP_HOME, hsp_kwh_m2_day: 3.9 })
    const large = dim.alternative_scenarios[2]
    expect(find(dim.opportunities, "resize_system")).toEqual({
      type: "resize_system",
      description: "The 120% sizing (4.95 kWp) has a higher NPV than the recommended size.",
      potential_savings_brl: round(large.npv_brl - dim.npv_brl, 2),
    })
  })

  it("a size that only ties the recommended one is no reason to resize", () => {
    // 80 kWh a month: every scenario rounds to the same single module, so the NPVs tie.
    const r = runAllSizes(SMALL)
    expect(new Set(r.alternative_scenarios.map((s) => s.npv_brl)).size).toBe(1)
    expect(types(r.opportunities)).not.toContain("resize_system")
  })
})

describe("roof quality", () => {
  it("takes a given score from 0 to 100, rounded", () => {
    for (const [given, score] of [
      [0, 0],
      [100, 100],
      [55.4, 55],
    ]) {
      const r = run({ ...SP_HOME, roof_quality_score: given })
      expect([r.roof_quality_score, r.assumptions.derived.roof_quality_source]).toEqual([score, "provided"])
    }
  })

  it("scores a roof area against the area needed: half the area, half the score", () => {
    const half = run({ ...SP_HOME, roof_area_m2: 10 })
    // 10 / 19.87 = 0.503 -> 50.
    expect([half.roof_quality_score, half.assumptions.derived.roof_quality_source]).toEqual([50, "roof_area"])
    expect(run({ ...SP_HOME, roof_area_m2: 40 }).roof_quality_score).toBe(100)
    expect(half.next_steps[0]).toEqual({ step: 1, ...STEP.survey_known_roof })
  })

  it("reads null score and area as unknown", () => {
    const r = run({ ...SP_HOME, roof_quality_score: null, roof_area_m2: null })
    expect([r.roof_quality_score, r.assumptions.derived.roof_quality_source]).toEqual([70, "unknown"])
    expect(types(r.risks)).toContain("roof_unknown")
  })
})

describe("viability, financing and the next steps", () => {
  it("a system not recommended gets one step: review the numbers", () => {
    const r = run({ ...SP_HOME, total_investment_brl: 70000 })
    expect([r.recommendation, r.is_viable, r.financing_suggested]).toEqual(["not_recommended", false, false])
    expect(r.next_steps).toEqual([
      {
        step: 1,
        title: "Review the numbers with a consultant",
        description: "Check consumption, tariff and cost figures; efficiency measures may beat solar here.",
        estimated_days: 3,
      },
    ])
    expect(r.assumptions.derived.investment_source).toBe("provided")
  })

  it("a marginal system with a negative NPV is not viable and gets no financing step", () => {
    // At a 50 % discount rate the São Paulo home still pays back in 29 months but its NPV is negative.
    const r = run(SP_HOME, { discount_rate: 0.5 })
    expect(r.recommendation).toBe("marginal")
    expect(r.npv_brl).toBeLessThan(0)
    expect(r.payback_months).toBe(29)
    expect([r.is_viable, r.financing_suggested]).toEqual([false, false])
    expect(r.next_steps).toEqual(numbered([STEP.survey_unknown_roof, STEP.proposal, STEP.installation, STEP.grid]))
  })

  it("suggests financing only for a payback longer than the threshold", () => {
    const months = run(SP_HOME).payback_months as number
    expect(months).toBe(29)
    const at = run(SP_HOME, { financing_suggested_min_payback_months: months })
    expect([at.is_viable, at.financing_suggested]).toEqual([true, false])
    expect(at.next_steps.map((s) => s.title)).not.toContain(STEP.financing.title)
    expect(run(SP_HOME, { financing_suggested_min_payback_months: months - 1 }).financing_suggested).toBe(true)
  })
})

describe("a request date", () => {
  it("releases the loan on the request day and connects the assumed 60 days later", () => {
    const input = { ...SP_HOME, start_year: undefined, request_date: "2026-03-10", utility_company: "Enel SP" }
    const r = run(input)
    expect(r.assumptions.derived).toMatchObject({
      financing_release_date: "2026-03-10",
      financing_release_date_source: "request_date",
    })
    expect(r.assumptions.derived.billing).toMatchObject({
      request_date: "2026-03-10",
      expected_connection_date: "2026-05-09",
      connection_date_source: "request_date_plus_lead_days",
      first_month: "2026-05",
      last_month: "2051-04",
      regimes: [{ regime: "gd2", from: "2026-05", to: "2051-04", rule: GD2_RULE }],
    })
    expect(r.assumptions.notes).toContain(ASSUMPTION_NOTES.connection_lead_days)
    expect(run(SP_HOME).assumptions.notes).not.toContain(ASSUMPTION_NOTES.connection_lead_days)
    expect(r.utility_company).toBe("Enel SP")
    expect(run({ ...SP_HOME, city: undefined }).city).toBeNull()
  })
})

describe("the billing record of a grandfathered unit", () => {
  it("is GD I through December 2045 and GD II from January 2046, one entry per stretch", () => {
    const r = run({ ...SP_HOME, grandfathered: true })
    expect(r.assumptions.derived.billing.regimes).toEqual([
      { regime: "gd1", from: "2026-01", to: "2045-12", rule: GD1_RULE },
      { regime: "gd2", from: "2046-01", to: "2050-12", rule: GD2_RULE },
    ])
    // Only `true` is grandfathered.
    const notTrue = run({ ...SP_HOME, grandfathered: "yes" as never })
    expect(notTrue.assumptions.derived.billing.regimes).toEqual([
      { regime: "gd2", from: "2026-01", to: "2050-12", rule: GD2_RULE },
    ])
  })
})

describe("left open by the mutation run, closed after it", () => {
  it("charges a quote in full whatever the module wattage", () => {
    // The quote is spread per kWp of the given 600 W modules, not of the default size.
    const r = run({ ...SP_HOME, panel_wattage: 600, total_investment_brl: 20000 })
    expect(r.total_investment).toBe(20000)
  })

  it("a distributor's own Fio B tariff needs no note about estimating it", () => {
    const r = run({ ...SP_HOME, fio_b_tariff_kwh_brl: 0.2 })
    expect(r.npv_brl).toBeGreaterThan(0)
    expect(types(r.risks)).toContain("fio_b_exposure")
    expect(r.assumptions.notes).not.toContain(ASSUMPTION_NOTES.fio_b_share_of_tariff)
  })
})
