import { ASSUMPTION_NOTES, DEFAULT_SOLAR_ASSUMPTIONS, resolveSolarAssumptions, SolarAssumptionOverrides } from "../assumptions"
import { SolarInputError } from "../errors"
import { buildFinancingOptions, monthsBeforeSavings } from "../financing-scenario"
import { analyzeSolarViability } from "../viability"
import { thrownCode } from "./thrown-code"
import { SP_HOME } from "./viability-fixtures"


const JAN_1_2026 = new Date(Date.UTC(2026, 0, 1))
// R$ 12,000 system saving a flat R$ 3,600 a year (R$ 300 a month) for 25 years.
const FLAT_SAVINGS = Array.from({ length: 25 }, () => 3600)
const NO_IOF: SolarAssumptionOverrides["financing_iof_rates"] = {
  individual: { daily_rate: 0, flat_rate: 0 },
  company: { daily_rate: 0, flat_rate: 0 },
}

/** Present value of `payment` a month for `months` months at monthly rate `i` (hand formula). */
function annuity(payment: number, months: number, i: number): number {
  return (payment * (1 - (1 + i) ** -months)) / i
}

const MONTHLY_DISCOUNT = 1.1 ** (1 / 12) - 1

describe("buildFinancingOptions: hand-checkable loans (zero interest)", () => {
  const a = resolveSolarAssumptions({
    financing_rate_monthly: 0,
    financing_iof_rates: NO_IOF,
    financing_terms_months: [12, 60],
  })
  const options = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, a)
  const [oneYear, fiveYears] = options.financed

  it("pays amount / n each month and exactly the investment in total", () => {
    expect(oneYear).toMatchObject({
      term_months: 12,
      monthly_rate_percent: 0,
      down_payment: 0,
      amount_financed: 12000,
      iof_brl: 0,
      upfront_costs: 0,
      monthly_payment: 1000,
      total_paid: 12000,
    })
    expect(fiveYears).toMatchObject({ monthly_payment: 200, total_paid: 12000 })
    // No interest, no IOF, no fees: the loan costs nothing.
    expect(oneYear.cet_annual_percent).toBe(0)
    expect(fiveYears.cet_annual_percent).toBe(0)
  })

  it("sets the installment against R$ 300 a month of savings", () => {
    expect(oneYear.first_year_monthly_savings).toBe(300)
    expect(oneYear.monthly_net_first_year).toBe(-700)
    expect(oneYear.cash_positive_from_month_1).toBe(false)
    expect(fiveYears.monthly_net_first_year).toBe(100)
    expect(fiveYears.cash_positive_from_month_1).toBe(true)
  })

  it("counts the installments due before the connection and discounts savings from it", () => {
    // Released in December, billing from February: the January installment meets no savings.
    expect(monthsBeforeSavings(new Date(Date.UTC(2026, 11, 3)), { year: 2027, month: 2 })).toBe(1)
    expect(monthsBeforeSavings(JAN_1_2026, { year: 2026, month: 1 })).toBe(0)
    expect(monthsBeforeSavings(JAN_1_2026, { year: 2026, month: 3 })).toBe(1)
    // A release after the connection: savings already run, nothing comes first.
    expect(monthsBeforeSavings(new Date(Date.UTC(2026, 6, 15)), { year: 2026, month: 1 })).toBe(0)

    const late = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, a, 2)
    expect(late.months_before_savings).toBe(2)
    // Cash: R$ 300 a month for 300 months, starting in month 3.
    const pv = annuity(300, 300, MONTHLY_DISCOUNT) / (1 + MONTHLY_DISCOUNT) ** 2
    expect(late.cash.npv_brl).toBeCloseTo(-12000 + pv, 2)
    const [lateOneYear, lateFiveYears] = late.financed
    expect(lateOneYear.installments_before_savings).toBe(2)
    // The 60-month loan: R$ 200 paid in months 1-2 with nothing saved, then R$ 100 a month net.
    expect(lateFiveYears.cash_positive_from_month_1).toBe(true)
    const financedPv =
      -200 * annuity(1, 2, MONTHLY_DISCOUNT) +
      (100 * annuity(1, 58, MONTHLY_DISCOUNT)) / (1 + MONTHLY_DISCOUNT) ** 2 +
      (300 * annuity(1, 242, MONTHLY_DISCOUNT)) / (1 + MONTHLY_DISCOUNT) ** 60
    expect(lateFiveYears.npv_brl).toBeCloseTo(financedPv, 2)
    expect(lateFiveYears.npv_brl).toBeLessThan(fiveYears.npv_brl)
    expect(options.months_before_savings).toBe(0)
    expect(fiveYears.installments_before_savings).toBe(0)
  })

  it("is not cash positive when a later month of the loan saves less than the installment", () => {
    // R$ 300 a month in year 1, R$ 100 in year 2 (an inverter swap, say): the 60-month
    // installment of R$ 200 fits year 1 only.
    const dip = buildFinancingOptions(12000, [3600, 1200, ...FLAT_SAVINGS.slice(2)], JAN_1_2026, a).financed[1]
    expect(dip.monthly_net_first_year).toBe(100)
    expect(dip.cash_positive_from_month_1).toBe(false)
  })

  it("pays back the total paid when cumulative savings reach it: 12,000 / 3,600 = 3 1/3 years = 40 months", () => {
    expect(oneYear.payback_months_on_total_paid).toBe(40)
    expect(fiveYears.payback_months_on_total_paid).toBe(40)
    expect(options.cash.payback_months).toBe(40)
  })

  it("discounts monthly flows at the analysis rate, the loan's and the cash purchase's alike", () => {
    const savingsPv = annuity(300, 300, MONTHLY_DISCOUNT)
    expect(options.cash.npv_brl).toBeCloseTo(savingsPv - 12000, 2)
    expect(oneYear.npv_brl).toBeCloseTo(savingsPv - annuity(1000, 12, MONTHLY_DISCOUNT), 2)
    expect(fiveYears.npv_brl).toBeCloseTo(savingsPv - annuity(200, 60, MONTHLY_DISCOUNT), 2)
    // Paying later at no interest is worth more than paying now.
    expect(fiveYears.npv_brl).toBeGreaterThan(oneYear.npv_brl)
    expect(oneYear.npv_brl).toBeGreaterThan(options.cash.npv_brl)
  })

  it("sums 25 years of savings for cash and for the loans", () => {
    expect(options.cash.total_net_savings_25y).toBe(90000)
    expect(oneYear.net_25y_brl).toBe(78000)
    expect(fiveYears.net_25y_brl).toBe(78000)
  })

  it("gives the cash purchase its yearly IRR: 3,600 a year for 25 years on 12,000 is about 30 %", () => {
    const i = options.cash.irr_percentage! / 100
    // The yearly annuity factor at the IRR equals investment / savings (rounding: 2 decimals of %).
    expect((1 - (1 + i) ** -25) / i).toBeCloseTo(12000 / 3600, 2)
    expect(options.cash.irr_percentage!).toBeGreaterThan(29)
    expect(options.cash.irr_percentage!).toBeLessThan(31)
  })

  it("counts the down payment at month 0 and in the total paid", () => {
    const withDown = buildFinancingOptions(
      12000,
      FLAT_SAVINGS,
      JAN_1_2026,
      resolveSolarAssumptions({
        financing_rate_monthly: 0,
        financing_iof_rates: NO_IOF,
        financing_terms_months: [12],
        financing_down_payment_share: 0.2,
      })
    ).financed[0]
    expect(withDown).toMatchObject({ down_payment: 2400, amount_financed: 9600, monthly_payment: 800, total_paid: 12000 })
    expect(withDown.monthly_net_first_year).toBe(-500)
    expect(withDown.npv_brl).toBeCloseTo(annuity(300, 300, MONTHLY_DISCOUNT) - 2400 - annuity(800, 12, MONTHLY_DISCOUNT), 2)
  })

  it("adds upfront fees to the total paid and the CET when they are not financed", () => {
    const withFees = buildFinancingOptions(
      12000,
      FLAT_SAVINGS,
      JAN_1_2026,
      resolveSolarAssumptions({
        financing_rate_monthly: 0,
        financing_iof_rates: NO_IOF,
        financing_terms_months: [12],
        financing_fees_brl: 100,
        financing_costs_financed: false,
      })
    ).financed[0]
    expect(withFees).toMatchObject({ monthly_payment: 1000, upfront_costs: 100, total_paid: 12100 })
    expect(withFees.cet_annual_percent).toBeGreaterThan(0)
    expect(withFees.npv_brl).toBeCloseTo(oneYear.npv_brl - 100, 2)
  })

  it("charges IOF by the decree on a zero-interest loan: 0.0082 %/day per installment + 0.38 %", () => {
    const upfrontIof = buildFinancingOptions(
      12000,
      FLAT_SAVINGS,
      JAN_1_2026,
      resolveSolarAssumptions({ financing_rate_monthly: 0, financing_terms_months: [12], financing_costs_financed: false })
    ).financed[0]
    // Installments of 1,000 due on the 1st of Feb 2026 .. Jan 2027: 31, 59, ..., 365 days.
    const days = [31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
    const iof = Math.round((1000 * 0.000082 * days.reduce((s, d) => s + d, 0) + 12000 * 0.0038) * 100) / 100
    expect(iof).toBe(239.37)
    expect(upfrontIof).toMatchObject({ monthly_payment: 1000, iof_brl: iof, upfront_costs: iof, total_paid: 12239.37 })

    // Financed instead, the IOF joins the principal and the installments.
    const financedIof = buildFinancingOptions(
      12000,
      FLAT_SAVINGS,
      JAN_1_2026,
      resolveSolarAssumptions({ financing_rate_monthly: 0, financing_terms_months: [12] })
    ).financed[0]
    expect(financedIof.upfront_costs).toBe(0)
    expect(financedIof.amount_financed).toBeCloseTo(12000 + financedIof.iof_brl, 2)
    expect(financedIof.total_paid).toBeCloseTo(financedIof.amount_financed, 2)
    expect(financedIof.monthly_payment).toBeCloseTo(financedIof.amount_financed / 12, 2)
  })

  it("never pays back when savings are too small, for cash or the loan", () => {
    const poor = buildFinancingOptions(12000, Array.from({ length: 25 }, () => 100), JAN_1_2026, a)
    expect(poor.cash.payback_months).toBeNull()
    expect(poor.financed[0].payback_months_on_total_paid).toBeNull()
    expect(poor.financed[0].net_25y_brl).toBe(2500 - 12000)
    expect(poor.cash.npv_brl).toBeLessThan(0)
  })
})

