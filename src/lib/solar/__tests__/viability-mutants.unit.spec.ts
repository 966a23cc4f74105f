// The viability analysis's scoring, band, date and input rules at their edges, with the
// messages an API caller reads (mutation testing, docs/testing.md). Pure helpers are called
// directly; whole analyses run inside the tests that need them, never at describe level.
import { resolveSolarAssumptions } from "../assumptions"
import {
  analyzeSolarViability,
  consumptionProfileScore,
  economicScore,
  irradiationScore,
  paybackScore,
  recommendationFor,
  resolveConnection,
  resolveFinancingReleaseDate,
  viabilityScore,
} from "../viability"
import { thrown } from "./thrown-code"
import { SP_HOME } from "./viability-fixtures"

const a = resolveSolarAssumptions()


const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))

describe("factor scores: linear between the assumptions' bounds, clamped to 0..100", () => {
  it("scores irradiation from 3 h (0) to 6 h (100)", () => {
    expect(irradiationScore(3, a)).toBe(0)
    expect(irradiationScore(2, a)).toBe(0)
    expect(irradiationScore(4.5, a)).toBe(50)
    expect(irradiationScore(5.1, a)).toBe(70)
    expect(irradiationScore(6, a)).toBe(100)
    expect(irradiationScore(7, a)).toBe(100)
  })

  it("scores payback from 12 years (0) to 3 years (100), and no payback as 0", () => {
    expect(paybackScore(null, a)).toBe(0)
    expect(paybackScore(12, a)).toBe(0)
    expect(paybackScore(20, a)).toBe(0)
    expect(paybackScore(7.5, a)).toBe(50)
    expect(paybackScore(3, a)).toBe(100)
    expect(paybackScore(1, a)).toBe(100)
    // Rounded to a whole score: 9 / 9 * 100 * (12 - 10.2) / 9 = 20.
    expect(paybackScore(10.2, a)).toBe(20)
  })

  it("scores NPV per real invested from 0 (0) to 3 (100)", () => {
    expect(economicScore(-5000, 10000, a)).toBe(0)
    expect(economicScore(0, 10000, a)).toBe(0)
    expect(economicScore(15000, 10000, a)).toBe(50)
    expect(economicScore(30000, 10000, a)).toBe(100)
    expect(economicScore(45000, 10000, a)).toBe(100)
  })

  it("scores consumption from 100 kWh (0) to 600 kWh (100)", () => {
    expect(consumptionProfileScore(50, a)).toBe(0)
    expect(consumptionProfileScore(100, a)).toBe(0)
    expect(consumptionProfileScore(350, a)).toBe(50)
    expect(consumptionProfileScore(401, a)).toBe(60)
    expect(consumptionProfileScore(600, a)).toBe(100)
    expect(consumptionProfileScore(900, a)).toBe(100)
  })
})

