import {
  addMonths,
  annualFromMonthly,
  cetAnnual,
  daysBetween,
  DEFAULT_IOF_RATES,
  FinanceError,
  findRoot,
  iofOnInstallments,
  irr,
  monthlyDueDates,
  monthlyFromAnnual,
  monthlyIrrAsAnnual,
  npv,
  pricePayment,
  priceSchedule,
  roundCents,
  simulateFinancing,
  solveFinancedIof,
} from ".."

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100
const release = new Date("2026-01-10T00:00:00Z")

describe("Tabela Price (domain reference vectors)", () => {
  it("PV 10,000 at 2% for 12 months pays 945.60; PV 1,000 at 0.95% for 5 pays about 205.73", () => {
    expect(pricePayment(10_000, 0.02, 12).toFixed(2)).toBe("945.60")
    // The reference quotes BACEN's 205.73; the exact value is 205.7359..., which rounds to
    // 205.74 (945.596 -> 945.60 above shows the reference rounds, so BACEN's figure is the
    // truncated one). Within a cent of it:
    expect(pricePayment(1_000, 0.0095, 5)).toBeCloseTo(205.7359, 4)
    expect(Math.abs(pricePayment(1_000, 0.0095, 5) - 205.73)).toBeLessThan(0.01)
  })

  it("zero interest is legal: PV / n, no division by zero", () => {
    expect(pricePayment(1_200, 0, 12)).toBe(100)
    expect(priceSchedule(1_000, 0, 3).map((row) => row.payment)).toEqual([333.33, 333.33, 333.34])
  })

  it("schedules in cents whose principal sums to the amount and payments to the total", () => {
    for (const [pv, rate, months] of [
      [10_000, 0.02, 12],
      [23_456.78, 0.0149, 60],
      [999.99, 0.0095, 5],
      [150_000, 0.011, 120],
    ]) {
      const schedule = priceSchedule(pv, rate, months)
      expect(schedule).toHaveLength(months)
      expect(sum(schedule.map((row) => row.principal))).toBe(pv)
      expect(schedule[months - 1].balance).toBe(0)
      for (const row of schedule) {
        expect(Math.round((row.principal + row.interest) * 100)).toBe(Math.round(row.payment * 100))
      }
      // Only the last installment absorbs the rounding residue, by less than a cent per month.
      const regular = schedule[0].payment
      expect(schedule.slice(0, -1).every((row) => row.payment === regular)).toBe(true)
      expect(Math.abs(schedule[months - 1].payment - regular)).toBeLessThan(months * 0.01)
    }
  })

  it("refuses a non-positive amount, a negative rate and a non-whole term", () => {
    expect(() => pricePayment(0, 0.01, 12)).toThrow(FinanceError)
    expect(() => pricePayment(1_000, -0.01, 12)).toThrow(expect.objectContaining({ code: "finance_invalid_rate" }))
    expect(() => pricePayment(1_000, 0.01, 0)).toThrow(expect.objectContaining({ code: "finance_invalid_term" }))
    expect(() => pricePayment(1_000, 0.01, 1.5)).toThrow(expect.objectContaining({ code: "finance_invalid_term" }))
  })
})