describe("buildFinancingOptions: with interest", () => {
  const a = resolveSolarAssumptions()
  const options = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, a)
  const nominalAnnualPercent = (1.0149 ** 12 - 1) * 100

  it("prices the Tabela Price installment at 1.49 % a month", () => {
    for (const option of options.financed) {
      const n = option.term_months
      const pmt = (option.amount_financed * 0.0149 * 1.0149 ** n) / (1.0149 ** n - 1)
      expect(option.monthly_payment).toBeCloseTo(pmt, 2)
      expect(option.monthly_rate_percent).toBe(1.49)
    }
  })

  it("costs more than paying cash, and more the longer the term", () => {
    const totals = options.financed.map((o) => o.total_paid)
    for (const total of totals) {
      expect(total).toBeGreaterThan(options.cash.total_investment)
    }
    expect(totals).toEqual([...totals].sort((x, y) => x - y))
    const payments = options.financed.map((o) => o.monthly_payment)
    expect(payments).toEqual([...payments].sort((x, y) => y - x))
  })

  it("has a CET at or above the nominal annual rate (IOF on top of interest)", () => {
    for (const option of options.financed) {
      expect(option.cet_annual_percent).toBeGreaterThanOrEqual(nominalAnnualPercent)
      // 2 decimals, as the regulation reports it.
      expect(Math.round(option.cet_annual_percent * 100)).toBe(option.cet_annual_percent * 100)
    }
  })

  it("is worth less than cash when the loan costs more than the discount rate", () => {
    for (const option of options.financed) {
      expect(option.npv_brl).toBeLessThan(options.cash.npv_brl)
      expect(option.net_25y_brl).toBeCloseTo(options.cash.total_net_savings_25y - option.total_paid, 2)
    }
  })

  it("does not depend on today's date", () => {
    jest.useFakeTimers()
    try {
      jest.setSystemTime(new Date("2031-06-15T12:00:00Z"))
      const later = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, a)
      jest.setSystemTime(new Date("2019-03-01T00:00:00Z"))
      const earlier = analyzeSolarViability(SP_HOME).financing_options
      jest.setSystemTime(new Date("2040-01-01T00:00:00Z"))
      expect(later).toEqual(options)
      expect(analyzeSolarViability(SP_HOME).financing_options).toEqual(earlier)
    } finally {
      jest.useRealTimers()
    }
  })

  it.each<[string, () => unknown, string]>([
    ["a zero investment", () => buildFinancingOptions(0, FLAT_SAVINGS, JAN_1_2026, a), "solar_invalid_investment"],
    ["no savings", () => buildFinancingOptions(12000, [], JAN_1_2026, a), "solar_invalid_investment"],
    ["NaN savings", () => buildFinancingOptions(12000, [Number.NaN], JAN_1_2026, a), "solar_invalid_investment"],
    ["an invalid date", () => buildFinancingOptions(12000, FLAT_SAVINGS, new Date("nope"), a), "solar_invalid_release_date"],
    ["a fractional lead", () => buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, a, 1.5), "solar_invalid_connection_date"],
    ["a loan longer than the savings", () => buildFinancingOptions(12000, [3600, 3600], JAN_1_2026, a), "solar_invalid_assumption"],
    [
      "upfront fees larger than the credit",
      () =>
        buildFinancingOptions(
          12000,
          FLAT_SAVINGS,
          JAN_1_2026,
          resolveSolarAssumptions({ financing_fees_brl: 20000, financing_costs_financed: false })
        ),
      "solar_invalid_assumption",
    ],
  ])("rejects %s", (_label, fn, code) => {
    expect(() => fn()).toThrow(SolarInputError)
    expect(thrownCode(fn)).toBe(code)
  })
})