describe("viabilityScore and recommendationFor", () => {
  const factors = {
    irradiation_score: 80,
    roof_quality_score: 70,
    economic_score: 50,
    payback_score: 90,
    consumption_profile_score: 40,
  }

  it("weighs each factor by its own weight", () => {
    // 0.2 x 80 + 0.15 x 70 + 0.25 x 50 + 0.25 x 90 + 0.15 x 40 = 16 + 10.5 + 12.5 + 22.5 + 6 = 67.5
    expect(viabilityScore(factors, a)).toBe(68)
    expect(viabilityScore({ ...factors, payback_score: 0 }, a)).toBe(45)
    expect(viabilityScore({ ...factors, irradiation_score: 0 }, a)).toBe(52)
    expect(viabilityScore({ ...factors, consumption_profile_score: 0 }, a)).toBe(62)
  })

  it("normalises weights that do not add up to 1", () => {
    const doubled = resolveSolarAssumptions({
      score_weights: { irradiation: 0.4, roof_quality: 0.3, economic: 0.5, payback: 0.5, consumption_profile: 0.3 },
    })
    expect(viabilityScore(factors, doubled)).toBe(68)
    const onlyRoof = resolveSolarAssumptions({
      score_weights: { irradiation: 0, roof_quality: 2, economic: 0, payback: 0, consumption_profile: 0 },
    })
    expect(viabilityScore(factors, onlyRoof)).toBe(70)
    const onlyConsumption = resolveSolarAssumptions({
      score_weights: { irradiation: 0, roof_quality: 0, economic: 0, payback: 0, consumption_profile: 3 },
    })
    expect(viabilityScore(factors, onlyConsumption)).toBe(40)
  })

  it("caps a high score at marginal when the NPV is zero, and leaves a marginal band alone", () => {
    expect(recommendationFor(90, { npv_brl: 0, payback_months: 100 }, a)).toBe("marginal")
    expect(recommendationFor(65, { npv_brl: 0, payback_months: 100 }, a)).toBe("marginal")
    expect(recommendationFor(65, { npv_brl: 0.01, payback_months: 100 }, a)).toBe("recommended")
    expect(recommendationFor(50, { npv_brl: -100, payback_months: 100 }, a)).toBe("marginal")
    expect(recommendationFor(10, { npv_brl: -100, payback_months: 100 }, a)).toBe("not_recommended")
  })

  it("uses the thresholds of the assumptions", () => {
    const strict = resolveSolarAssumptions({ recommendation_thresholds: { highly_recommended: 90, recommended: 80, marginal: 70 } })
    expect(recommendationFor(89, { npv_brl: 1, payback_months: 40 }, strict)).toBe("recommended")
    expect(recommendationFor(79, { npv_brl: 1, payback_months: 40 }, strict)).toBe("marginal")
    expect(recommendationFor(69, { npv_brl: 1, payback_months: 40 }, strict)).toBe("not_recommended")
  })
})

