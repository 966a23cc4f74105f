// What buildFinancingOptions refuses and says, and the edges of its month arithmetic that
// financing-scenario.unit.spec.ts does not pin (mutation testing, docs/testing.md). Loans here
// are zero-interest and IOF-free so every number is checkable by hand.
import { resolveSolarAssumptions, SolarAssumptionOverrides } from "../assumptions"
import { buildFinancingOptions, monthsBeforeSavings } from "../financing-scenario"
import { thrown } from "./thrown-code"

const JAN_1_2026 = new Date(Date.UTC(2026, 0, 1))
const FLAT_SAVINGS = Array.from({ length: 25 }, () => 3600)
const NO_IOF: SolarAssumptionOverrides["financing_iof_rates"] = {
  individual: { daily_rate: 0, flat_rate: 0 },
  company: { daily_rate: 0, flat_rate: 0 },
}

function plain(terms: number[], extra: SolarAssumptionOverrides = {}) {
  return resolveSolarAssumptions({ financing_rate_monthly: 0, financing_iof_rates: NO_IOF, financing_terms_months: terms, ...extra })
}

describe("buildFinancingOptions: refusals and what they say", () => {
  const a = plain([12])
  const SAVINGS_RULE = "Yearly savings must be a non-empty list of finite amounts (years 1..N)"

  it("refuses an empty or non-finite savings list", () => {
    expect(thrown(() => buildFinancingOptions(12000, [], JAN_1_2026, a))).toEqual({
      code: "solar_invalid_investment",
      message: SAVINGS_RULE,
    })
    expect(thrown(() => buildFinancingOptions(12000, [3600, Number.POSITIVE_INFINITY], JAN_1_2026, a))).toEqual({
      code: "solar_invalid_investment",
      message: SAVINGS_RULE,
    })
  })

  it("refuses a release date that is no date, as monthsBeforeSavings does", () => {
    const expected = { code: "solar_invalid_release_date", message: "The financing release date is not a valid date" }
    expect(thrown(() => buildFinancingOptions(12000, FLAT_SAVINGS, new Date(Number.NaN), a))).toEqual(expected)
    expect(thrown(() => buildFinancingOptions(12000, FLAT_SAVINGS, "2026-01-01" as never, a))).toEqual(expected)
    expect(thrown(() => monthsBeforeSavings(new Date(Number.NaN), { year: 2026, month: 1 }))).toEqual(expected)
  })

  it("refuses a negative or fractional lead, naming it", () => {
    expect(thrown(() => buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, a, -1))).toEqual({
      code: "solar_invalid_connection_date",
      message: "The months from the loan release to the first savings must be a whole number >= 0, got -1",
    })
  })

  it("compares a loan with savings as long as it, and refuses a longer one by name", () => {
    const twoYears = buildFinancingOptions(12000, [7200, 7200], JAN_1_2026, plain([24]))
    expect(twoYears.financed[0]).toMatchObject({ term_months: 24, monthly_payment: 500, cash_positive_from_month_1: true })
    expect(thrown(() => buildFinancingOptions(12000, [7200, 7200], JAN_1_2026, plain([25])))).toEqual({
      code: "solar_invalid_assumption",
      message: "A 25-month loan outlasts the 2-year savings it is compared with",
    })
  })

  it("turns a loan the finance library refuses into the caller's assumption error, with its reason", () => {
    const fees = resolveSolarAssumptions({ financing_fees_brl: 20000, financing_costs_financed: false, financing_terms_months: [36] })
    const result = thrown(() => buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, fees))
    expect(result).toMatchObject({ code: "solar_invalid_assumption" })
    expect((result as { message: string }).message).toMatch(
      /^The financing assumptions give no valid 36-month loan for R\$ 12000: \S.+/
    )
  })
})

