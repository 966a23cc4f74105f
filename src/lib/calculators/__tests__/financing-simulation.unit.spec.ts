import { annualFromMonthly, FinanceError } from "../../finance"
import {
  assertFinancingRequest,
  buildFinancingSimulation,
  DEFAULT_FINANCING_SETTINGS,
  FinancingRequest,
  monthlyRateOf,
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

describe("buildFinancingSimulation, pinned and cross-checked", () => {
  it("pins the base case's loan columns (PF, 60 x 1.9%, 500 fee and 300 insurance financed)", () => {
    const sim = buildFinancingSimulation(request())
    expect(sim).toMatchObject({
      system_cost: 30_000,
      down_payment: 5_000,
      financing_amount: 26_656.96,
      term_months: 60,
      person_type: "PF",
      rate_input_period: "monthly",
      monthly_payment: 748.41,
      total_interest: 18_248,
      total_paid: 44_904.96,
      cet_annual: 29.26,
      iof_amount: 856.96,
      fees: { tac: 500 },
      insurance_amount: 300,
      costs_financed: true,
      upfront_costs: 0,
      release_date: new Date("2026-03-10T00:00:00Z"),
      monthly_energy_savings: null,
      payback_months: null,
      roi_percentage: null,
    })
  })

  it("records how it computed: model, amortisation, IOF, amount needed, bases, limits and terms", () => {
    const settings = { ...DEFAULT_FINANCING_SETTINGS, max_term_months: 360, standard_terms_months: [24, 48] }
    const sim = buildFinancingSimulation(request(), settings)
    expect(sim.assumptions).toEqual({
      model_version: "financing-simulation/1",
      inputs: {
        system_cost: 30_000,
        down_payment: 5_000,
        term_months: 60,
        rate_percent: 1.9,
        rate_period: "monthly",
        person_type: "PF",
        fees: { tac: 500 },
        insurance_amount: 300,
        costs_financed: true,
        release_date: "2026-03-10",
      },
      amortization: "price",
      rate_conversion: "compound",
      cet_convention: "365-day",
      first_due_after_months: 1,
      iof_rates: { dailyRate: 0.000082, flatRate: 0.0038, maxDays: 365 },
      iof: { daily: 755.67, flat: 101.3, total: 856.96 },
      amount_needed: 25_000,
      total_paid_basis: "installments plus upfront costs; the down payment is not included",
      payback_basis: null,
      limits: { max_term_months: 360, max_monthly_rate_percent: 20 },
      standard_terms_months: [24, 48],
    })
    const withSavings = buildFinancingSimulation(request(), settings, {
      monthly_savings_brl: 400,
      yearly_net_savings_brl: [4_800],
    })
    expect(withSavings.assumptions.payback_basis).toBe(
      "months of the linked analysis' net savings to cover down payment, upfront costs and every installment"
    )
  })

  it("gives each alternative the figures of a simulation with that term", () => {
    const sim = buildFinancingSimulation(request({ costs_financed: false }))
    expect(sim.alternative_simulations).toHaveLength(10)
    for (const alternative of sim.alternative_simulations) {
      const own = buildFinancingSimulation(request({ costs_financed: false, term_months: alternative.term_months }))
      expect(alternative).toEqual({
        term_months: alternative.term_months,
        monthly_payment: own.monthly_payment,
        total_interest: own.total_interest,
        total_paid: own.total_paid,
        iof_amount: own.iof_amount,
        cet_annual: own.cet_annual,
        is_chosen: alternative.term_months === 60,
      })
    }
    // 12 months, costs upfront: 25,000 x 0.38% = 95.00 flat + 421.45 daily (checked by hand).
    expect(sim.alternative_simulations[0]).toMatchObject({ term_months: 12, iof_amount: 516.45 })
  })

  it("compares only the standard terms within 1 month and the store's maximum, in numeric order", () => {
    const settings = { ...DEFAULT_FINANCING_SETTINGS, max_term_months: 100, standard_terms_months: [100, 0, 9, 101, 60] }
    const sim = buildFinancingSimulation(request({ term_months: 1 }), settings)
    expect(sim.alternative_simulations.map((a) => a.term_months)).toEqual([1, 9, 60, 100])
    expect(codeOf(() => buildFinancingSimulation(request({ term_months: 101 }), settings))).toBe(
      "finance_term_out_of_range"
    )
  })

  it("rounds money columns to the cent and writes rates in percent", () => {
    const sim = buildFinancingSimulation(
      request({ system_cost: 30_000.004, down_payment: 4_999.996, insurance_amount: 300.005, fees: { tac: 400.004, registration: 100.003 } })
    )
    expect(sim.system_cost).toBe(30_000)
    expect(sim.down_payment).toBe(5_000)
    expect(sim.insurance_amount).toBe(300.01)
    expect(sim.fees_amount).toBe(500.01)
    expect(sim.fees).toEqual({ tac: 400.004, registration: 100.003 })
    const exact = buildFinancingSimulation(request({ rate_percent: 1.234567 }))
    expect(exact.interest_rate_monthly).toBe(1.234567)
    expect(exact.interest_rate_annual).toBe(15.8633)
  })

  it("finances the sum of all fees and the insurance (same loan as one fee of that sum)", () => {
    const split = buildFinancingSimulation(request({ fees: { tac: 300, registration: 150, appraisal: 50 } }))
    const single = buildFinancingSimulation(request({ fees: { tac: 500 } }))
    expect(split.financing_amount).toBe(single.financing_amount)
    expect(split.fees_amount).toBe(500)
    const noInsurance = buildFinancingSimulation(request({ insurance_amount: 0 }))
    expect(single.financing_amount - noInsurance.financing_amount).toBeGreaterThan(300)
  })

  it("applies the store's IOF rates per person type: PJ rates to a PJ, not to a PF", () => {
    const zero = { dailyRate: 0, flatRate: 0, maxDays: 365 }
    const pjOnly = { ...DEFAULT_FINANCING_SETTINGS, iof_rates: { PJ: zero } }
    expect(buildFinancingSimulation(request({ person_type: "PJ" }), pjOnly).iof_amount).toBe(0)
    expect(buildFinancingSimulation(request({ person_type: "PF" }), pjOnly).iof_amount).toBe(856.96)
    // Without store rates a PJ pays the company flat rate (0.95%), more than a PF's 0.38%.
    expect(buildFinancingSimulation(request({ person_type: "PJ" })).iof_amount).toBeGreaterThan(856.96 + 100)
  })

  it("pins payback and ROI against down payment plus everything paid (49,904.96 over 4,800 a year)", () => {
    const sim = buildFinancingSimulation(request(), DEFAULT_FINANCING_SETTINGS, {
      monthly_savings_brl: 400.456,
      yearly_net_savings_brl: Array(25).fill(4_800),
    })
    expect(sim.down_payment + sim.total_paid).toBe(49_904.96)
    expect(sim.monthly_energy_savings).toBe(400.46)
    // 49,904.96 / 4,800 = 10.397 years = 124.8 months: the 125th month.
    expect(sim.payback_months).toBe(125)
    // (120,000 - 49,904.96) / 49,904.96 = 140.456...%
    expect(sim.roi_percentage).toBe(140.46)
    const never = buildFinancingSimulation(request(), DEFAULT_FINANCING_SETTINGS, {
      monthly_savings_brl: 10,
      yearly_net_savings_brl: [120, 120],
    })
    expect(never.payback_months).toBeNull()
    expect(never.roi_percentage).toBe(-99.52)
  })
})

describe("monthlyRateOf", () => {
  const limits = { max_term_months: 420, max_monthly_rate_percent: 20 }

  it("accepts the cap typed as its annual equivalent (791.61...% a year) despite float noise", () => {
    expect(monthlyRateOf({ rate_percent: annualFromMonthly(0.2) * 100, rate_period: "annual" }, limits)).toBeCloseTo(0.2, 12)
    expect(monthlyRateOf({ rate_percent: 20, rate_period: "monthly" }, limits)).toBe(0.2)
  })

  it("uses the store's cap and names it and the rate in the message", () => {
    expect(() => monthlyRateOf({ rate_percent: 3.5, rate_period: "monthly" }, { ...limits, max_monthly_rate_percent: 3 })).toThrow(
      "the interest rate must be at most 3% a month (got 3.5% a month)"
    )
    expect(() => monthlyRateOf({ rate_percent: 60, rate_period: "annual" }, { ...limits, max_monthly_rate_percent: 3 })).toThrow(
      "(got 3.9944% a month)"
    )
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.01])("refuses the rate %p as invalid", (rate_percent) => {
    expect(codeOf(() => monthlyRateOf({ rate_percent, rate_period: "monthly" }, limits))).toBe("finance_invalid_rate")
  })
})

describe("assertFinancingRequest", () => {
  it.each([
    [{ system_cost: Number.NaN }, "finance_invalid_amount", "the system cost must be more than zero"],
    [{ system_cost: Number.POSITIVE_INFINITY }, "finance_invalid_amount", "the system cost must be more than zero"],
    [{ system_cost: 0 }, "finance_invalid_amount", "the system cost must be more than zero"],
    [{ down_payment: -0.01 }, "finance_invalid_amount", "the down payment must be zero or more"],
    [{ down_payment: Number.NaN }, "finance_invalid_amount", "the down payment must be zero or more"],
    [{ down_payment: 30_000.01 }, "finance_down_payment_too_high", "there would be nothing to finance"],
    [{ term_months: Number.NaN }, "finance_term_out_of_range", "from 1 to 420"],
    [{ fees: { tac: 1, registration: Number.NaN } }, "finance_invalid_amount", 'the fee "registration" must be zero or more'],
    [{ fees: { tac: Number.POSITIVE_INFINITY } }, "finance_invalid_amount", 'the fee "tac"'],
    [{ fees: { tac: -10 } }, "finance_invalid_amount", 'the fee "tac" must be zero or more'],
    [{ insurance_amount: -1 }, "finance_invalid_amount", "the insurance amount must be zero or more"],
    [{ rate_percent: -0.5 }, "finance_invalid_rate", "the interest rate must be zero or more"],
    [{ insurance_amount: Number.NaN }, "finance_invalid_amount", "the insurance amount must be zero or more"],
    [{ insurance_amount: Number.POSITIVE_INFINITY }, "finance_invalid_amount", "the insurance amount"],
    [{ release_date: new Date("nope") }, "finance_invalid_dates", "the release date is not a valid date"],
  ])("refuses %p with %s", (overrides, code, message) => {
    expect(() => assertFinancingRequest(request(overrides), DEFAULT_FINANCING_SETTINGS)).toThrow(message)
    expect(codeOf(() => assertFinancingRequest(request(overrides), DEFAULT_FINANCING_SETTINGS))).toBe(code)
  })

  it("accepts the edges: no down payment, zero fees and insurance, 1 month", () => {
    expect(() =>
      assertFinancingRequest(
        request({ down_payment: 0, fees: { tac: 0 }, insurance_amount: 0, term_months: 1 }),
        DEFAULT_FINANCING_SETTINGS
      )
    ).not.toThrow()
  })
})