describe("resolveConnection", () => {
  const code = "solar_invalid_connection_date"

  it("takes a connection on the request day and 730 days after it, not 731", () => {
    const same = resolveConnection({ ...SP_HOME, request_date: "2026-03-10", expected_connection_date: "2026-03-10" }, a)
    expect(same).toEqual({
      request_date: utc(2026, 3, 10),
      connection_date: utc(2026, 3, 10),
      source: "provided",
      first_month: { year: 2026, month: 3 },
    })
    const last = resolveConnection({ ...SP_HOME, request_date: "2026-03-10", expected_connection_date: "2028-03-09" }, a)
    expect(last.connection_date).toEqual(utc(2028, 3, 9))
    expect(thrown(() => resolveConnection({ ...SP_HOME, request_date: "2026-03-10", expected_connection_date: "2028-03-10" }, a))).toEqual({
      code,
      message: "The expected connection date must be between the request date (2026-03-10) and 730 days after it, got 2028-03-10",
    })
    expect(thrown(() => resolveConnection({ ...SP_HOME, request_date: "2026-03-10", expected_connection_date: "2026-03-09" }, a))).toEqual({
      code,
      message: "The expected connection date must be between the request date (2026-03-10) and 730 days after it, got 2026-03-09",
    })
  })

  it("takes a connection date alone, with no request to compare it with", () => {
    const alone = resolveConnection({ ...SP_HOME, start_year: null, expected_connection_date: "2027-11-30" }, a)
    expect(alone).toEqual({
      request_date: null,
      connection_date: utc(2027, 11, 30),
      source: "provided",
      first_month: { year: 2027, month: 11 },
    })
  })

  it("adds the lead days to the request, else starts on January 1st of the start year", () => {
    const lead = resolveConnection({ ...SP_HOME, start_year: undefined, request_date: "2026-12-15" }, resolveSolarAssumptions({ connection_lead_days: 17 }))
    expect(lead).toEqual({
      request_date: utc(2026, 12, 15),
      connection_date: utc(2027, 1, 1),
      source: "request_date_plus_lead_days",
      first_month: { year: 2027, month: 1 },
    })
    expect(resolveConnection({ ...SP_HOME, start_year: 2030 }, a)).toEqual({
      request_date: null,
      connection_date: utc(2030, 1, 1),
      source: "start_year",
      first_month: { year: 2030, month: 1 },
    })
  })

  it("says what it needs when no date and no start year is given", () => {
    const expected = { code: "solar_invalid_start_year", message: "A request date, an expected connection date or a start year is required" }
    expect(thrown(() => resolveConnection({ ...SP_HOME, start_year: undefined }, a))).toEqual(expected)
    expect(thrown(() => resolveConnection({ ...SP_HOME, start_year: null, request_date: null, expected_connection_date: null }, a))).toEqual(expected)
    expect(thrown(() => resolveConnection({ ...SP_HOME, start_year: 1999 }, a))).toEqual({
      code: "solar_invalid_start_year",
      message: "Start year must be an integer calendar year between 2000 and 2100, got 1999",
    })
  })

  it("refuses a lead that carries the connection past 2100", () => {
    expect(
      thrown(() => resolveConnection({ ...SP_HOME, start_year: undefined, request_date: "2100-12-01" }, a))
    ).toEqual({
      code: "solar_invalid_start_year",
      message: "Start year must be an integer calendar year between 2000 and 2100, got 2101",
    })
  })

  it("reads ISO days from 2000 to 2100 and the UTC day of a date-time", () => {
    const at = (date: string) => resolveConnection({ ...SP_HOME, start_year: undefined, expected_connection_date: date }, a).connection_date
    expect(at("2000-01-01")).toEqual(utc(2000, 1, 1))
    expect(at("2100-12-31")).toEqual(utc(2100, 12, 31))
    expect(at("2024-02-29")).toEqual(utc(2024, 2, 29))
    expect(at("2027-03-31T23:30:00-03:00")).toEqual(utc(2027, 4, 1))
    expect(at("2027-03-31T01:00:00+03:00")).toEqual(utc(2027, 3, 30))
  })

  it.each([
    ["1999-12-31"],
    ["2101-01-01"],
    ["2026-13-01"],
    ["2026-00-10"],
    ["2026-04-31"],
    ["2026-04-00"],
    ["2025-02-29"],
    ["2026-04-10T"],
    ["2026-04-10Tnoon"],
    [" 2026-04-10"],
    ["2026-04-10x"],
  ])("refuses the connection date %p, quoting it", (date) => {
    expect(thrown(() => resolveConnection({ ...SP_HOME, expected_connection_date: date }, a))).toEqual({
      code,
      message: `The expected connection date must be an ISO date (YYYY-MM-DD) between 2000 and 2100, got ${JSON.stringify(date)}`,
    })
  })

  it("names the request date it refuses, and refuses a non-string", () => {
    expect(thrown(() => resolveConnection({ ...SP_HOME, request_date: "2026-02-30" }, a))).toEqual({
      code,
      message: 'The request date must be an ISO date (YYYY-MM-DD) between 2000 and 2100, got "2026-02-30"',
    })
    expect(thrown(() => resolveConnection({ ...SP_HOME, request_date: 20260210 as never }, a))).toEqual({
      code,
      message: "The request date must be an ISO date (YYYY-MM-DD) between 2000 and 2100, got 20260210",
    })
  })
})

