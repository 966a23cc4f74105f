// Every rule resolveSolarAssumptions enforces, at its edges and with the message an operator
// reads at boot (the module options' `solarAssumptions` are checked with it): mutation testing,
// docs/testing.md. The other specs assert the code only, through the whole analysis.
import { DEFAULT_SOLAR_ASSUMPTIONS, resolveSolarAssumptions, SolarAssumptionOverrides } from "../assumptions"
import { thrown } from "./thrown-code"

/** Overrides typed loosely on purpose: boot options are untyped JSON. */
function resolve(overrides: Record<string, unknown>) {
  return resolveSolarAssumptions(overrides as SolarAssumptionOverrides)
}

function refusal(message: string) {
  return { code: "solar_invalid_assumption", message }
}

describe("resolveSolarAssumptions: merging", () => {
  it("returns the defaults when nothing is overridden, as copies", () => {
    const a = resolveSolarAssumptions()
    expect(a).toEqual(DEFAULT_SOLAR_ASSUMPTIONS)
    expect(a.fio_b_schedule).not.toBe(DEFAULT_SOLAR_ASSUMPTIONS.fio_b_schedule)
    expect(a.scenario_sizing_factors).not.toBe(DEFAULT_SOLAR_ASSUMPTIONS.scenario_sizing_factors)
    expect(a.financing_terms_months).not.toBe(DEFAULT_SOLAR_ASSUMPTIONS.financing_terms_months)
    expect(a.financing_terms_months).toEqual([36, 60, 84, 120])
    expect(a.scenario_sizing_factors).toEqual([0.8, 1, 1.2])
  })

  it("refuses an unknown key by name", () => {
    expect(thrown(() => resolve({ cost_per_wp: 3 }))).toEqual(
      refusal('Assumption "cost_per_wp" must be a known assumption (unknown key), got "cost_per_wp"')
    )
  })

  it("treats an undefined override as absent", () => {
    const a = resolve({ performance_ratio: undefined, cost_per_wp_brl: 3 })
    expect(a.performance_ratio).toBe(0.8)
    expect(a.cost_per_wp_brl).toBe(3)
  })

  it("replaces the whole Fio B schedule, never mixing two", () => {
    const a = resolve({ fio_b_schedule: { "2030": 0.5 } })
    expect(a.fio_b_schedule).toEqual({ "2030": 0.5 })
  })

  it("merges the nested records key by key", () => {
    const a = resolve({
      minimum_bill_kwh: { tri: 90 },
      score_weights: { economic: 0.5 },
      recommendation_thresholds: { marginal: 30 },
      next_step_days: { proposal: 9 },
    })
    expect(a.minimum_bill_kwh).toEqual({ mono: 30, bi: 50, bi_2_wires: 30, tri: 90 })
    expect(a.score_weights).toEqual({ irradiation: 0.2, roof_quality: 0.15, economic: 0.5, payback: 0.25, consumption_profile: 0.15 })
    expect(a.recommendation_thresholds).toEqual({ highly_recommended: 75, recommended: 60, marginal: 30 })
    expect(a.next_step_days).toEqual({ site_survey: 7, proposal: 9, financing: 10, installation: 5, grid_connection: 30 })
  })

  it("merges one person type's IOF rates and keeps the other type's defaults", () => {
    const a = resolve({ financing_iof_rates: { company: { flat_rate: 0.01 } } })
    expect(a.financing_iof_rates.company).toEqual({ ...DEFAULT_SOLAR_ASSUMPTIONS.financing_iof_rates.company, flat_rate: 0.01 })
    expect(a.financing_iof_rates.individual).toEqual(DEFAULT_SOLAR_ASSUMPTIONS.financing_iof_rates.individual)
    const b = resolve({ financing_iof_rates: { individual: { max_days: 100 } } })
    expect(b.financing_iof_rates.individual).toEqual({ ...DEFAULT_SOLAR_ASSUMPTIONS.financing_iof_rates.individual, max_days: 100 })
    expect(b.financing_iof_rates.company).toEqual(DEFAULT_SOLAR_ASSUMPTIONS.financing_iof_rates.company)
  })

  it("copies the caller's lists, so changing them later changes no resolved analysis", () => {
    const terms = [12, 24]
    const factors = [1, 1.5]
    const a = resolve({ financing_terms_months: terms, scenario_sizing_factors: factors })
    terms.push(36)
    factors.push(2)
    expect(a.financing_terms_months).toEqual([12, 24])
    expect(a.scenario_sizing_factors).toEqual([1, 1.5])
  })
})