describe("buildFinancingOptions: month arithmetic at its edges", () => {
  it("is cash positive when the installment equals the monthly savings exactly", () => {
    // 12,000 over 40 months at no interest is R$ 300, the R$ 3,600 a year spread monthly.
    const even = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, plain([40])).financed[0]
    expect(even.monthly_payment).toBe(300)
    expect(even.monthly_net_first_year).toBe(0)
    expect(even.cash_positive_from_month_1).toBe(true)
  })

  it("judges cash positivity from the first month with savings, after a lead", () => {
    // 12 months before savings with a 12-month loan: every installment is paid before the
    // first saving, so no month with savings pays an installment.
    const paidBefore = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, plain([12]), 12).financed[0]
    expect(paidBefore.installments_before_savings).toBe(12)
    expect(paidBefore.cash_positive_from_month_1).toBe(true)
    // A 24-month loan of R$ 500 with a 1-month lead: months 2..24 save 300 and pay 500.
    const overlapping = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, plain([24]), 1).financed[0]
    expect(overlapping.installments_before_savings).toBe(1)
    expect(overlapping.cash_positive_from_month_1).toBe(false)
    // A lead longer than the loan: installments before savings are the loan's whole term.
    const longLead = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, plain([12]), 30).financed[0]
    expect(longLead.installments_before_savings).toBe(12)
  })

  it("counts whole months across a year end, and not below zero", () => {
    // March 2026 release, billing from May 2027: installments of Apr 2026 .. Apr 2027 first.
    expect(monthsBeforeSavings(new Date(Date.UTC(2026, 2, 20)), { year: 2027, month: 5 })).toBe(13)
    expect(monthsBeforeSavings(new Date(Date.UTC(2026, 2, 20)), { year: 2026, month: 4 })).toBe(0)
    expect(monthsBeforeSavings(new Date(Date.UTC(2026, 2, 20)), { year: 2026, month: 5 })).toBe(1)
    expect(monthsBeforeSavings(new Date(Date.UTC(2027, 0, 31)), { year: 2026, month: 12 })).toBe(0)
  })

  it("answers no IRR and no payback when nothing is ever saved", () => {
    const none = buildFinancingOptions(12000, Array.from({ length: 25 }, () => 0), JAN_1_2026, plain([12]))
    expect(none.cash).toMatchObject({ irr_percentage: null, payback_months: null, total_net_savings_25y: 0, npv_brl: -12000 })
    expect(none.financed[0]).toMatchObject({ payback_months_on_total_paid: null, net_25y_brl: -12000 })
  })

  it("writes the release day, the lead and the rate it used", () => {
    const o = buildFinancingOptions(12000, FLAT_SAVINGS, new Date("2026-03-05T23:30:00Z"), plain([12]), 3)
    expect(o).toMatchObject({
      release_date: "2026-03-05",
      months_before_savings: 3,
      person_type: "individual",
      discount_rate: 0.1,
      npv_discounting: "monthly",
    })
    expect(o.financed[0]).toMatchObject({ monthly_rate_percent: 0, cet_annual_percent: 0 })
    expect(Object.is(o.financed[0].cet_annual_percent, -0)).toBe(false)
  })
})

/** Present value of `payment` a month for `months` months at monthly rate `i`. */
function annuity(payment: number, months: number, i: number): number {
  return (payment * (1 - (1 + i) ** -months)) / i
}

// The analysis's 10 % a year as a monthly rate: 1.1^(1/12) - 1.
const MONTHLY_DISCOUNT = 1.1 ** (1 / 12) - 1

describe("buildFinancingOptions: the numbers of each option", () => {
  it("discounts the cash purchase's monthly savings from the first month with savings", () => {
    const o = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, plain([12]))
    expect(o.cash.npv_brl).toBeCloseTo(annuity(300, 300, MONTHLY_DISCOUNT) - 12000, 2)
    expect(o.cash.total_net_savings_25y).toBe(90000)
    // 3,600 a year for 25 years on 12,000: the yearly annuity factor at the IRR is 12,000 / 3,600.
    const irr = o.cash.irr_percentage! / 100
    expect(irr).toBeGreaterThan(0.29)
    expect((1 - (1 + irr) ** -25) / irr).toBeCloseTo(12000 / 3600, 2)
    const late = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, plain([12]), 2)
    expect(late.cash.npv_brl).toBeCloseTo(annuity(300, 300, MONTHLY_DISCOUNT) / (1 + MONTHLY_DISCOUNT) ** 2 - 12000, 2)
  })

  it("names the investment it refuses", () => {
    expect(thrown(() => buildFinancingOptions(0, FLAT_SAVINGS, JAN_1_2026, plain([12])))).toEqual({
      code: "solar_invalid_investment",
      message: "Total investment must be a finite number > 0, got 0",
    })
  })

  it("puts the down payment and unfinanced fees at month 0 of the loan's NPV", () => {
    const a = plain([12], { financing_down_payment_share: 0.2, financing_fees_brl: 100, financing_costs_financed: false })
    const loan = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, a).financed[0]
    expect(loan).toMatchObject({ down_payment: 2400, upfront_costs: 100, monthly_payment: 800, total_paid: 12100 })
    const expected = annuity(300, 300, MONTHLY_DISCOUNT) - 2400 - 100 - annuity(800, 12, MONTHLY_DISCOUNT)
    expect(loan.npv_brl).toBeCloseTo(expected, 2)
  })

  it("reports the loan's monthly rate and CET in percent", () => {
    const loan = buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, resolveSolarAssumptions({ financing_terms_months: [60] }))
      .financed[0]
    expect(loan.monthly_rate_percent).toBe(1.49)
    // Nominal 1.0149^12 - 1 = 19.42 % a year; IOF on top makes the CET higher, not a fraction.
    expect(loan.cet_annual_percent).toBeGreaterThan(19.42)
    expect(loan.cet_annual_percent).toBeLessThan(22)
  })

  it("lets an error that is not the finance library's refusal through unrelabelled", () => {
    // Hand-built assumptions without the company IOF rates: a programming error (a 500),
    // not the caller's assumption (a 400).
    const a = plain([12])
    const broken = { ...a, financing_iof_rates: { individual: a.financing_iof_rates.individual } } as typeof a
    expect(() => buildFinancingOptions(12000, FLAT_SAVINGS, JAN_1_2026, broken)).toThrow(TypeError)
  })
})
