import { DomainError } from "../../errors"
import {
  DEFAULT_LEAD_SCORE_WEIGHTS,
  DEFAULT_QUALIFICATION_THRESHOLD,
  INTEREST_FRACTIONS,
  LEAD_INTEREST_TYPES,
  LeadScoreFactor,
  LeadScoreInput,
  LeadScoreOptions,
  LeadScoreResult,
  scoreLead,
} from "../score"

const NOW = new Date("2026-03-01T12:00:00Z")
const DAY = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY)

function factor(result: LeadScoreResult, name: LeadScoreFactor) {
  const item = result.breakdown.find((b) => b.factor === name)
  if (!item) {
    throw new Error(`missing factor ${name}`)
  }
  return item
}

function pointsFor(name: LeadScoreFactor, input: LeadScoreInput, options: LeadScoreOptions = {}) {
  return factor(scoreLead(input, { now: NOW, ...options }), name).points
}

const STRONG_LEAD: LeadScoreInput = {
  name: "Maria Silva",
  email: "maria.silva@example.com.br",
  phone: "(11) 98765-4321",
  city: "Campinas",
  state: "SP",
  cpf_cnpj: "529.982.247-25",
  monthly_bill_brl: 800,
  interest_type: "financing",
  touch_count: 3,
  last_touch_at: daysAgo(3),
}

describe("scoreLead overall", () => {
  it("defaults: six profile factors sum to 100, behaviour adds up to 25 bonus points, threshold 60", () => {
    const { returnVisits, simulations, roofLookups, ...profile } = DEFAULT_LEAD_SCORE_WEIGHTS
    expect(Object.values(profile).reduce((a, b) => a + b, 0)).toBe(100)
    expect({ returnVisits, simulations, roofLookups }).toEqual({ returnVisits: 10, simulations: 10, roofLookups: 5 })
    expect(DEFAULT_QUALIFICATION_THRESHOLD).toBe(60)
  })

  it("scores a realistic strong lead high and qualifies it", () => {
    const result = scoreLead(STRONG_LEAD, { now: NOW })
    // bill (800-150)/850*30 = 22.94, financing 0.9*20 = 18, contact 20, CPF 10,
    // 3 touches 0.5*10 = 5, touched 3 days ago 10 => 85.94
    expect(result.breakdown.map((b) => [b.factor, b.points])).toEqual([
      ["bill", 22.94],
      ["interest", 18],
      ["contact", 20],
      ["taxId", 10],
      ["touches", 5],
      ["recency", 10],
      // Behaviour factors are off by default (weight 0): opt-in through leadScoreWeights.
      ["returnVisits", 0],
      ["simulations", 0],
      ["roofLookups", 0],
    ])
    expect(result.score).toBe(86)
    expect(result.is_qualified).toBe(true)
    expect(result.threshold).toBe(60)
    expect(result.weights).toEqual(DEFAULT_LEAD_SCORE_WEIGHTS)
  })

  it("scores a bare e-mail-only lead low", () => {
    const result = scoreLead({ email: "someone@example.com" }, { now: NOW })
    expect(result.score).toBe(6)
    expect(result.is_qualified).toBe(false)
    expect(factor(result, "contact").reason).toBe(
      "contact data: valid e-mail; missing name, valid phone, city and state"
    )
    expect(factor(result, "bill").reason).toBe("no monthly bill or consumption informed")
    expect(factor(result, "recency").reason).toBe("last touch date unknown")
  })

  it("gives a perfect lead exactly 100", () => {
    const result = scoreLead(
      { ...STRONG_LEAD, monthly_bill_brl: 2500, interest_type: "quote", touch_count: 9 },
      { now: NOW }
    )
    expect(result.score).toBe(100)
    // Full points on every profile factor; its browsing is unknown, and that costs nothing.
    expect(result.breakdown.slice(0, 6).every((b) => b.points === b.max_points)).toBe(true)
    expect(result.breakdown.slice(6).map((b) => b.points)).toEqual([0, 0, 0])
  })

  it("scores an empty lead 0", () => {
    const result = scoreLead({}, { now: NOW })
    expect(result.score).toBe(0)
    expect(result.breakdown.every((b) => b.points === 0)).toBe(true)
  })

  it("labels fit and engagement factors", () => {
    const groups = Object.fromEntries(scoreLead({}, { now: NOW }).breakdown.map((b) => [b.factor, b.group]))
    expect(groups).toEqual({
      bill: "fit",
      contact: "fit",
      taxId: "fit",
      interest: "engagement",
      touches: "engagement",
      recency: "engagement",
      returnVisits: "engagement",
      simulations: "engagement",
      roofLookups: "engagement",
    })
  })

  it("never copies e-mail, phone or CPF into the explanation", () => {
    const text = JSON.stringify(scoreLead(STRONG_LEAD, { now: NOW }).breakdown)
    expect(text).not.toMatch(/maria/i)
    expect(text).not.toMatch(/98765/)
    expect(text).not.toMatch(/529/)
  })
})