describe("resolveFinancingReleaseDate", () => {
  const fallback = { date: utc(2026, 5, 1), source: "connection_date" as const }

  it("falls back when no date is given", () => {
    expect(resolveFinancingReleaseDate(undefined, fallback)).toBe(fallback)
    expect(resolveFinancingReleaseDate(null, fallback)).toBe(fallback)
  })

  it("takes the given day, or a date-time's UTC day", () => {
    expect(resolveFinancingReleaseDate("2026-07-15", fallback)).toEqual({ date: utc(2026, 7, 15), source: "provided" })
    expect(resolveFinancingReleaseDate("2026-07-15T22:00:00-03:00", fallback)).toEqual({ date: utc(2026, 7, 16), source: "provided" })
  })

  it("refuses an empty text with its own code and label", () => {
    expect(thrown(() => resolveFinancingReleaseDate("", fallback))).toEqual({
      code: "solar_invalid_release_date",
      message: 'The financing release date must be an ISO date (YYYY-MM-DD) between 2000 and 2100, got ""',
    })
  })
})

describe("analyzeSolarViability: consumption, bill and tariff refusals", () => {
  const base = { state: "SP", connection_type: "mono" as const, start_year: 2026 }

  it("needs a tariff, or the bill and consumption to derive one", () => {
    const expected = {
      code: "solar_tariff_required",
      message: "A tariff (R$/kWh) is required, or both the monthly bill and consumption to derive it",
    }
    expect(thrown(() => analyzeSolarViability({ ...base, monthly_consumption_kwh: 400 }))).toEqual(expected)
    expect(thrown(() => analyzeSolarViability({ ...base, monthly_bill_brl: 380 }))).toEqual(expected)
    expect(thrown(() => analyzeSolarViability({ ...base, monthly_bill_brl: 380, monthly_consumption_kwh: null }))).toEqual(
      expected
    )
  })

  it("needs consumption or the bill", () => {
    expect(thrown(() => analyzeSolarViability({ ...base, tariff_kwh_brl: 0.95 }))).toEqual({
      code: "solar_consumption_required",
      message: "Monthly consumption (kWh) or the monthly bill (R$) is required",
    })
  })

  it("refuses a tariff above R$ 5/kWh, given or derived, with the value", () => {
    expect(thrown(() => analyzeSolarViability({ ...base, monthly_consumption_kwh: 400, tariff_kwh_brl: 5.0001 }))).toEqual({
      code: "solar_invalid_tariff",
      message: "Tariff of R$ 5.0001/kWh is implausible; expected at most R$ 5/kWh",
    })
    expect(thrown(() => analyzeSolarViability({ ...base, monthly_consumption_kwh: 0.4, monthly_bill_brl: 380 }))).toEqual({
      code: "solar_invalid_tariff",
      message: "Tariff of R$ 950.0000/kWh is implausible; expected at most R$ 5/kWh",
    })
  })

  it("takes a tariff of exactly R$ 5/kWh", () => {
    const r = analyzeSolarViability({ ...base, monthly_consumption_kwh: 400, tariff_kwh_brl: 5 })
    expect(r.tariff_kwh_brl).toBe(5)
    expect(r.monthly_bill_brl).toBe(2000)
  })

  it.each([
    ["monthly_consumption_kwh", 0, "solar_invalid_consumption", "Monthly consumption (kWh) must be a finite number > 0, got 0"],
    ["monthly_bill_brl", -1, "solar_invalid_bill", "Monthly bill (R$) must be a finite number > 0, got -1"],
    ["tariff_kwh_brl", 0, "solar_invalid_tariff", "Tariff (R$/kWh) must be a finite number > 0, got 0"],
    ["roof_area_m2", 0, "solar_invalid_roof_area", "Roof area (m2) must be a finite number > 0, got 0"],
    ["total_investment_brl", -5, "solar_invalid_investment", "Total investment (R$) must be a finite number > 0, got -5"],
  ])("refuses %s = %p saying so", (key, value, code, message) => {
    expect(thrown(() => analyzeSolarViability({ ...SP_HOME, [key]: value }))).toEqual({ code, message })
  })

  it.each([[-1], [100.5], [Number.NaN]])("refuses a roof quality score of %p", (score) => {
    expect(thrown(() => analyzeSolarViability({ ...SP_HOME, roof_quality_score: score }))).toEqual({
      code: "solar_invalid_score",
      message: `Roof quality score must be in [0, 100], got ${score}`,
    })
  })
})