describe("resolveSolarAssumptions: number ranges", () => {
  it("takes a performance ratio in (0, 1]", () => {
    expect(resolve({ performance_ratio: 1 }).performance_ratio).toBe(1)
    expect(resolve({ performance_ratio: 0.01 }).performance_ratio).toBe(0.01)
    expect(thrown(() => resolve({ performance_ratio: 0 }))).toEqual(
      refusal('Assumption "performance_ratio" must be a number in (0, 1], got 0')
    )
    expect(thrown(() => resolve({ performance_ratio: 1.01 }))).toEqual(
      refusal('Assumption "performance_ratio" must be a number in (0, 1], got 1.01')
    )
    expect(thrown(() => resolve({ performance_ratio: "0.8" }))).toEqual(
      refusal('Assumption "performance_ratio" must be a number in (0, 1], got "0.8"')
    )
    expect(thrown(() => resolve({ performance_ratio: Number.NaN }))).toEqual(
      refusal('Assumption "performance_ratio" must be a number in (0, 1], got null')
    )
  })

  it("takes a roof spacing factor in [1, 3]", () => {
    expect(resolve({ roof_spacing_factor: 1 }).roof_spacing_factor).toBe(1)
    expect(resolve({ roof_spacing_factor: 3 }).roof_spacing_factor).toBe(3)
    expect(thrown(() => resolve({ roof_spacing_factor: 0.99 }))).toEqual(
      refusal('Assumption "roof_spacing_factor" must be a number in [1, 3], got 0.99')
    )
    expect(thrown(() => resolve({ roof_spacing_factor: 3.01 }))).toEqual(
      refusal('Assumption "roof_spacing_factor" must be a number in [1, 3], got 3.01')
    )
  })

  it.each([
    "degradation_rate_annual",
    "maintenance_cost_share_annual",
    "inverter_replacement_share_of_equipment",
    "simultaneity_factor",
    "fio_b_share_of_tariff",
    "fio_b_share_before_schedule",
    "fio_b_share_after_schedule",
    "fio_b_exposure_medium_share",
    "excess_generation_tolerance",
    "low_offset_share",
    "financing_rate_monthly",
  ])("takes %s as a share in [0, 1]", (key) => {
    expect(resolve({ [key]: 0 })[key as "simultaneity_factor"]).toBe(0)
    expect(resolve({ [key]: 1 })[key as "simultaneity_factor"]).toBe(1)
    expect(thrown(() => resolve({ [key]: -0.01 }))).toEqual(
      refusal(`Assumption "${key}" must be a number in [0, 1], got -0.01`)
    )
    expect(thrown(() => resolve({ [key]: 1.01 }))).toEqual(refusal(`Assumption "${key}" must be a number in [0, 1], got 1.01`))
  })

  it("takes cost shares in [0, 1] that add up to 1", () => {
    const a = resolve({ equipment_cost_share: 1, installation_cost_share: 0, project_cost_share: 0 })
    expect([a.equipment_cost_share, a.installation_cost_share, a.project_cost_share]).toEqual([1, 0, 0])
    // 0.6 + 0.3 + 0.1 is 0.9999999999999999 in floating point: within the tolerance.
    expect(resolve({ equipment_cost_share: 0.6, installation_cost_share: 0.3 }).equipment_cost_share).toBe(0.6)
    expect(thrown(() => resolve({ installation_cost_share: 1.01 }))).toEqual(
      refusal('Assumption "installation_cost_share" must be a number in [0, 1], got 1.01')
    )
    expect(thrown(() => resolve({ project_cost_share: -0.1 }))).toEqual(
      refusal('Assumption "project_cost_share" must be a number in [0, 1], got -0.1')
    )
    expect(thrown(() => resolve({ equipment_cost_share: 0.8 }))).toEqual(
      refusal(
        `Assumption "equipment_cost_share + installation_cost_share + project_cost_share" must be 1, got ${JSON.stringify(0.8 + 0.2 + 0.1)}`
      )
    )
    expect(thrown(() => resolve({ equipment_cost_share: 0.6 }))).toEqual(
      refusal(
        `Assumption "equipment_cost_share + installation_cost_share + project_cost_share" must be 1, got ${JSON.stringify(0.6 + 0.2 + 0.1)}`
      )
    )
  })

  it.each([
    ["days_per_month", 30],
    ["days_per_year", 365],
    ["panel_wattage_w", 550],
    ["panel_area_m2", 2.58],
    ["cost_per_wp_brl", 2.5],
    ["irradiation_score_hsp_max", 6],
    ["economic_score_npv_ratio_max", 3],
    ["payback_score_worst_years", 12],
    ["consumption_score_kwh_max", 600],
  ])("takes %s only above 0", (key) => {
    expect(thrown(() => resolve({ [key]: 0 }))).toEqual(refusal(`Assumption "${key}" must be a finite number > 0, got 0`))
    expect(thrown(() => resolve({ [key]: Number.POSITIVE_INFINITY }))).toEqual(
      refusal(`Assumption "${key}" must be a finite number > 0, got null`)
    )
  })

  it("takes a tiny positive cost and panel size", () => {
    expect(resolve({ cost_per_wp_brl: 0.01, panel_area_m2: 0.1 })).toMatchObject({ cost_per_wp_brl: 0.01, panel_area_m2: 0.1 })
  })

  it.each([
    "irradiation_score_hsp_min",
    "payback_score_best_years",
    "consumption_score_kwh_min",
    "low_hsp_threshold",
    "very_low_hsp_threshold",
    "long_payback_years",
    "very_long_payback_years",
    "high_tariff_kwh_brl",
    "financing_suggested_min_payback_months",
    "financing_fees_brl",
  ])("takes %s from 0 up", (key) => {
    expect(resolve({ [key]: 0 })[key as "financing_fees_brl"]).toBe(0)
    expect(thrown(() => resolve({ [key]: -1 }))).toEqual(refusal(`Assumption "${key}" must be a finite number >= 0, got -1`))
    expect(thrown(() => resolve({ [key]: "1" }))).toEqual(refusal(`Assumption "${key}" must be a finite number >= 0, got "1"`))
  })

  it.each(["tariff_inflation_annual", "maintenance_inflation_annual", "discount_rate"])(
    "takes %s above -100 % and up to 1000 %",
    (key) => {
      expect(resolve({ [key]: -0.99 })[key as "discount_rate"]).toBe(-0.99)
      expect(resolve({ [key]: 10 })[key as "discount_rate"]).toBe(10)
      expect(thrown(() => resolve({ [key]: -1 }))).toEqual(refusal(`Assumption "${key}" must be a number in (-1, 10], got -1`))
      expect(thrown(() => resolve({ [key]: 10.5 }))).toEqual(
        refusal(`Assumption "${key}" must be a number in (-1, 10], got 10.5`)
      )
    }
  )
})