describe("bill factor", () => {
  it.each([
    [149, 0],
    [150, 0],
    [575, 15], // (575-150)/850 = 0.5
    [999, 29.96],
    [1000, 30],
    [25000, 30],
  ])("R$ %p gives %p points", (bill, expected) => {
    expect(pointsFor("bill", { monthly_bill_brl: bill })).toBe(expected)
  })

  it("explains a mid-range bill with the concrete values", () => {
    const result = scoreLead({ monthly_bill_brl: 450 }, { now: NOW })
    expect(factor(result, "bill").reason).toBe("monthly bill R$ 450.00 (0.35 of the R$ 150-1,000 range)")
    expect(factor(result, "bill").points).toBe(10.59) // 300/850*30
  })

  it("says why a small bill scores nothing", () => {
    const reason = factor(scoreLead({ monthly_bill_brl: 149 }, { now: NOW }), "bill").reason
    expect(reason).toBe("monthly bill R$ 149.00 is below R$ 150.00, too small for solar to pay back")
  })

  it("falls back to consumption at R$ 0.95/kWh", () => {
    // 500 kWh * 0.95 = R$ 475 => (475-150)/850*30 = 11.47
    const result = scoreLead({ monthly_consumption_kwh: 500 }, { now: NOW })
    expect(factor(result, "bill").points).toBe(11.47)
    expect(factor(result, "bill").reason).toBe(
      "estimated monthly bill R$ 475.00 (500 kWh at R$ 0.95/kWh) (0.38 of the R$ 150-1,000 range)"
    )
    // 1053 kWh * 0.95 = R$ 1,000.35 reaches full points
    expect(pointsFor("bill", { monthly_consumption_kwh: 1053 })).toBe(30)
  })

  it("honours a custom tariff", () => {
    // 500 kWh * 1.20 = R$ 600 => 450/850*30 = 15.88
    expect(pointsFor("bill", { monthly_consumption_kwh: 500 }, { tariffBrlPerKwh: 1.2 })).toBe(15.88)
  })

  it("prefers the bill over consumption, but ignores a zero or negative bill", () => {
    expect(pointsFor("bill", { monthly_bill_brl: 1000, monthly_consumption_kwh: 10 })).toBe(30)
    expect(pointsFor("bill", { monthly_bill_brl: 0, monthly_consumption_kwh: 2000 })).toBe(30)
    expect(pointsFor("bill", { monthly_bill_brl: -50 })).toBe(0)
    expect(pointsFor("bill", { monthly_bill_brl: Number.NaN })).toBe(0)
  })

  it("rejects a non-positive tariff", () => {
    expect(() => scoreLead({}, { tariffBrlPerKwh: 0 })).toThrow(
      expect.objectContaining({ code: "lead_score_invalid_tariff" })
    )
  })

  it("formats thousands in the reason", () => {
    const reason = factor(scoreLead({ monthly_bill_brl: 12345.678 }, { now: NOW }), "bill").reason
    expect(reason).toBe("monthly bill R$ 12,345.68 (at or above R$ 1,000.00, full points)")
  })
})

describe("interest factor", () => {
  it.each([
    ["quote", 20],
    ["financing", 18],
    ["solar", 16],
    ["calculator", 14],
    ["product", 12],
    ["chat", 10],
    ["catalog", 8],
    ["other", 4],
  ])("%s gives %p points", (type, expected) => {
    expect(pointsFor("interest", { interest_type: type })).toBe(expected)
  })

  it("has a fraction in (0, 1] for every interest type the lead table accepts", () => {
    expect(Object.keys(INTEREST_FRACTIONS).sort()).toEqual([...LEAD_INTEREST_TYPES].sort())
    expect(Object.values(INTEREST_FRACTIONS).every((f) => f > 0 && f <= 1)).toBe(true)
  })

  it("is case-insensitive and gives nothing for unknown or missing types", () => {
    expect(pointsFor("interest", { interest_type: " Quote " })).toBe(20)
    expect(pointsFor("interest", { interest_type: "toString" })).toBe(0)
    expect(pointsFor("interest", { interest_type: "" })).toBe(0)
    expect(pointsFor("interest", { interest_type: null })).toBe(0)
  })
})