describe("recommendationFor at each threshold", () => {
  it.each([
    [75, "highly_recommended"],
    [60, "recommended"],
    [40, "marginal"],
  ])("puts a score of exactly %i in %s", (score, band) => {
    expect(recommendationFor(score, { npv_brl: 1, payback_months: 40 }, a)).toBe(band)
  })

  it("never recommends a system that never pays back, whatever the score", () => {
    expect(recommendationFor(100, { npv_brl: 1, payback_months: null }, a)).toBe("not_recommended")
  })
})

describe("analyzeSolarViability: which two figures gave the third", () => {
  const base = { state: "SP", connection_type: "mono" as const, start_year: 2026 }

  it("derives consumption from the bill and the tariff", () => {
    const r = analyzeSolarViability({ ...base, monthly_bill_brl: 380, tariff_kwh_brl: 0.95 })
    expect([r.monthly_consumption_kwh, r.monthly_bill_brl, r.tariff_kwh_brl]).toEqual([400, 380, 0.95])
    expect(r.assumptions.derived).toMatchObject({ consumption_source: "bill_divided_by_tariff", tariff_source: "provided" })
  })

  it("derives the tariff from the bill and consumption, and keeps a given tariff over both", () => {
    const derived = analyzeSolarViability({ ...base, monthly_bill_brl: 380, monthly_consumption_kwh: 400 })
    expect(derived.tariff_kwh_brl).toBe(0.95)
    expect(derived.assumptions.derived).toMatchObject({ consumption_source: "provided", tariff_source: "bill_divided_by_consumption" })
    const given = analyzeSolarViability({ ...base, monthly_bill_brl: 500, monthly_consumption_kwh: 400, tariff_kwh_brl: 0.95 })
    expect([given.tariff_kwh_brl, given.monthly_bill_brl]).toEqual([0.95, 500])
    expect(given.assumptions.derived.tariff_source).toBe("provided")
  })

  it("refuses a request date sent as a list", () => {
    expect(thrown(() => resolveConnection({ ...SP_HOME, request_date: ["2026-02-10"] as never }, a))).toEqual({
      code: "solar_invalid_connection_date",
      message: 'The request date must be an ISO date (YYYY-MM-DD) between 2000 and 2100, got ["2026-02-10"]',
    })
  })
})

describe("analyzeSolarViability: how a costly system's risks read", () => {
  it("states the payback in years and the negative NPV in reais", () => {
    const r = analyzeSolarViability({ ...SP_HOME, total_investment_brl: 70000 })
    expect(r.payback_years).not.toBeNull()
    expect(r.npv_brl).toBeLessThan(0)
    const risk = (type: string) => r.risks.find((x) => x.type === type)?.description
    expect(risk("long_payback")).toBe(`Payback of ${r.payback_years!.toFixed(1)} years exceeds 6 years.`)
    const npv = /^At a 10\.0% discount rate the project is worth -R\$ (\d{1,3}(?:,\d{3})*)\.(\d{2})\.$/.exec(risk("negative_npv")!)
    expect(npv).not.toBeNull()
    expect(-Number(`${npv![1].replace(/,/g, "")}.${npv![2]}`)).toBe(r.npv_brl)
    // Thousands grouped with commas: more than R$ 1,000 either way.
    expect(npv![1]).toMatch(/^\d{1,3},\d{3}$/)
  })

  it("writes a positive amount without a sign", () => {
    const r = analyzeSolarViability(SP_HOME)
    const fioB = r.risks.find((x) => x.type === "fio_b_exposure")?.description
    expect(fioB).toMatch(/^Lei 14\.300 Fio B charges take R\$ \d{1,3}(,\d{3})*\.\d{2} \(\d+\.\d% of gross savings\) over 25 years\.$/)
  })
})