describe("rates and dates", () => {
  it("converts monthly and annual rates by compounding, never by /12", () => {
    expect(annualFromMonthly(0.01)).toBeCloseTo(0.126825, 6)
    expect(monthlyFromAnnual(0.126825)).toBeCloseTo(0.01, 6)
    expect(monthlyFromAnnual(0.12)).not.toBeCloseTo(0.01, 4)
  })

  it("schedules monthly due dates on the same day, clamped to short months", () => {
    expect(addMonths(new Date("2026-01-31T00:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2026-02-28")
    expect(addMonths(new Date("2028-01-31T00:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2028-02-29")
    expect(monthlyDueDates(release, 3).map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2026-02-10",
      "2026-03-10",
      "2026-04-10",
    ])
  })
})

describe("IOF", () => {
  const individual = DEFAULT_IOF_RATES.individual

  it("charges 0.0082% a day on each installment's principal plus 0.38% flat (PF)", () => {
    // 10,000 repaid at once after 30 days: 10,000 * 0.000082 * 30 + 10,000 * 0.0038
    const iof = iofOnInstallments(10_000, [{ principal: 10_000, dueDate: new Date("2026-02-09T00:00:00Z") }], release, individual)
    expect(iof).toEqual({ daily: 24.6, flat: 38, total: 62.6 })
  })

  it("caps the days at 365, so IOF never passes about 3.38% for a PF", () => {
    const iof = iofOnInstallments(10_000, [{ principal: 10_000, dueDate: new Date("2031-01-10T00:00:00Z") }], release, individual)
    expect(iof.daily).toBe(299.3)
    expect(iof.total / 10_000).toBeCloseTo(0.03373, 5)
  })

  it("uses the company flat rate of 0.95% for a PJ", () => {
    const iof = iofOnInstallments(10_000, [{ principal: 10_000, dueDate: new Date("2026-02-09T00:00:00Z") }], release, DEFAULT_IOF_RATES.company)
    expect(iof).toEqual({ daily: 24.6, flat: 95, total: 119.6 })
  })

  it("solves financed IOF as a fixed point: principal = base + IOF(principal), to the cent", () => {
    const dueDates = monthlyDueDates(release, 24)
    const { principal, iof } = solveFinancedIof(20_000, 0.015, dueDates, release, individual)
    const check = iofOnInstallments(
      principal,
      priceSchedule(principal, 0.015, 24).map((row, k) => ({ principal: row.principal, dueDate: dueDates[k] })),
      release,
      individual
    )
    expect(Math.abs(principal - (20_000 + check.total))).toBeLessThan(0.01)
    expect(iof.total).toBeGreaterThan(20_000 * 0.0038)
  })
})

describe("financed IOF that cannot settle", () => {
  it("refuses rates whose IOF grows as fast as the principal instead of iterating forever", () => {
    // A 100% flat rate: principal = base + principal has no fixed point.
    expect(() =>
      solveFinancedIof(1_000, 0.01, monthlyDueDates(release, 12), release, { dailyRate: 0, flatRate: 1, maxDays: 365 })
    ).toThrow(
      expect.objectContaining({
        code: "finance_did_not_converge",
        message: "the financed IOF did not settle within 100 iterations",
      })
    )
  })

  it("returns the base itself when no IOF is due", () => {
    const none = { dailyRate: 0, flatRate: 0, maxDays: 365 }
    expect(solveFinancedIof(1_000, 0.01, monthlyDueDates(release, 12), release, none)).toEqual({
      principal: 1_000,
      iof: { daily: 0, flat: 0, total: 0 },
    })
  })
})

describe("CET, IRR and NPV", () => {
  it("BACEN's example: 1,000 at 0.95% x 5, fees 50 and IOF 10 upfront -> monthly IRR 3.0813%, 43.93% a year", () => {
    const payments = Array.from({ length: 5 }, () => 205.73)
    const { monthly, annual } = monthlyIrrAsAnnual(940, payments)
    expect(monthly * 100).toBeCloseTo(3.0813, 3)
    expect(annual * 100).toBeCloseTo(43.93, 1)
    // The regulated 365-day form depends on the calendar: released on Apr 10 it lands within
    // 0.1 pp; on the 10th of any month of 2026 it stays between 43.3% and 45.2% (February
    // shortens a period).
    const cetFrom = (releaseDate: Date) =>
      cetAnnual(
        940,
        releaseDate,
        monthlyDueDates(releaseDate, 5).map((date) => ({ date, amount: 205.73 }))
      ) * 100
    expect(Math.abs(cetFrom(new Date("2026-04-10T00:00:00Z")) - 43.93)).toBeLessThan(0.1)
    for (let month = 0; month < 12; month++) {
      const cet = cetFrom(new Date(Date.UTC(2026, month, 10)))
      expect(cet).toBeGreaterThan(43.3)
      expect(cet).toBeLessThan(45.2)
    }
  })

  it("60 installments at 1.9% a month: 365-day CET 25.36%, (1+i)^12-1 gives 25.34%", () => {
    const payment = pricePayment(10_000, 0.019, 60)
    const dated = monthlyDueDates(release, 60).map((date) => ({ date, amount: payment }))
    expect(cetAnnual(10_000, release, dated) * 100).toBeCloseTo(25.36, 1)
    expect(annualFromMonthly(0.019) * 100).toBeCloseTo(25.34, 2)
  })

  it("NPV is zero at the IRR and the IRR of a known flow is found", () => {
    const flows = [-1_000, 300, 400, 500]
    const rate = irr(flows)
    expect(Math.abs(npv(rate, flows))).toBeLessThan(1e-6)
    expect(rate).toBeCloseTo(0.0889633947, 6)
    expect(npv(0, flows)).toBe(200)
  })

  it("the root finder finds sqrt(2), returns an exact bracket end, and stops on NaN or the cap", () => {
    expect(findRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 11)
    expect(findRoot((x) => x - 1, 1, 3)).toBe(1)
    expect(() => findRoot((x) => (x > 0.9 && x < 1.1 ? Number.NaN : x - 1), 0, 3)).toThrow(
      expect.objectContaining({ code: "finance_did_not_converge" })
    )
    expect(() => findRoot((x) => (x > 1.5 ? Number.NaN : x - 1), 0, 2)).toThrow(
      expect.objectContaining({ code: "finance_no_root_in_bracket" })
    )
    expect(() => findRoot((x) => Math.atan(x - 0.3) ** 3, -1e6, 1e6, { tolerance: 0, maxIterations: 3 })).toThrow(
      expect.objectContaining({ code: "finance_did_not_converge" })
    )
  })

  it("IRR of flows that are zero at every rate is the lowest rate tried, -99%", () => {
    expect(irr([0, 0, 0])).toBe(-0.99)
  })

  it("IRR picks the lowest root and handles negative IRRs", () => {
    // -100 + 10v + 10v^2 = 0 with v = 1/(1+r): v = (sqrt(41) - 1) / 2
    expect(irr([-100, 10, 10])).toBeCloseTo(2 / (Math.sqrt(41) - 1) - 1, 8)
    expect(irr([-1_000, 300, 300, 300, 300, 300])).toBeCloseTo(0.1523824, 6)
  })

  it("the root finder refuses a bracket without a sign change instead of looping", () => {
    expect(() => findRoot((x) => x * x + 1, -10, 10)).toThrow(
      expect.objectContaining({ code: "finance_no_root_in_bracket" })
    )
    expect(() => irr([100, 100])).toThrow(FinanceError)
  })
})

describe("simulateFinancing", () => {
  const base = {
    system_cost: 30_000,
    down_payment: 5_000,
    term_months: 60,
    rate: { value: 0.0149, period: "monthly" as const },
    person_type: "individual" as const,
    fees: 0,
    insurance: 0,
    finance_costs: false,
    release_date: release,
  }

  it("with no fees, CET is above the nominal rate only by the IOF", () => {
    const result = simulateFinancing(base)
    expect(result.amount_financed).toBe(25_000)
    expect(result.monthly_payment).toBe(Math.round(pricePayment(25_000, 0.0149, 60) * 100) / 100)
    expect(result.cet_annual).toBeGreaterThan(annualFromMonthly(0.0149))
    expect(result.total_paid).toBe(sum([...result.schedule.map((row) => row.payment), result.upfront_costs]))
    expect(sum(result.schedule.map((row) => row.principal))).toBe(25_000)
    expect(result.schedule[0].due_date).toBe("2026-02-10")
  })

  it("CET >= nominal rate whenever fees or IOF exist, financed or paid upfront", () => {
    for (const finance_costs of [false, true]) {
      for (const fees of [0, 350, 1_200]) {
        const result = simulateFinancing({ ...base, fees, insurance: 200, finance_costs })
        expect(result.cet_annual).toBeGreaterThan(annualFromMonthly(0.0149))
      }
    }
    const financed = simulateFinancing({ ...base, fees: 800, finance_costs: true })
    expect(financed.amount_financed).toBeCloseTo(25_800 + financed.iof.total, 2)
    expect(financed.upfront_costs).toBe(0)
  })

  it("accepts an annual rate, converting it by compounding", () => {
    const result = simulateFinancing({ ...base, rate: { value: 0.2, period: "annual" } })
    expect(result.monthly_rate).toBeCloseTo(monthlyFromAnnual(0.2), 12)
  })

  it("zero interest with no costs has a CET of the IOF alone", () => {
    const result = simulateFinancing({ ...base, rate: { value: 0, period: "monthly" }, person_type: "company" })
    expect(result.total_interest).toBe(0)
    expect(result.cet_annual).toBeGreaterThan(0)
    expect(result.cet_annual).toBeLessThan(0.02)
  })

  // Pinned values: the inequalities above hold for many wrong CETs. Each value was computed
  // by the code and checked independently (a separate bisection over the same dated payments,
  // in Python, gives the same rate to 1e-9).
  it("reproduces the domain reference's vector: 60 installments at 1.9%/month, CET 25.36% (365-day)", () => {
    const result = simulateFinancing({
      ...base,
      rate: { value: 0.019, period: "monthly" },
      // The reference vector has no IOF and no fees: only the dated installments count.
      iof_rates: { individual: { dailyRate: 0, flatRate: 0, maxDays: 365 } },
      release_date: new Date("2025-01-10T00:00:00Z"),
    })
    expect(result.monthly_payment).toBe(701.89)
    expect((result.cet_annual * 100).toFixed(2)).toBe("25.36")
    expect(result.cet_annual).toBeCloseTo(0.2536065, 6)
    // The (1+i)^12-1 convention gives 25.34%: the CET must not be that.
    expect((annualFromMonthly(0.019) * 100).toFixed(2)).toBe("25.34")
  })

  it("pins the CET, IOF and totals of the base case (IOF paid upfront)", () => {
    const result = simulateFinancing(base)
    expect(result.monthly_payment).toBe(633.2)
    expect(result.schedule[59].payment).toBe(633.62)
    expect(result.iof).toEqual({ daily: 702.91, flat: 95, total: 797.91 })
    expect(result.upfront_costs).toBe(797.91)
    expect(result.total_interest).toBe(12992.42)
    expect(result.total_paid).toBe(38790.33)
    expect((result.cet_annual * 100).toFixed(2)).toBe("21.24")
    expect(result.cet_annual).toBeCloseTo(0.2123596, 6)
  })

  it("pins the CET and amount of a case with fees and insurance financed", () => {
    const result = simulateFinancing({ ...base, fees: 350, insurance: 200, finance_costs: true })
    expect(result.amount_financed).toBe(26392.35)
    expect(result.iof).toEqual({ daily: 742.06, flat: 100.29, total: 842.35 })
    expect(result.monthly_payment).toBe(668.47)
    expect(result.upfront_costs).toBe(0)
    expect(result.total_paid).toBe(40108.24)
    expect((result.cet_annual * 100).toFixed(2)).toBe("22.48")
  })

  it("pins the CET of fees and insurance paid upfront: they come off the credit released", () => {
    // Released 25,000 - 550 - 797.91 = 23,652.09 against the same 60 installments; a separate
    // bisection in Python over the dated payments gives 0.22548559 too.
    const result = simulateFinancing({ ...base, fees: 350, insurance: 200 })
    expect(result.amount_financed).toBe(25_000)
    expect(result.upfront_costs).toBe(1347.91)
    expect(result.total_paid).toBe(39340.33)
    expect(result.cet_annual).toBeCloseTo(0.2254856, 6)
  })

  it("states its assumptions: the rates of the person type, first due a month after, 365-day CET", () => {
    expect(simulateFinancing(base).assumptions).toEqual({
      iof_rates: DEFAULT_IOF_RATES.individual,
      first_due_after_months: 1,
      cet_convention: "365-day",
    })
    const custom = { dailyRate: 0.0001, flatRate: 0.01, maxDays: 180 }
    // Rates given for one person type leave the other's defaults alone.
    expect(simulateFinancing({ ...base, iof_rates: { company: custom } }).assumptions.iof_rates).toEqual(
      DEFAULT_IOF_RATES.individual
    )
    expect(
      simulateFinancing({ ...base, person_type: "company", iof_rates: { company: custom } }).assumptions.iof_rates
    ).toEqual(custom)
  })

  it("refuses a down payment at or above the cost and negative fees", () => {
    expect(() => simulateFinancing({ ...base, down_payment: 30_000 })).toThrow(
      expect.objectContaining({ code: "finance_invalid_amount" })
    )
    expect(() => simulateFinancing({ ...base, fees: -1 })).toThrow(FinanceError)
  })
})

describe("edges the vectors above do not reach", () => {
  it("rounds to the cent half away from zero, even a half cent and a negative amount", () => {
    expect(roundCents(0.005)).toBe(0.01)
    expect(roundCents(0.004)).toBe(0)
    expect(roundCents(-0.125)).toBe(-0.13)
    expect(roundCents(-2.5)).toBe(-2.5)
    expect(roundCents(0)).toBe(0)
  })

  it("counts calendar days, ignoring the time of day", () => {
    expect(daysBetween(new Date("2026-01-10T23:00:00Z"), new Date("2026-01-11T01:00:00Z"))).toBe(1)
    expect(daysBetween(new Date("2026-03-01T00:00:00Z"), new Date("2026-02-01T23:59:00Z"))).toBe(-28)
    expect(daysBetween(new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"))).toBe(365)
  })

  it("starts the due dates the given number of months after release, clamped each month", () => {
    expect(monthlyDueDates(new Date("2026-01-31T00:00:00Z"), 3, 2).map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
    ])
    expect(() => monthlyDueDates(new Date("nope"), 3)).toThrow(
      expect.objectContaining({ code: "finance_invalid_dates", message: "the release date is not a valid date" })
    )
  })

  it("charges no daily IOF for an installment due on or before the release", () => {
    const iof = iofOnInstallments(
      10_000,
      [
        { principal: 6_000, dueDate: new Date("2026-01-01T00:00:00Z") },
        { principal: 4_000, dueDate: release },
      ],
      release,
      DEFAULT_IOF_RATES.individual
    )
    expect(iof).toEqual({ daily: 0, flat: 38, total: 38 })
  })

  it("refuses amounts, rates and terms that are not finite numbers, naming the value", () => {
    expect(() => pricePayment(Number.NaN, 0.01, 12)).toThrow("the amount financed must be positive (got NaN)")
    expect(() => pricePayment(Number.POSITIVE_INFINITY, 0.01, 12)).toThrow(expect.objectContaining({ code: "finance_invalid_amount" }))
    expect(() => pricePayment(-5, 0.01, 12)).toThrow("the amount financed must be positive (got -5)")
    expect(() => pricePayment(1_000, Number.NaN, 12)).toThrow("the rate must be zero or positive (got NaN)")
    expect(() => pricePayment(1_000, Number.POSITIVE_INFINITY, 12)).toThrow(expect.objectContaining({ code: "finance_invalid_rate" }))
    expect(() => pricePayment(1_000, 0.01, Number.NaN)).toThrow("the term must be a whole number of months (got NaN)")
    expect(pricePayment(1_000, 0, 1)).toBe(1_000)
  })

  it("names its errors FinanceError", () => {
    expect(() => pricePayment(0, 0.01, 12)).toThrow(expect.objectContaining({ name: "FinanceError" }))
  })

  it("says why no IRR exists", () => {
    expect(() => irr([100, 100])).toThrow(
      expect.objectContaining({
        code: "finance_no_root_in_bracket",
        message: "no rate between -99% and 1,000,000% per period gives these cash flows a zero NPV",
      })
    )
  })
})

describe("the root finder's guarantees", () => {
  const counted = (f: (x: number) => number) => {
    const calls = { n: 0 }
    return { calls, f: (x: number) => (calls.n++, f(x)) }
  }

  it("takes secant steps: sqrt(2) to 1e-12 in far fewer evaluations than bisection's 43", () => {
    const { calls, f } = counted((x) => x * x - 2)
    expect(findRoot(f, 0, 2)).toBeCloseTo(Math.SQRT2, 11)
    expect(calls.n).toBeLessThanOrEqual(25)
  })

  it("keeps the bracket shrinking where secant steps crawl from one side (a flat cubic over 2e6)", () => {
    const { calls, f } = counted((x) => Math.atan(x - 0.3) ** 3)
    expect(findRoot(f, -1e6, 1e6)).toBeCloseTo(0.3, 9)
    expect(calls.n).toBeLessThanOrEqual(200)
  })

  it("returns a midpoint that is exactly the root (a step function: only bisection lands on it)", () => {
    // Values of -1 and +1 make every secant step a bisection; 1/32 is the extra midpoint of
    // the fourth iteration, after the secant steps 1/2, 1/4, 1/8 and 1/16.
    const { calls, f } = counted((x) => (x < 1 / 32 ? -1 : x > 1 / 32 ? 1 : 0))
    expect(findRoot(f, 0, 1)).toBe(1 / 32)
    expect(calls.n).toBe(7)
    // The same with the root at a secant step: it is returned as soon as it is evaluated.
    expect(findRoot((x) => (x < 0.25 ? -1 : x > 0.25 ? 1 : 0), 0, 1)).toBe(0.25)
  })

  // Exact evaluation counts: the bounds above hold for several wrong schedules of secant and
  // midpoint steps; these are the counts of the documented one (a midpoint every fourth step).
  it("pins the evaluations of the step schedule", () => {
    const sqrt2 = counted((x) => x * x - 2)
    findRoot(sqrt2.f, 0, 2)
    expect(sqrt2.calls.n).toBe(22)
    const flat = counted((x) => Math.atan(x - 0.3) ** 3)
    findRoot(flat.f, -1e6, 1e6)
    expect(flat.calls.n).toBe(182)
    // Three iterations under the cap: the two ends and three secant steps, no midpoint yet.
    const capped = counted((x) => Math.atan(x - 0.3) ** 3)
    expect(() => findRoot(capped.f, -1e6, 1e6, { tolerance: 0, maxIterations: 3 })).toThrow("no convergence in 3 iterations")
    expect(capped.calls.n).toBe(5)
  })

  it("falls back to the midpoint when the secant step rounds onto a bracket end", () => {
    // -1e-300 against 1e300: the secant step lands exactly on the low end every time.
    const lopsided = counted((x) => (x <= 0.5 ? -1e-300 : 1e300))
    expect(findRoot(lopsided.f, 0, 1)).toBeCloseTo(0.5, 11)
    expect(lopsided.calls.n).toBe(42)
    // And the mirror image: the step lands exactly on the high end.
    const mirrored = counted((x) => (x >= 0.5 ? 1e-300 : -1e300))
    expect(findRoot(mirrored.f, 0, 1)).toBeCloseTo(0.5, 11)
    expect(mirrored.calls.n).toBe(42)
  })

  it("refuses flows that are not finite at a midpoint too, instead of losing the bracket", () => {
    // Found by mutation testing: only the secant point was checked, so a NaN at the midpoint
    // replaced a bracket end and the search went on without a sign change.
    expect(() => findRoot((x) => (x < 1 / 32 ? -1 : x > 1 / 32 ? 1 : Number.NaN), 0, 1)).toThrow(
      expect.objectContaining({ code: "finance_did_not_converge", message: "the cash flows are not finite at rate 0.03125" })
    )
  })

  it("returns either bracket end when it is the root, whichever side is which", () => {
    expect(findRoot((x) => x - 1, 0, 1)).toBe(1)
    expect(findRoot((x) => 1 - x, 0, 1)).toBe(1)
    expect(findRoot((x) => 2 - 2 * x, 1, 5)).toBe(1)
  })

  it("names the bracket and the values at its ends when they do not straddle a root, or one is not finite", () => {
    expect(() => findRoot((x) => x * x + 1, -10, 10)).toThrow("no rate between -10 and 10 balances the cash flows (f=101, 101)")
    expect(() => findRoot((x) => (x < 0.5 ? Number.NaN : x - 1), 0, 2)).toThrow(
      expect.objectContaining({
        code: "finance_no_root_in_bracket",
        message: "no rate between 0 and 2 balances the cash flows (f=NaN, 1)",
      })
    )
  })

  it("names the rate where the flows stop being finite, and the iteration cap", () => {
    expect(() => findRoot((x) => (x > 0.9 && x < 1.1 ? Number.NaN : x - 1), 0, 3)).toThrow(
      "the cash flows are not finite at rate 1"
    )
    expect(() => findRoot((x) => Math.atan(x - 0.3) ** 3, -1e6, 1e6, { tolerance: 0, maxIterations: 3 })).toThrow(
      "no convergence in 3 iterations"
    )
  })
})

describe("simulateFinancing refuses", () => {
  const base = {
    system_cost: 30_000,
    down_payment: 5_000,
    term_months: 60,
    rate: { value: 0.0149, period: "monthly" as const },
    person_type: "individual" as const,
    fees: 0,
    insurance: 0,
    finance_costs: false,
    release_date: release,
  }

  it.each([
    [{ down_payment: -1 }, "the down payment must be zero or more and less than the system cost"],
    [{ down_payment: Number.NaN }, "the down payment must be zero or more and less than the system cost"],
    [{ down_payment: 29_999.999 }, "the down payment must be zero or more and less than the system cost"],
    [{ insurance: -1 }, "fees and insurance must be zero or more"],
    [{ fees: Number.NaN }, "fees and insurance must be zero or more"],
    [{ insurance: Number.NaN }, "fees and insurance must be zero or more"],
  ])("%p", (overrides, message) => {
    expect(() => simulateFinancing({ ...base, ...overrides })).toThrow(
      expect.objectContaining({ code: "finance_invalid_amount", message })
    )
  })

  it("accepts no down payment and zero fees and insurance", () => {
    expect(simulateFinancing({ ...base, down_payment: 0 }).amount_financed).toBe(30_000)
  })
})