describe("contact factor", () => {
  it.each<[string, LeadScoreInput, number]>([
    ["name only", { name: "Ana" }, 5],
    ["valid e-mail", { email: "ana@example.com" }, 6],
    ["invalid e-mail", { email: "ana@" }, 0],
    ["valid phone", { phone: "+55 21 3456-7890" }, 6],
    ["invalid phone", { phone: "123" }, 0],
    ["city and state", { city: "Recife", state: "PE" }, 3],
    ["city without state", { city: "Recife" }, 0],
    ["blank name", { name: "   " }, 0],
    [
      "everything",
      { name: "Ana", email: "ana@example.com", phone: "11987654321", city: "Recife", state: "PE" },
      20,
    ],
  ])("%s", (_label, input, expected) => {
    expect(pointsFor("contact", input)).toBe(expected)
  })
})

describe("taxId factor", () => {
  it.each<[string | null, number, string]>([
    ["529.982.247-25", 10, "valid CPF"],
    ["11.222.333/0001-81", 10, "valid CNPJ"],
    ["529.982.247-26", 0, "CPF/CNPJ informed but invalid"],
    [null, 0, "no CPF/CNPJ informed"],
  ])("%p", (cpf_cnpj, expected, reason) => {
    const result = scoreLead({ cpf_cnpj }, { now: NOW })
    expect(factor(result, "taxId").points).toBe(expected)
    expect(factor(result, "taxId").reason).toBe(reason)
  })
})

describe("touches factor", () => {
  it.each([
    [undefined, 0],
    [0, 0],
    [1, 0],
    [2, 2.5],
    [3, 5],
    [5, 10],
    [40, 10],
  ])("%p touches give %p points", (touch_count, expected) => {
    expect(pointsFor("touches", { touch_count })).toBe(expected)
  })
})

describe("recency factor", () => {
  it.each<[string, Date | null, number]>([
    ["today", daysAgo(0), 10],
    ["exactly 7 days", daysAgo(7), 10],
    ["halfway (48.5 days)", daysAgo(48.5), 5],
    ["exactly 90 days", daysAgo(90), 0],
    ["120 days", daysAgo(120), 0],
    ["unknown", null, 0],
    ["invalid date", new Date("nope"), 0],
    ["slightly in the future", daysAgo(-0.1), 10],
  ])("%s", (_label, last_touch_at, expected) => {
    expect(pointsFor("recency", { last_touch_at })).toBe(expected)
  })

  it("explains the age of the last touch", () => {
    const result = scoreLead({ last_touch_at: daysAgo(48.5) }, { now: NOW })
    expect(factor(result, "recency").reason).toBe(
      "last touch 48.5 days ago (full within 7, none after 90)"
    )
  })
})

