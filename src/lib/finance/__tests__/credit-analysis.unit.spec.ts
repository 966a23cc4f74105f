import {
  annualFromMonthly,
  approvedMonthlyPayment,
  assertCreditTransition,
  CREDIT_ANALYSIS_STATUSES,
  CreditAnalysisStatus,
  isCreditTransitionAllowed,
  MAX_APPROVED_RATE_ANNUAL,
  paymentTolerance,
  planCreditAnalysis,
} from ".."
import { isDomainError } from "../../errors"
import { thrownCode } from "../../solar/__tests__/thrown-code"
import { FINANCING_SIMULATION_STATUSES } from "../../../modules/solar360"

const now = new Date("2026-03-02T12:00:00Z")
// 2% a month, compounded: 26.8241794...% a year; PV 10,000 over 12 months pays 945.60.
const twoPercentMonthly = annualFromMonthly(0.02) * 100
const approval = {
  status: "approved" as const,
  approved_amount: 10_000,
  approved_term_months: 12,
  approved_rate_annual: twoPercentMonthly,
}

describe("credit analysis transitions", () => {
  it("matches the statuses of the financing_simulation model", () => {
    expect([...CREDIT_ANALYSIS_STATUSES]).toEqual([...FINANCING_SIMULATION_STATUSES])
  })

  it("allows pending -> analyzing -> approved | rejected and nothing else", () => {
    const allowed: string[] = []
    for (const from of CREDIT_ANALYSIS_STATUSES) {
      for (const to of CREDIT_ANALYSIS_STATUSES) {
        if (isCreditTransitionAllowed(from, to)) {
          allowed.push(`${from}->${to}`)
        } else {
          expect(thrownCode(() => assertCreditTransition(from, to))).toBe(
            "solar360_invalid_credit_transition"
          )
        }
      }
    }
    expect(allowed.sort()).toEqual(["analyzing->approved", "analyzing->rejected", "pending->analyzing"])
  })

  it("throws a DomainError naming both statuses and the way forward", () => {
    try {
      assertCreditTransition("pending", "approved")
      throw new Error("did not throw")
    } catch (error) {
      expect(isDomainError(error)).toBe(true)
      expect((error as Error).message).toContain('from "pending" to "approved" (allowed: analyzing)')
    }
    expect(() => assertCreditTransition("rejected", "analyzing")).toThrow('"rejected" is final')
  })

  it("says an unknown current status leads nowhere", () => {
    expect(() => assertCreditTransition("archived" as CreditAnalysisStatus, "analyzing")).toThrow(
      'A financing simulation cannot move from "archived" to "analyzing" ("archived" is final)'
    )
    expect(isCreditTransitionAllowed("archived" as CreditAnalysisStatus, "analyzing")).toBe(false)
    expect(() => assertCreditTransition("analyzing", "pending")).toThrow(
      'A financing simulation cannot move from "analyzing" to "pending" (allowed: approved, rejected)'
    )
  })

  it("refuses an unknown current status", () => {
    expect(
      thrownCode(() => assertCreditTransition("archived" as CreditAnalysisStatus, "analyzing"))
    ).toBe("solar360_invalid_credit_transition")
  })
})