describe("a typical São Paulo home: cash vs financed", () => {
  const r = analyzeSolarViability(SP_HOME)
  const f = r.financing_options

  it("compares cash with the four default terms, released at the connection (Jan 1 of the start year) without a request date", () => {
    expect(f.financed.map((o) => o.term_months)).toEqual([36, 60, 84, 120])
    expect(f.release_date).toBe("2026-01-01")
    expect(r.assumptions.derived).toMatchObject({
      financing_release_date: "2026-01-01",
      financing_release_date_source: "connection_date",
    })
    expect(f.person_type).toBe("individual")
  })

  it("matches the analysis for the cash purchase (the NPV is monthly, so slightly higher)", () => {
    expect(f.cash).toMatchObject({
      total_investment: r.total_investment,
      payback_months: r.payback_months,
      irr_percentage: r.irr_percentage,
      total_net_savings_25y: r.total_savings_25_years,
    })
    expect(f.cash.npv_brl).toBeGreaterThan(r.npv_brl)
    expect(f.cash.npv_brl).toBeLessThan(r.npv_brl * 1.1)
  })

  it("finances R$ 9,625 over 60 months at R$ 251.82, which the savings cover from month 1", () => {
    const sixty = f.financed.find((o) => o.term_months === 60)!
    expect(sixty).toMatchObject({
      amount_financed: 9942.32, // 9,625 + IOF 317.32, financed
      iof_brl: 317.32,
      monthly_payment: 251.82,
      total_paid: 15109.3,
      cet_annual_percent: 21.24,
      // GD II billing (issue 19): year-1 net savings (4,041.48 - 48.13) / 12; were 309.07.
      first_year_monthly_savings: 332.78,
      monthly_net_first_year: 80.96,
      cash_positive_from_month_1: true,
      payback_months_on_total_paid: 44,
    })
    expect(sixty.first_year_monthly_savings).toBeCloseTo(r.cash_flow[1].net_cash_flow_brl / 12, 2)
    // 36 months costs more a month than the system saves.
    expect(f.financed[0].cash_positive_from_month_1).toBe(false)
    expect(f.financed[0].monthly_net_first_year).toBeLessThan(0)
  })

  it("labels the rate as illustrative and records every financing parameter", () => {
    expect(r.assumptions.notes).toContain(ASSUMPTION_NOTES.financing_rate_monthly)
    expect(ASSUMPTION_NOTES.financing_rate_monthly).toMatch(/illustrative/)
    expect(ASSUMPTION_NOTES.financing_rate_monthly).toMatch(/not an offer/)
    expect(r.assumptions.parameters).toMatchObject({
      financing_rate_monthly: 0.0149,
      financing_terms_months: [36, 60, 84, 120],
      financing_down_payment_share: 0,
      financing_person_type: "individual",
      financing_fees_brl: 0,
      financing_costs_financed: true,
      financing_iof_rates: {
        individual: { daily_rate: 0.000082, flat_rate: 0.0038, max_days: 365 },
        company: { daily_rate: 0.000082, flat_rate: 0.0095, max_days: 365 },
      },
    })
    expect(r.assumptions.parameters).toEqual(DEFAULT_SOLAR_ASSUMPTIONS)
  })

  it("leaves the sizing scenarios and the financing suggestion as they were", () => {
    expect(r.alternative_scenarios.map((s) => s.label)).toEqual(["80%", "100%", "120%"])
    expect(r.financing_suggested).toBe(true)
  })

  it("reproduces the options from the stored inputs and parameters", () => {
    const again = analyzeSolarViability(r.assumptions.inputs, r.assumptions.parameters)
    expect(again.financing_options).toEqual(f)
    expect(JSON.parse(JSON.stringify(f))).toEqual(f)
  })
})