describe("custom weights and threshold", () => {
  it("merges partial weights with the defaults and rescales to 100", () => {
    // Remaining weights sum to 80, so each maximum is scaled by 100/80.
    const result = scoreLead(
      {
        monthly_bill_brl: 1000,
        interest_type: "quote",
        name: "Ana",
        email: "ana@example.com",
        phone: "11987654321",
        city: "Recife",
        state: "PE",
        last_touch_at: daysAgo(1),
      },
      { now: NOW, weights: { taxId: 0, touches: 0 } }
    )
    expect(result.weights).toEqual({
      bill: 30,
      interest: 20,
      contact: 20,
      taxId: 0,
      touches: 0,
      recency: 10,
      returnVisits: 10,
      simulations: 10,
      roofLookups: 5,
    })
    expect(result.breakdown.map((b) => [b.factor, b.max_points])).toEqual([
      ["bill", 37.5],
      ["interest", 25],
      ["contact", 25],
      ["taxId", 0],
      ["touches", 0],
      ["recency", 12.5],
      // Bonus points: not rescaled with the profile factors.
      ["returnVisits", 10],
      ["simulations", 10],
      ["roofLookups", 5],
    ])
    expect(result.score).toBe(100)
  })

  it("gives the same score for proportional weights", () => {
    const doubled = Object.fromEntries(
      Object.entries(DEFAULT_LEAD_SCORE_WEIGHTS).map(([k, v]) => [k, v * 2])
    )
    const a = scoreLead(STRONG_LEAD, { now: NOW })
    const b = scoreLead(STRONG_LEAD, { now: NOW, weights: doubled })
    expect(b.score).toBe(a.score)
    expect(b.breakdown.map((x) => x.points)).toEqual(a.breakdown.map((x) => x.points))
  })

  it("lets bill dominate when weighted that way", () => {
    const result = scoreLead(
      { monthly_bill_brl: 1000 },
      { now: NOW, weights: { bill: 90, interest: 2, contact: 2, taxId: 2, touches: 2, recency: 2 } }
    )
    expect(result.score).toBe(90)
    expect(result.is_qualified).toBe(true)
  })

  it("qualifies at the threshold inclusive", () => {
    expect(scoreLead(STRONG_LEAD, { now: NOW, qualificationThreshold: 86 }).is_qualified).toBe(true)
    const strict = scoreLead(STRONG_LEAD, { now: NOW, qualificationThreshold: 87 })
    expect(strict.is_qualified).toBe(false)
    expect(strict.threshold).toBe(87)
  })

  it.each<[string, Record<string, unknown>]>([
    ["negative", { bill: -1 }],
    ["NaN", { interest: Number.NaN }],
    ["infinite", { contact: Number.POSITIVE_INFINITY }],
    ["null", { taxId: null }],
    ["unknown factor", { budget: 10 }],
    ["all zero", { bill: 0, interest: 0, contact: 0, taxId: 0, touches: 0, recency: 0 }],
  ])("rejects %s weights", (_label, weights) => {
    let caught: unknown
    try {
      scoreLead({}, { weights: weights as never })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DomainError)
    expect((caught as DomainError).code).toBe("lead_score_invalid_weights")
  })

  it.each([-1, 101, Number.NaN])("rejects threshold %p", (qualificationThreshold) => {
    expect(() => scoreLead({}, { qualificationThreshold })).toThrow(
      expect.objectContaining({ code: "lead_score_invalid_threshold" })
    )
  })
})

describe("breakdown adds up to the score", () => {
  const inputs: LeadScoreInput[] = [
    {},
    STRONG_LEAD,
    { email: "a@b.co" },
    { monthly_bill_brl: 333.33, interest_type: "chat", touch_count: 2, last_touch_at: daysAgo(31) },
    { monthly_consumption_kwh: 777, interest_type: "catalog", name: "X", last_touch_at: daysAgo(60) },
    { monthly_bill_brl: 151, phone: "11987654321", touch_count: 4, last_touch_at: daysAgo(89.9) },
    { monthly_bill_brl: 999.99, cpf_cnpj: "11222333000181", interest_type: "solar" },
    { monthly_bill_brl: 612.5, interest_type: "calculator", city: "A", state: "B", touch_count: 3 },
  ]
  const weightSets: Array<Partial<Record<LeadScoreFactor, number>> | undefined> = [
    undefined,
    { bill: 7, interest: 3, contact: 11, taxId: 1, touches: 13, recency: 2 },
    { bill: 33.3, recency: 0.7 },
  ]

  const table = inputs.flatMap((input, i) => weightSets.map((weights, j) => [i, j, input, weights] as const))

  it.each(table)("input #%p with weights #%p", (_i, _j, input, weights) => {
    const result = scoreLead(input, { now: NOW, weights })
    const sum = result.breakdown.reduce((acc, b) => acc + b.points, 0)
    expect(Math.abs(sum - result.score)).toBeLessThanOrEqual(0.5)
    expect(Number.isInteger(result.score)).toBe(true)
    expect(result.score).toBeGreaterThanOrEqual(0)
    expect(result.score).toBeLessThanOrEqual(100)
    // The profile factors share 100 points; behaviour adds its bonus on top.
    const maxSum = result.breakdown.slice(0, 6).reduce((acc, b) => acc + b.max_points, 0)
    expect(Math.abs(maxSum - 100)).toBeLessThanOrEqual(0.05)
    for (const b of result.breakdown) {
      expect(b.points).toBeGreaterThanOrEqual(0)
      expect(b.points).toBeLessThanOrEqual(b.max_points)
      expect(b.reason.length).toBeGreaterThan(0)
    }
  })
})

