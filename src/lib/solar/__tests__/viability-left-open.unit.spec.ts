// The viability survivors issue 20 left open (docs/testing.md, "Mutation testing"): a system the
// score does not recommend although it pays, an NPV of exactly R$ 0.00, and an amount in the
// millions. Each test fails with its mutant applied (checked by applying each by hand). Only the
// recommended size is analysed (the alternative sizes do not matter here), inside each test.
import { SolarAssumptionOverrides } from "../assumptions"
import { analyzeSolarViability, SolarViabilityInput } from "../viability"
import { SP_HOME } from "./viability-fixtures"

const run = (input: SolarViabilityInput, overrides: SolarAssumptionOverrides = {}) =>
  analyzeSolarViability(input, { scenario_sizing_factors: [1], ...overrides })
const risk = (r: ReturnType<typeof run>, type: string) => r.risks.find((x) => x.type === type)
const REVIEW_STEP = {
  step: 1,
  title: "Review the numbers with a consultant",
  description: "Check consumption, tariff and cost figures; efficiency measures may beat solar here.",
  estimated_days: 3,
}

describe("isViable needs the score's recommendation, not only the money", () => {
  it("a system that pays but scores below every threshold is not viable and gets no financing", () => {
    // Every threshold at 100: the home's score of 80 is below "marginal", so the band is
    // "not recommended" while the NPV stays positive and the system pays back in 29 months.
    const r = run(SP_HOME, { recommendation_thresholds: { highly_recommended: 100, recommended: 100, marginal: 100 } })
    expect([r.viability_score, r.npv_brl, r.payback_months]).toEqual([80, 45254.78, 29])
    expect([r.recommendation, r.is_viable, r.financing_suggested]).toEqual(["not_recommended", false, false])
    expect(r.next_steps).toEqual([REVIEW_STEP])
  })
})

describe("an NPV of exactly R$ 0.00", () => {
  // A quote of R$ 50,905.09 for the home makes the NPV at 10 % exactly zero (a cent less,
  // R$ 0.01; a cent more, -R$ 0.01). With every threshold at 0 the score never makes the band
  // "not recommended" (the NPV veto caps a non-positive NPV at "marginal"), so only the NPV
  // decides whether the system is viable.
  const quote = (total_investment_brl: number) =>
    run({ ...SP_HOME, total_investment_brl }, { recommendation_thresholds: { highly_recommended: 0, recommended: 0, marginal: 0 } })

  it("is a risk written without a minus sign, and the system is not viable", () => {
    const r = quote(50905.09)
    expect(r.npv_brl).toBe(0)
    expect(r.recommendation).toBe("marginal")
    expect([r.is_viable, r.financing_suggested]).toEqual([false, false])
    expect(risk(r, "negative_npv")).toEqual({
      type: "negative_npv",
      severity: "high",
      description: "At a 10.0% discount rate the project is worth R$ 0.00.",
      mitigation: "Only proceed for non-financial reasons or after lowering the investment.",
    })
  })

  it("a cent either side: viable without the risk, or the risk with a minus sign", () => {
    const below = quote(50905.08)
    expect([below.npv_brl, below.is_viable, risk(below, "negative_npv")]).toEqual([0.01, true, undefined])
    const above = quote(50905.1)
    expect([above.npv_brl, above.is_viable]).toEqual([-0.01, false])
    expect(risk(above, "negative_npv")?.description).toBe("At a 10.0% discount rate the project is worth -R$ 0.01.")
  })
})

describe("an amount in the millions", () => {
  it("groups every three digits of the NPV, not only the last three", () => {
    const r = run({ ...SP_HOME, total_investment_brl: 2_000_000 })
    expect(r.npv_brl).toBeLessThan(-1_000_000)
    const [int, dec] = Math.abs(r.npv_brl).toFixed(2).split(".")
    // Written by hand: millions, thousands and units, each group of three after the first.
    const grouped = `${int.slice(0, -6)},${int.slice(-6, -3)},${int.slice(-3)}`
    expect(risk(r, "negative_npv")?.description).toBe(`At a 10.0% discount rate the project is worth -R$ ${grouped}.${dec}.`)
  })
})