describe("financing overrides and the release date", () => {
  it("flows every new assumption through and records it", () => {
    const overrides: SolarAssumptionOverrides = {
      financing_rate_monthly: 0.0099,
      financing_terms_months: [48],
      financing_down_payment_share: 0.2,
      financing_person_type: "company",
      financing_fees_brl: 500,
      financing_costs_financed: false,
    }
    const r = analyzeSolarViability(SP_HOME, overrides)
    expect(r.assumptions.parameters).toMatchObject(overrides)
    const f = r.financing_options
    expect(f.person_type).toBe("company")
    expect(f.financed).toHaveLength(1)
    const [loan] = f.financed
    expect(loan).toMatchObject({ term_months: 48, monthly_rate_percent: 0.99, down_payment: 1925, amount_financed: 7700 })
    // Costs paid upfront: the fee plus the IOF, at least the PJ flat 0.95 % of 7,700.
    expect(loan.iof_brl).toBeGreaterThan(73.15)
    expect(loan.upfront_costs).toBeCloseTo(500 + loan.iof_brl, 2)
    const pmt = (7700 * 0.0099 * 1.0099 ** 48) / (1.0099 ** 48 - 1)
    expect(loan.monthly_payment).toBeCloseTo(pmt, 2)
    expect(loan.total_paid).toBeCloseTo(1925 + loan.upfront_costs + loan.monthly_payment * 48, 0)
    // The same loan to a person pays the lower PF flat IOF.
    const pf = analyzeSolarViability(SP_HOME, { ...overrides, financing_person_type: "individual" })
    expect(pf.financing_options.financed[0].iof_brl).toBeLessThan(loan.iof_brl)
  })

  it("overrides one person type's IOF rates key by key", () => {
    const a = resolveSolarAssumptions({ financing_iof_rates: { company: { flat_rate: 0.01 } } })
    expect(a.financing_iof_rates.company).toEqual({ daily_rate: 0.000082, flat_rate: 0.01, max_days: 365 })
    expect(a.financing_iof_rates.individual).toEqual(DEFAULT_SOLAR_ASSUMPTIONS.financing_iof_rates.individual)
  })

  it("releases the loans on the input's date when given", () => {
    const r = analyzeSolarViability({ ...SP_HOME, financing_release_date: "2026-07-15" })
    expect(r.financing_options.release_date).toBe("2026-07-15")
    expect(r.assumptions.derived.financing_release_date_source).toBe("provided")
    expect(r.assumptions.inputs.financing_release_date).toBe("2026-07-15")
    const dateTime = analyzeSolarViability({ ...SP_HOME, financing_release_date: "2026-07-15T10:30:00Z" })
    expect(dateTime.financing_options.release_date).toBe("2026-07-15")
    // Feb 1 release: due dates fall on different day counts, so the CET differs from Jan 1.
    const feb = analyzeSolarViability({ ...SP_HOME, financing_release_date: "2026-02-01" })
    const jan = analyzeSolarViability(SP_HOME)
    expect(feb.financing_options.financed[1].cet_annual_percent).not.toBe(
      jan.financing_options.financed[1].cet_annual_percent
    )
  })

  it.each([["2026-02-30"], ["15/07/2026"], [""], ["2026-7-15"], ["1999-12-31"], ["2026-07-15T99:00"], [20260715 as never]])(
    "rejects the release date %p",
    (date) => {
      expect(thrownCode(() => analyzeSolarViability({ ...SP_HOME, financing_release_date: date }))).toBe(
        "solar_invalid_release_date"
      )
    }
  )

  it.each<[SolarAssumptionOverrides]>([
    [{ financing_rate_monthly: -0.01 }],
    [{ financing_rate_monthly: Number.NaN }],
    [{ financing_rate_monthly: 1.5 }],
    [{ financing_terms_months: [] }],
    [{ financing_terms_months: [0] }],
    [{ financing_terms_months: [60.5] }],
    [{ financing_terms_months: [301] }],
    [{ financing_terms_months: [120], analysis_years: 5 }],
    [{ financing_terms_months: 60 as never }],
    [{ financing_down_payment_share: 1 }],
    [{ financing_down_payment_share: -0.1 }],
    [{ financing_person_type: "PF" as never }],
    [{ financing_fees_brl: -1 }],
    [{ financing_costs_financed: "yes" as never }],
    [{ financing_iof_rates: { individual: { daily_rate: -0.0001 } } }],
    [{ financing_iof_rates: { company: { flat_rate: 2 } } }],
    [{ financing_iof_rates: { individual: { max_days: 10.5 } } }],
  ])("rejects the financing assumption %p", (overrides) => {
    expect(thrownCode(() => resolveSolarAssumptions(overrides))).toBe("solar_invalid_assumption")
    expect(thrownCode(() => analyzeSolarViability(SP_HOME, overrides))).toBe("solar_invalid_assumption")
  })
})