describe("scoreLead: edges and what each refusal says", () => {
  const reasons = (input: LeadScoreInput, options: LeadScoreOptions = {}) =>
    Object.fromEntries(scoreLead(input, { now: NOW, ...options }).breakdown.map((b) => [b.factor, b.reason]))
  const refusal = (options: LeadScoreOptions) => {
    try {
      scoreLead({}, { now: NOW, ...options })
    } catch (error) {
      return `${(error as DomainError).code}: ${(error as Error).message}`
    }
    return null
  }

  it("a bill exactly at the floor is in the range, exactly at the ceiling gets full points", () => {
    expect(reasons({ monthly_bill_brl: 150 }).bill).toBe("monthly bill R$ 150.00 (0.00 of the R$ 150-1,000 range)")
    expect(reasons({ monthly_bill_brl: 1000 }).bill).toBe(
      "monthly bill R$ 1,000.00 (at or above R$ 1,000.00, full points)"
    )
    expect(reasons({ monthly_bill_brl: 1234567 }).bill).toBe(
      "monthly bill R$ 1,234,567.00 (at or above R$ 1,000.00, full points)"
    )
  })

  it("names an unknown interest, the contact data present and missing, and counts touches in words", () => {
    const weak = reasons({ interest_type: " Foo ", touch_count: 1 })
    expect(weak.interest).toBe('unrecognised interest type "foo"')
    expect(weak.contact).toBe("contact data: none; missing name, valid e-mail, valid phone, city and state")
    expect(weak.touches).toBe("1 touch (0.00 of full points at 5)")
    const strong = reasons(STRONG_LEAD)
    expect(strong.contact).toBe("contact data: name, valid e-mail, valid phone, city and state")
    expect(strong.touches).toBe("3 touches (0.50 of full points at 5)")
  })

  it("counts a touch count that is not a finite number as none", () => {
    expect(reasons({ touch_count: "2" as unknown as number }).touches).toBe("0 touches (0.00 of full points at 5)")
    expect(reasons({ touch_count: Number.NaN }).touches).toBe("0 touches (0.00 of full points at 5)")
  })

  it("keeps the default for a weight given as undefined", () => {
    expect(scoreLead(STRONG_LEAD, { now: NOW, weights: { bill: undefined } })).toEqual(scoreLead(STRONG_LEAD, { now: NOW }))
  })

  it.each([
    [{ weights: { nope: 1 } as unknown as LeadScoreOptions["weights"] }, 'lead_score_invalid_weights: Unknown score factor "nope"; expected one of bill, interest, contact, taxId, touches, recency, returnVisits, simulations, roofLookups'],
    [{ weights: { bill: -1 } }, 'lead_score_invalid_weights: Weight for "bill" must be a finite number >= 0, got -1'],
    [
      { weights: { bill: 0, interest: 0, contact: 0, taxId: 0, touches: 0, recency: 0 } },
      "lead_score_invalid_weights: At least one of the weights bill, interest, contact, taxId, touches, recency must be positive",
    ],
    [{ qualificationThreshold: -1 }, "lead_score_invalid_threshold: Qualification threshold must be between 0 and 100, got -1"],
    [{ qualificationThreshold: 101 }, "lead_score_invalid_threshold: Qualification threshold must be between 0 and 100, got 101"],
    [{ tariffBrlPerKwh: 0 }, "lead_score_invalid_tariff: Tariff must be a positive number of R$/kWh, got 0"],
    [{ tariffBrlPerKwh: Number.POSITIVE_INFINITY }, "lead_score_invalid_tariff: Tariff must be a positive number of R$/kWh, got Infinity"],
    [{ tariffBrlPerKwh: "0.8" as unknown as number }, "lead_score_invalid_tariff: Tariff must be a positive number of R$/kWh, got 0.8"],
    [{ now: new Date("x") }, "lead_score_invalid_now: The reference date `now` is invalid"],
    [{ now: "2026-03-01" as unknown as Date }, "lead_score_invalid_now: The reference date `now` is invalid"],
  ])("refuses %p", (options, message) => {
    expect(refusal(options as LeadScoreOptions)).toBe(message)
  })

  it("accepts the threshold's ends, 0 and 100", () => {
    expect(refusal({ qualificationThreshold: 0 })).toBeNull()
    expect(refusal({ qualificationThreshold: 100 })).toBeNull()
  })
})