describe("resolveSolarAssumptions: whole numbers and calendars", () => {
  it("takes an analysis horizon of 1 to 60 whole years", () => {
    expect(resolve({ analysis_years: 1, financing_terms_months: [12] }).analysis_years).toBe(1)
    expect(resolve({ analysis_years: 60 }).analysis_years).toBe(60)
    for (const years of [0, 61, 2.5]) {
      expect(thrown(() => resolve({ analysis_years: years, financing_terms_months: [12] }))).toEqual(
        refusal(`Assumption "analysis_years" must be an integer in [1, 60], got ${years}`)
      )
    }
  })

  it("takes an inverter replacement year from 0 (none) up, whole", () => {
    expect(resolve({ inverter_replacement_year: 0 }).inverter_replacement_year).toBe(0)
    for (const year of [-1, 1.5]) {
      expect(thrown(() => resolve({ inverter_replacement_year: year }))).toEqual(
        refusal(`Assumption "inverter_replacement_year" must be an integer >= 0, got ${year}`)
      )
    }
  })

  it("takes the grandfathering end as a whole calendar year", () => {
    expect(resolve({ grandfathered_until_year: 2040 }).grandfathered_until_year).toBe(2040)
    expect(thrown(() => resolve({ grandfathered_until_year: 2045.5 }))).toEqual(
      refusal('Assumption "grandfathered_until_year" must be an integer calendar year, got 2045.5')
    )
  })

  it("takes a credit lifetime of at least one whole month", () => {
    expect(resolve({ credit_expiry_months: 1 }).credit_expiry_months).toBe(1)
    for (const months of [0, 1.5]) {
      expect(thrown(() => resolve({ credit_expiry_months: months }))).toEqual(
        refusal(`Assumption "credit_expiry_months" must be an integer >= 1, got ${months}`)
      )
    }
  })

  it("takes a connection lead of 0 to 730 whole days", () => {
    expect(resolve({ connection_lead_days: 0 }).connection_lead_days).toBe(0)
    expect(resolve({ connection_lead_days: 730 }).connection_lead_days).toBe(730)
    for (const days of [-1, 731, 1.5]) {
      expect(thrown(() => resolve({ connection_lead_days: days }))).toEqual(
        refusal(`Assumption "connection_lead_days" must be an integer in [0, 730], got ${days}`)
      )
    }
  })

  it("takes a non-empty Fio B schedule keyed by four-digit years with shares in [0, 1]", () => {
    expect(resolve({ fio_b_schedule: { "2023": 0, "2024": 1 } }).fio_b_schedule).toEqual({ "2023": 0, "2024": 1 })
    expect(thrown(() => resolve({ fio_b_schedule: { "23": 0.15 } }))).toEqual(
      refusal('Assumption "fio_b_schedule" must be keyed by four-digit calendar years, got "23"')
    )
    expect(thrown(() => resolve({ fio_b_schedule: { "20234": 0.15 } }))).toEqual(
      refusal('Assumption "fio_b_schedule" must be keyed by four-digit calendar years, got "20234"')
    )
    expect(thrown(() => resolve({ fio_b_schedule: { x2023: 0.15 } }))).toEqual(
      refusal('Assumption "fio_b_schedule" must be keyed by four-digit calendar years, got "x2023"')
    )
    expect(thrown(() => resolve({ fio_b_schedule: { "2023": 1.5 } }))).toEqual(
      refusal('Assumption "fio_b_schedule.2023" must be a number in [0, 1], got 1.5')
    )
    expect(thrown(() => resolve({ fio_b_schedule: {} }))).toEqual(
      refusal('Assumption "fio_b_schedule" must be a non-empty schedule, got {}')
    )
  })

  it("takes minimum bills from 0 kWh up", () => {
    expect(resolve({ minimum_bill_kwh: { mono: 0 } }).minimum_bill_kwh.mono).toBe(0)
    expect(thrown(() => resolve({ minimum_bill_kwh: { bi_2_wires: -1 } }))).toEqual(
      refusal('Assumption "minimum_bill_kwh.bi_2_wires" must be a finite number >= 0, got -1')
    )
  })
})

