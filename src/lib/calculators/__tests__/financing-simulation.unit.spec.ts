import { FinanceError } from "../../finance"
import {
  buildFinancingSimulation,
  DEFAULT_FINANCING_SETTINGS,
  FinancingRequest,
} from "../financing-simulation"

const request = (overrides: Partial<FinancingRequest> = {}): FinancingRequest => ({
  system_cost: 30_000,
  down_payment: 5_000,
  term_months: 60,
  rate_percent: 1.9,
  rate_period: "monthly",
  person_type: "PF",
  fees: { tac: 500 },
  insurance_amount: 300,
  costs_financed: true,
  release_date: new Date("2026-03-10T00:00:00Z"),
  ...overrides,
})

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(FinanceError)
    return (error as FinanceError).code
  }
  return undefined
}

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100

describe("buildFinancingSimulation", () => {
  it("computes the chosen term with costs financed: principal = need + fees + insurance + IOF", () => {
    const sim = buildFinancingSimulation(request())
    expect(sim.fees_amount).toBe(500)
    expect(sim.upfront_costs).toBe(0)
    // 25,000 needed + 800 costs + IOF (PF: 0.38% flat + 0.0082%/day up to 365 days) ~ 3%.
    expect(sim.financing_amount).toBeCloseTo(25_800 + sim.iof_amount, 2)
    expect(sim.iof_amount).toBeGreaterThan(25_800 * 0.0038)
    expect(sim.iof_amount).toBeLessThan(sim.financing_amount * 0.0338)
    expect(sim.interest_rate_monthly).toBe(1.9)
    expect(sim.interest_rate_annual).toBe(25.3401)
    expect(sim.schedule).toHaveLength(60)
    expect(sim.schedule[0].due_date).toBe("2026-04-10")
    expect(sim.schedule[59].due_date).toBe("2031-03-10")
  })

  it("has a schedule whose principal sums to the amount financed and payments to the total paid", () => {
    for (const costs_financed of [true, false]) {
      for (const term_months of [1, 7, 60, 420]) {
        const sim = buildFinancingSimulation(request({ costs_financed, term_months }))
        expect(sum(sim.schedule.map((row) => row.principal))).toBe(sim.financing_amount)
        expect(sum([...sim.schedule.map((row) => row.payment), sim.upfront_costs])).toBe(sim.total_paid)
        expect(sum(sim.schedule.map((row) => row.interest))).toBe(sim.total_interest)
      }
    }
  })

  it("has a CET at or above the nominal annual rate whenever there are costs", () => {
    for (const fees of [{}, { tac: 900 }] as Array<Record<string, number>>) {
      for (const costs_financed of [true, false]) {
        const sim = buildFinancingSimulation(request({ fees, costs_financed, insurance_amount: 0 }))
        expect(sim.cet_annual).toBeGreaterThanOrEqual(sim.interest_rate_annual)
      }
    }
  })

  it("pays IOF, fees and insurance upfront when they are not financed", () => {
    const sim = buildFinancingSimulation(request({ costs_financed: false }))
    expect(sim.financing_amount).toBe(25_000)
    expect(sim.upfront_costs).toBeCloseTo(800 + sim.iof_amount, 2)
  })

  it("works at zero interest: installments are the amount over the term, CET comes from IOF and fees only", () => {
    const sim = buildFinancingSimulation(
      request({ rate_percent: 0, fees: {}, insurance_amount: 0, costs_financed: false, term_months: 10 })
    )
    expect(sim.monthly_payment).toBe(2_500)
    expect(sim.total_interest).toBe(0)
    expect(sim.cet_annual).toBeGreaterThan(0)
  })

  it("converts an annual rate compoundly and records which one the customer typed", () => {
    const sim = buildFinancingSimulation(request({ rate_percent: 25.3401, rate_period: "annual" }))
    expect(sim.rate_input_period).toBe("annual")
    expect(sim.interest_rate_monthly).toBeCloseTo(1.9, 4)
    expect(sim.interest_rate_monthly).not.toBeCloseTo(25.3401 / 12, 2)
  })

  it("compares the standard terms and marks the chosen one, adding it when it is not standard", () => {
    const sim = buildFinancingSimulation(request({ term_months: 66 }))
    expect(sim.alternative_simulations.map((a) => a.term_months)).toEqual([12, 24, 36, 48, 60, 66, 72, 84, 96, 108, 120])
    const chosen = sim.alternative_simulations.filter((a) => a.is_chosen)
    expect(chosen).toEqual([
      expect.objectContaining({ term_months: 66, monthly_payment: sim.monthly_payment, cet_annual: sim.cet_annual }),
    ])
    const payments = sim.alternative_simulations.map((a) => a.monthly_payment)
    expect([...payments].sort((a, b) => b - a)).toEqual(payments)
    const totals = sim.alternative_simulations.map((a) => a.total_paid)
    expect([...totals].sort((a, b) => a - b)).toEqual(totals)
  })

  it("projects savings and payback against everything the financed system costs", () => {
    const savings = { monthly_savings_brl: 400, yearly_net_savings_brl: Array(25).fill(4_800) }
    const sim = buildFinancingSimulation(request(), DEFAULT_FINANCING_SETTINGS, savings)
    const totalCost = sim.down_payment + sim.total_paid
    expect(sim.monthly_energy_savings).toBe(400)
    expect(sim.payback_months).toBe(Math.ceil((totalCost / 4_800) * 12))
    expect(sim.roi_percentage).toBeCloseTo(((4_800 * 25 - totalCost) / totalCost) * 100, 1)
    expect(buildFinancingSimulation(request()).payback_months).toBeNull()
  })

  it("records every input and rate used", () => {
    const sim = buildFinancingSimulation(request({ person_type: "PJ" }))
    expect(sim.assumptions).toMatchObject({
      inputs: { system_cost: 30_000, rate_percent: 1.9, person_type: "PJ", release_date: "2026-03-10" },
      iof_rates: { dailyRate: 0.000082, flatRate: 0.0095, maxDays: 365 },
      cet_convention: "365-day",
      rate_conversion: "compound",
    })
  })

  it("uses the store's IOF rates when configured", () => {
    const settings = {
      ...DEFAULT_FINANCING_SETTINGS,
      iof_rates: { PF: { dailyRate: 0, flatRate: 0, maxDays: 365 } },
    }
    expect(buildFinancingSimulation(request(), settings).iof_amount).toBe(0)
  })

  it.each([
    [{ system_cost: -1 }, "finance_invalid_amount"],
    [{ system_cost: 0 }, "finance_invalid_amount"],
    [{ down_payment: -1 }, "finance_invalid_amount"],
    [{ down_payment: 30_000 }, "finance_down_payment_too_high"],
    [{ term_months: 0 }, "finance_term_out_of_range"],
    [{ term_months: 421 }, "finance_term_out_of_range"],
    [{ term_months: 12.5 }, "finance_term_out_of_range"],
    [{ rate_percent: 20.01 }, "finance_rate_out_of_range"],
    [{ rate_percent: 800, rate_period: "annual" as const }, "finance_rate_out_of_range"],
    [{ rate_percent: -0.5 }, "finance_invalid_rate"],
    [{ fees: { tac: -10 } }, "finance_invalid_amount"],
    [{ insurance_amount: -1 }, "finance_invalid_amount"],
    [{ release_date: new Date("nope") }, "finance_invalid_dates"],
  ])("refuses %j with %s", (overrides, code) => {
    expect(codeOf(() => buildFinancingSimulation(request(overrides)))).toBe(code)
  })

  it("accepts the limits themselves: 420 months and 20% a month", () => {
    expect(buildFinancingSimulation(request({ term_months: 420, rate_percent: 20 })).term_months).toBe(420)
  })
})