describe("planCreditAnalysis", () => {
  it("submission marks the simulation submitted and starts the analysis", () => {
    expect(planCreditAnalysis({ status: "pending", submitted_at: null }, { status: "analyzing" }, now)).toEqual({
      status: "analyzing",
      submitted_to_bank: true,
      submitted_at: now,
      analysis_started_at: now,
    })
    const earlier = new Date("2026-02-01T00:00:00Z")
    const kept = planCreditAnalysis(
      { status: "pending", submitted_at: earlier.toISOString() },
      { status: "analyzing", submitted_to_bank: true },
      now
    )
    expect(kept.submitted_at).toEqual(earlier)
    expect(kept.analysis_started_at).toEqual(now)
  })

  it("an approval stores the server's installment (Tabela Price on the compounded monthly rate)", () => {
    expect(planCreditAnalysis({ status: "analyzing" }, approval, now)).toEqual({
      status: "approved",
      was_approved: true,
      decided_at: now,
      approved_amount: 10_000,
      approved_term_months: 12,
      approved_rate_annual: twoPercentMonthly,
      approved_monthly_payment: 945.6,
    })
    // Zero interest: the amount split evenly.
    expect(approvedMonthlyPayment(1_200, 12, 0)).toBe(100)
  })

  it("accepts the caller's installment within max(R$ 0.01, 0.5%) and refuses it beyond", () => {
    expect(paymentTolerance(1)).toBe(0.01)
    expect(paymentTolerance(945.6)).toBeCloseTo(4.728, 6)
    const plan = (payment: number) =>
      planCreditAnalysis({ status: "analyzing" }, { ...approval, approved_monthly_payment: payment }, now)
    expect(plan(945.6).approved_monthly_payment).toBe(945.6)
    // Within the tolerance the computed value is what is stored.
    expect(plan(950.32).approved_monthly_payment).toBe(945.6)
    expect(plan(940.88).approved_monthly_payment).toBe(945.6)
    expect(thrownCode(() => plan(950.34))).toBe("solar360_approved_payment_mismatch")
    expect(thrownCode(() => plan(900))).toBe("solar360_approved_payment_mismatch")
    expect(() => plan(1000)).toThrow(/1000\.00 .*945\.60/)

    // Small installments: one cent either way.
    const small = { ...approval, approved_amount: 12, approved_rate_annual: 0 }
    const smallPlan = (payment: number) =>
      planCreditAnalysis({ status: "analyzing" }, { ...small, approved_monthly_payment: payment }, now)
    expect(smallPlan(1.01).approved_monthly_payment).toBe(1)
    expect(thrownCode(() => smallPlan(1.02))).toBe("solar360_approved_payment_mismatch")
  })

  it("an approval needs every term, in range", () => {
    const code = (request: Record<string, unknown>) =>
      thrownCode(() => planCreditAnalysis({ status: "analyzing" }, { ...approval, ...request } as any, now))
    expect(code({ approved_amount: undefined })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_term_months: undefined })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_rate_annual: undefined })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_amount: 0 })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_amount: 10.005 })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_term_months: 0 })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_term_months: 421 })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_term_months: 12.5 })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_rate_annual: -1 })).toBe("solar360_invalid_approved_terms")
    expect(code({ approved_rate_annual: 792 })).toBe("solar360_invalid_approved_terms")
    expect(MAX_APPROVED_RATE_ANNUAL).toBeCloseTo(791.61, 2)
    expect(code({ approved_rate_annual: MAX_APPROVED_RATE_ANNUAL, approved_term_months: 420 })).toBe(
      "did not throw"
    )
  })

  it("a rejection needs a reason and stores it trimmed", () => {
    expect(
      planCreditAnalysis({ status: "analyzing" }, { status: "rejected", rejection_reason: "  renda insuficiente " }, now)
    ).toEqual({
      status: "rejected",
      was_approved: false,
      decided_at: now,
      rejection_reason: "renda insuficiente",
    })
    for (const rejection_reason of [undefined, "", "   "]) {
      expect(
        thrownCode(() => planCreditAnalysis({ status: "analyzing" }, { status: "rejected", rejection_reason }, now))
      ).toBe("solar360_rejection_reason_required")
    }
  })

  it("checks the transition before the data, and refuses data that belongs to another move", () => {
    expect(thrownCode(() => planCreditAnalysis({ status: "pending" }, approval, now))).toBe(
      "solar360_invalid_credit_transition"
    )
    expect(
      thrownCode(() => planCreditAnalysis({ status: "approved" }, { status: "rejected", rejection_reason: "x" }, now))
    ).toBe("solar360_invalid_credit_transition")
    expect(
      thrownCode(() => planCreditAnalysis({ status: "pending" }, { status: "analyzing", approved_amount: 1 }, now))
    ).toBe("solar360_invalid_input")
    expect(
      thrownCode(() => planCreditAnalysis({ status: "analyzing" }, { ...approval, rejection_reason: "x" }, now))
    ).toBe("solar360_invalid_input")
    expect(
      thrownCode(() => planCreditAnalysis({ status: "pending" }, { status: "analyzing", submitted_to_bank: false }, now))
    ).toBe("solar360_invalid_input")
  })
})