describe("resolveSolarAssumptions: the score rubric", () => {
  it("takes weights from 0 up with a positive sum", () => {
    const someZero = resolve({ score_weights: { irradiation: 0, roof_quality: 0, payback: 0, consumption_profile: 0 } })
    expect(someZero.score_weights.economic).toBe(0.25)
    expect(thrown(() => resolve({ score_weights: { payback: -0.1 } }))).toEqual(
      refusal('Assumption "score_weights.payback" must be a finite number >= 0, got -0.1')
    )
    const zero = { irradiation: 0, roof_quality: 0, economic: 0, payback: 0, consumption_profile: 0 }
    expect(thrown(() => resolve({ score_weights: zero }))).toEqual(
      refusal(`Assumption "score_weights" must be weights with a positive sum, got ${JSON.stringify(zero)}`)
    )
  })

  it("needs each linear range's top above its bottom", () => {
    expect(resolve({ irradiation_score_hsp_min: 5.99 }).irradiation_score_hsp_min).toBe(5.99)
    expect(thrown(() => resolve({ irradiation_score_hsp_min: 6 }))).toEqual(
      refusal('Assumption "irradiation_score_hsp_max" must be greater than irradiation_score_hsp_min, got 6')
    )
    expect(resolve({ payback_score_best_years: 11 }).payback_score_best_years).toBe(11)
    expect(thrown(() => resolve({ payback_score_best_years: 12 }))).toEqual(
      refusal('Assumption "payback_score_worst_years" must be greater than payback_score_best_years, got 12')
    )
    expect(resolve({ consumption_score_kwh_min: 599 }).consumption_score_kwh_min).toBe(599)
    expect(thrown(() => resolve({ consumption_score_kwh_min: 600 }))).toEqual(
      refusal('Assumption "consumption_score_kwh_max" must be greater than consumption_score_kwh_min, got 600')
    )
  })

  it("takes the unknown-roof score in [0, 100]", () => {
    expect(resolve({ roof_quality_score_unknown: 0 }).roof_quality_score_unknown).toBe(0)
    expect(resolve({ roof_quality_score_unknown: 100 }).roof_quality_score_unknown).toBe(100)
    expect(thrown(() => resolve({ roof_quality_score_unknown: 100.5 }))).toEqual(
      refusal('Assumption "roof_quality_score_unknown" must be a number in [0, 100], got 100.5')
    )
  })

  it("takes thresholds in [0, 100], ordered, ties allowed", () => {
    const tied = resolve({ recommendation_thresholds: { highly_recommended: 60, recommended: 60, marginal: 60 } })
    expect(tied.recommendation_thresholds).toEqual({ highly_recommended: 60, recommended: 60, marginal: 60 })
    expect(thrown(() => resolve({ recommendation_thresholds: { highly_recommended: 101 } }))).toEqual(
      refusal('Assumption "recommendation_thresholds.highly_recommended" must be a number in [0, 100], got 101')
    )
    const unordered = { highly_recommended: 75, recommended: 30, marginal: 40 }
    expect(thrown(() => resolve({ recommendation_thresholds: unordered }))).toEqual(
      refusal(
        `Assumption "recommendation_thresholds" must be ordered highly_recommended >= recommended >= marginal, got ${JSON.stringify(unordered)}`
      )
    )
    const topBelow = { highly_recommended: 50, recommended: 60, marginal: 40 }
    expect(thrown(() => resolve({ recommendation_thresholds: topBelow }))).toEqual(
      refusal(
        `Assumption "recommendation_thresholds" must be ordered highly_recommended >= recommended >= marginal, got ${JSON.stringify(topBelow)}`
      )
    )
  })

  it("takes a non-empty list of sizing factors in (0, 5]", () => {
    expect(resolve({ scenario_sizing_factors: [1, 5] }).scenario_sizing_factors).toEqual([1, 5])
    expect(thrown(() => resolve({ scenario_sizing_factors: [] }))).toEqual(
      refusal('Assumption "scenario_sizing_factors" must be a non-empty list, got []')
    )
    // A boot option that is not a list is refused by name like the loan terms, not with a
    // TypeError from spreading it (which the options loader shows as an opaque message).
    expect(thrown(() => resolve({ scenario_sizing_factors: 1.2 }))).toEqual(
      refusal('Assumption "scenario_sizing_factors" must be a non-empty list, got 1.2')
    )
    expect(thrown(() => resolve({ scenario_sizing_factors: "1.2" }))).toEqual(
      refusal('Assumption "scenario_sizing_factors" must be a non-empty list, got "1.2"')
    )
    expect(thrown(() => resolve({ scenario_sizing_factors: [1, 0] }))).toEqual(
      refusal('Assumption "scenario_sizing_factors[1]" must be a number in (0, 5], got 0')
    )
    expect(thrown(() => resolve({ scenario_sizing_factors: [5.5] }))).toEqual(
      refusal('Assumption "scenario_sizing_factors[0]" must be a number in (0, 5], got 5.5')
    )
  })

  it("takes next-step days from 0 up", () => {
    expect(resolve({ next_step_days: { site_survey: 0 } }).next_step_days.site_survey).toBe(0)
    expect(thrown(() => resolve({ next_step_days: { installation: -2 } }))).toEqual(
      refusal('Assumption "next_step_days.installation" must be a finite number >= 0, got -2')
    )
  })
})