describe("behaviour factors (return visits, simulations, roof lookups)", () => {
  const behaviourWeights = { returnVisits: 10, simulations: 10, roofLookups: 5 }
  const points = (behaviour: LeadScoreInput["behaviour"], weights: LeadScoreOptions["weights"] = behaviourWeights) =>
    Object.fromEntries(
      scoreLead({ behaviour }, { now: NOW, weights }).breakdown
        .filter((b) => ["returnVisits", "simulations", "roofLookups"].includes(b.factor))
        .map((b) => [b.factor, b.points])
    )
  // Bonus points at their weights: 10, 10 and 5 (the defaults), not rescaled.

  it("scores nothing while behaviour is unknown, and says so", () => {
    const result = scoreLead({}, { now: NOW, weights: behaviourWeights })
    expect(points(null)).toEqual({ returnVisits: 0, simulations: 0, roofLookups: 0 })
    expect(result.breakdown.find((b) => b.factor === "returnVisits")!.reason).toBe("browsing not counted yet")
  })

  it("counts returns beyond the first session, full at five sessions", () => {
    expect(points({ sessions: 1, simulations: 0, roof_lookups: 0 }).returnVisits).toBe(0)
    expect(points({ sessions: 3, simulations: 0, roof_lookups: 0 }).returnVisits).toBe(5)
    expect(points({ sessions: 5, simulations: 0, roof_lookups: 0 }).returnVisits).toBe(10)
    expect(points({ sessions: 50, simulations: 0, roof_lookups: 0 }).returnVisits).toBe(10)
  })

  it("gives simulations half points each up to two, a roof lookup full points", () => {
    expect(points({ sessions: 0, simulations: 1, roof_lookups: 0 })).toEqual({ returnVisits: 0, simulations: 5, roofLookups: 0 })
    expect(points({ sessions: 0, simulations: 7, roof_lookups: 2 })).toEqual({ returnVisits: 0, simulations: 10, roofLookups: 5 })
    expect(points({ sessions: 0, simulations: 1, roof_lookups: 0 }, { simulations: 30 })).toEqual({ returnVisits: 0, simulations: 15, roofLookups: 0 })
  })

  it("explains each point with the counts", () => {
    const result = scoreLead(
      { behaviour: { sessions: 2, simulations: 1, roof_lookups: 1 } },
      { now: NOW, weights: behaviourWeights }
    )
    const reasons = Object.fromEntries(result.breakdown.map((b) => [b.factor, b.reason]))
    expect(reasons.returnVisits).toBe("1 return visit (2 browsing sessions; full points at 5)")
    expect(reasons.simulations).toBe("1 financing simulation or viability analysis (full points at 2)")
    expect(reasons.roofLookups).toBe("1 roof analysis (full points at 1)")
    const sum = result.breakdown.reduce((total, b) => total + b.points, 0)
    expect(Math.abs(sum - result.score)).toBeLessThanOrEqual(0.5)
  })

  it("adds behaviour on top by default: a lead whose browsing is unknown keeps its profile score", () => {
    // STRONG_LEAD's profile factors: 85.94 points (see "scores a realistic strong lead high").
    const unknown = scoreLead(STRONG_LEAD, { now: NOW })
    const quiet = scoreLead({ ...STRONG_LEAD, behaviour: { sessions: 1, simulations: 0, roof_lookups: 0 } }, { now: NOW })
    const browsing = scoreLead({ ...STRONG_LEAD, behaviour: { sessions: 3, simulations: 1, roof_lookups: 0 } }, { now: NOW })
    const busy = scoreLead({ ...STRONG_LEAD, behaviour: { sessions: 9, simulations: 9, roof_lookups: 9 } }, { now: NOW })
    expect(unknown.score).toBe(86)
    expect(quiet.score).toBe(86)
    // + 5 (two return visits of four) + 5 (one simulation of two) = 95.94.
    expect(browsing.score).toBe(96)
    // 85.94 + 25 is capped at 100.
    expect(busy.score).toBe(100)
    expect(busy.breakdown.slice(6).map((b) => b.points)).toEqual([10, 10, 5])
  })

  it("turns a behaviour factor off with weight 0", () => {
    const off = scoreLead(
      { ...STRONG_LEAD, behaviour: { sessions: 9, simulations: 9, roof_lookups: 9 } },
      { now: NOW, weights: { returnVisits: 0, simulations: 0, roofLookups: 0 } }
    )
    expect(off.score).toBe(86)
  })
})