describe("planCreditAnalysis messages and edges", () => {
  const plan = (request: Record<string, unknown>, status: CreditAnalysisStatus = "analyzing") =>
    () => planCreditAnalysis({ status }, request as any, now)

  it("says which approved terms are missing, null counting as missing", () => {
    expect(plan({ status: "approved", approved_term_months: 12 })).toThrow(
      "An approval needs approved_amount, approved_rate_annual"
    )
    expect(thrownCode(plan({ ...approval, approved_amount: null }))).toBe("solar360_invalid_approved_terms")
    expect(plan({ ...approval, approved_rate_annual: null })).toThrow("An approval needs approved_rate_annual")
  })

  it("names the value and the rule for each term out of range", () => {
    expect(plan({ ...approval, approved_amount: 0 })).toThrow(
      "approved_amount must be a positive amount in BRL with at most 2 decimals (got 0)"
    )
    expect(plan({ ...approval, approved_amount: Number.NaN })).toThrow("(got NaN)")
    expect(plan({ ...approval, approved_amount: Number.POSITIVE_INFINITY })).toThrow("approved_amount must be")
    expect(plan({ ...approval, approved_term_months: 421 })).toThrow(
      "approved_term_months must be a whole number from 1 to 420 (got 421)"
    )
    expect(plan({ ...approval, approved_rate_annual: Number.NaN })).toThrow(
      "approved_rate_annual is a percentage a year from 0 to 791.61 (20% a month) (got NaN)"
    )
    // The edges themselves are fine: 1 month, 0% a year, one cent.
    expect(plan({ ...approval, approved_term_months: 1, approved_rate_annual: 0, approved_amount: 0.01 })()).toMatchObject({
      approved_monthly_payment: 0.01,
    })
  })

  it("quotes both installments and the terms when the caller's does not match", () => {
    // 24% a year is 1.8088% a month compounded: 10,000 over 12 months pays 934.53.
    expect(plan({ ...approval, approved_rate_annual: 24, approved_monthly_payment: 1_000 })).toThrow(
      "approved_monthly_payment 1000.00 does not match the 934.53 computed for 10000.00 over 12 months at 24% a year (Tabela Price)"
    )
  })

  it("says which fields belong to another move", () => {
    expect(plan({ status: "analyzing", approved_amount: 1, approved_rate_annual: 2 }, "pending")).toThrow(
      'approved_amount, approved_rate_annual only go with status "approved"'
    )
    expect(thrownCode(plan({ status: "rejected", rejection_reason: "x", approved_monthly_payment: 1 }))).toBe(
      "solar360_invalid_input"
    )
    expect(plan({ ...approval, rejection_reason: "x" })).toThrow('rejection_reason only goes with status "rejected"')
    expect(plan({ status: "analyzing", submitted_to_bank: false }, "pending")).toThrow(
      "submitted_to_bank cannot be false: an analysis at the bank means it was submitted"
    )
    expect(plan({ status: "rejected" })).toThrow("A rejection needs a rejection_reason")
  })

  it("keeps a rejection free of approved terms and an approval free of a reason", () => {
    expect(plan({ status: "rejected", rejection_reason: "renda" })()).toEqual({
      status: "rejected",
      was_approved: false,
      decided_at: now,
      rejection_reason: "renda",
    })
  })
})