describe("resolveSolarAssumptions: financing", () => {
  it("takes a down payment share in [0, 1)", () => {
    expect(resolve({ financing_down_payment_share: 0.99 }).financing_down_payment_share).toBe(0.99)
    for (const share of [-0.01, 1, "0.2"]) {
      expect(thrown(() => resolve({ financing_down_payment_share: share }))).toEqual(
        refusal(`Assumption "financing_down_payment_share" must be a number in [0, 1), got ${JSON.stringify(share)}`)
      )
    }
  })

  it("takes a non-empty list of whole-month terms within the horizon", () => {
    expect(resolve({ financing_terms_months: [1, 300] }).financing_terms_months).toEqual([1, 300])
    expect(thrown(() => resolve({ financing_terms_months: [] }))).toEqual(
      refusal('Assumption "financing_terms_months" must be a non-empty list, got []')
    )
    expect(thrown(() => resolve({ financing_terms_months: 60 }))).toEqual(
      refusal('Assumption "financing_terms_months" must be a non-empty list, got 60')
    )
    for (const [terms, index, bad] of [
      [[12, 0], 1, 0],
      [[301], 0, 301],
      [[12.5], 0, 12.5],
    ] as const) {
      expect(thrown(() => resolve({ financing_terms_months: terms }))).toEqual(
        refusal(`Assumption "financing_terms_months[${index}]" must be whole months in [1, 300] (the analysis horizon), got ${bad}`)
      )
    }
    expect(thrown(() => resolve({ analysis_years: 5, financing_terms_months: [61] }))).toEqual(
      refusal('Assumption "financing_terms_months[0]" must be whole months in [1, 60] (the analysis horizon), got 61')
    )
  })

  it("takes an individual or a company borrower and a boolean for financed costs", () => {
    expect(resolve({ financing_person_type: "company" }).financing_person_type).toBe("company")
    expect(thrown(() => resolve({ financing_person_type: "pf" }))).toEqual(
      refusal('Assumption "financing_person_type" must be one of individual, company, got "pf"')
    )
    expect(resolve({ financing_costs_financed: false }).financing_costs_financed).toBe(false)
    expect(thrown(() => resolve({ financing_costs_financed: "false" }))).toEqual(
      refusal('Assumption "financing_costs_financed" must be a boolean, got "false"')
    )
  })

  it.each(["individual", "company"])("takes %s IOF rates within the decree's scale", (type) => {
    const rates = resolve({ financing_iof_rates: { [type]: { daily_rate: 0.01, flat_rate: 1, max_days: 0 } } })
    expect(rates.financing_iof_rates[type as "company"]).toEqual({ daily_rate: 0.01, flat_rate: 1, max_days: 0 })
    expect(thrown(() => resolve({ financing_iof_rates: { [type]: { daily_rate: 0.0101 } } }))).toEqual(
      refusal(`Assumption "financing_iof_rates.${type}.daily_rate" must be a number in [0, 0.01], got 0.0101`)
    )
    expect(thrown(() => resolve({ financing_iof_rates: { [type]: { flat_rate: -0.01 } } }))).toEqual(
      refusal(`Assumption "financing_iof_rates.${type}.flat_rate" must be a number in [0, 1], got -0.01`)
    )
    for (const days of [-1, 365.5]) {
      expect(thrown(() => resolve({ financing_iof_rates: { [type]: { max_days: days } } }))).toEqual(
        refusal(`Assumption "financing_iof_rates.${type}.max_days" must be an integer >= 0, got ${days}`)
      )
    }
  })
})
