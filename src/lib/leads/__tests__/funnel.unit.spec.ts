import { DomainError } from "../../errors"
import {
  FINAL_LEAD_STATUSES,
  LEAD_FUNNEL,
  LEAD_STATUSES,
  LeadStatus,
  LeadTransitionErrorCode,
  OPEN_LEAD_STATUSES,
  assertLeadTransition,
  checkLeadTransition,
  funnelConversionRates,
  isOpenLeadStatus,
} from "../funnel"

// Expected outcomes written out by hand from the rules, one row per `from` status and
// one column per `to` status in LEAD_STATUSES order:
// ok = allowed, U = unchanged, NA = not allowed (backwards / final-to-final),
// F = final without reopen, R = lost reason required, RN = reopen not needed.
type Cell = "ok" | "U" | "NA" | "F" | "R" | "RN"

const CODE_BY_CELL: Record<Exclude<Cell, "ok">, string> = {
  U: "lead_status_unchanged",
  NA: "lead_transition_not_allowed",
  F: "lead_status_final",
  R: "lead_lost_reason_required",
  RN: "lead_reopen_not_needed",
}

//                      new   contacted qualified proposal negotiation converted lost
const NO_REOPEN_WITH_REASON: Record<LeadStatus, Cell[]> = {
  new: /*          */ ["U", "ok", "ok", "ok", "ok", "ok", "ok"],
  contacted: /*    */ ["NA", "U", "ok", "ok", "ok", "ok", "ok"],
  qualified: /*    */ ["NA", "NA", "U", "ok", "ok", "ok", "ok"],
  proposal: /*     */ ["NA", "NA", "NA", "U", "ok", "ok", "ok"],
  negotiation: /*  */ ["NA", "NA", "NA", "NA", "U", "ok", "ok"],
  converted: /*    */ ["F", "F", "F", "F", "F", "U", "F"],
  lost: /*         */ ["F", "F", "F", "F", "F", "F", "U"],
}

const NO_REOPEN_WITHOUT_REASON: Record<LeadStatus, Cell[]> = {
  new: /*          */ ["U", "ok", "ok", "ok", "ok", "ok", "R"],
  contacted: /*    */ ["NA", "U", "ok", "ok", "ok", "ok", "R"],
  qualified: /*    */ ["NA", "NA", "U", "ok", "ok", "ok", "R"],
  proposal: /*     */ ["NA", "NA", "NA", "U", "ok", "ok", "R"],
  negotiation: /*  */ ["NA", "NA", "NA", "NA", "U", "ok", "R"],
  converted: /*    */ ["F", "F", "F", "F", "F", "U", "F"],
  lost: /*         */ ["F", "F", "F", "F", "F", "F", "U"],
}

// With reopen the lost reason plays no part, so one grid covers both variants.
const WITH_REOPEN: Record<LeadStatus, Cell[]> = {
  new: /*          */ ["U", "RN", "RN", "RN", "RN", "RN", "RN"],
  contacted: /*    */ ["RN", "U", "RN", "RN", "RN", "RN", "RN"],
  qualified: /*    */ ["RN", "RN", "U", "RN", "RN", "RN", "RN"],
  proposal: /*     */ ["RN", "RN", "RN", "U", "RN", "RN", "RN"],
  negotiation: /*  */ ["RN", "RN", "RN", "RN", "U", "RN", "RN"],
  converted: /*    */ ["ok", "ok", "ok", "ok", "ok", "U", "NA"],
  lost: /*         */ ["ok", "ok", "ok", "ok", "ok", "NA", "U"],
}

function cases(
  grid: Record<LeadStatus, Cell[]>,
  options: { reopen?: boolean; lostReason?: string | null },
  label: string
): Array<[string, LeadStatus, LeadStatus, typeof options, Cell]> {
  return LEAD_STATUSES.flatMap((from) =>
    LEAD_STATUSES.map(
      (to, i) =>
        [label, from, to, options, grid[from][i]] as [
          string,
          LeadStatus,
          LeadStatus,
          typeof options,
          Cell,
        ]
    )
  )
}

const MATRIX = [
  ...cases(NO_REOPEN_WITH_REASON, { lostReason: "chose a competitor" }, "no reopen, reason"),
  ...cases(NO_REOPEN_WITHOUT_REASON, {}, "no reopen, no reason"),
  ...cases(WITH_REOPEN, { reopen: true, lostReason: "chose a competitor" }, "reopen, reason"),
  ...cases(WITH_REOPEN, { reopen: true }, "reopen, no reason"),
]

describe("checkLeadTransition matrix", () => {
  it("covers every status pair under all four option combinations", () => {
    expect(MATRIX).toHaveLength(7 * 7 * 4)
  })

  it.each(MATRIX)("%s: %s -> %s", (_label, from, to, options, expected) => {
    const result = checkLeadTransition(from, to, options)
    if (expected === "ok") {
      expect(result).toEqual({ ok: true })
    } else {
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.code).toBe(CODE_BY_CELL[expected])
        expect(result.message.length).toBeGreaterThan(0)
      }
    }
  })
})

describe("checkLeadTransition details", () => {
  it("treats a blank or null lost reason as missing", () => {
    for (const lostReason of ["", "   \n", null, undefined]) {
      const result = checkLeadTransition("proposal", "lost", { lostReason })
      expect(result).toMatchObject({ ok: false, code: "lead_lost_reason_required" })
    }
  })

  it("allows skipping stages forward, e.g. qualifying on first contact", () => {
    expect(checkLeadTransition("new", "qualified", {})).toEqual({ ok: true })
    expect(checkLeadTransition("new", "converted", {})).toEqual({ ok: true })
  })

  it("treats reopen: false like no flag at all", () => {
    expect(checkLeadTransition("lost", "new", { reopen: false })).toMatchObject({
      code: "lead_status_final",
    })
    expect(checkLeadTransition("new", "contacted", { reopen: false })).toEqual({ ok: true })
  })

  it("reports unknown statuses instead of guessing", () => {
    const result = checkLeadTransition("new", "won" as LeadStatus, {})
    expect(result).toMatchObject({ ok: false, code: "lead_status_unknown" })
    expect(checkLeadTransition("open" as LeadStatus, "new", {})).toMatchObject({
      code: "lead_status_unknown",
    })
  })

  it("exposes every code through LeadTransitionErrorCode", () => {
    expect(Object.values(LeadTransitionErrorCode).sort()).toEqual(
      [
        "lead_lost_reason_required",
        "lead_reopen_not_needed",
        "lead_status_final",
        "lead_status_unchanged",
        "lead_status_unknown",
        "lead_transition_not_allowed",
      ].sort()
    )
  })
})

describe("assertLeadTransition", () => {
  it("returns quietly for an allowed move", () => {
    expect(() => assertLeadTransition("new", "contacted", {})).not.toThrow()
  })

  it("throws a DomainError carrying the transition code", () => {
    let caught: unknown
    try {
      assertLeadTransition("converted", "new", {})
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DomainError)
    expect((caught as DomainError).code).toBe("lead_status_final")
    expect((caught as DomainError).message).toMatch(/converted/)
  })
})

describe("status groups", () => {
  it("splits every status into exactly one of open or final", () => {
    expect([...OPEN_LEAD_STATUSES, ...FINAL_LEAD_STATUSES].sort()).toEqual([...LEAD_STATUSES].sort())
    expect(LEAD_FUNNEL).not.toContain("lost")
  })

  it("isOpenLeadStatus", () => {
    expect(isOpenLeadStatus("negotiation")).toBe(true)
    expect(isOpenLeadStatus("converted")).toBe(false)
    expect(isOpenLeadStatus("lost")).toBe(false)
    expect(isOpenLeadStatus("bogus")).toBe(false)
  })

  // Must equal the check constraint on lead.status; a value missing here would make
  // rows from the database fail every transition with lead_status_unknown.
  it("lists exactly the statuses the lead table accepts", () => {
    expect([...LEAD_STATUSES]).toEqual([
      "new",
      "contacted",
      "qualified",
      "proposal",
      "negotiation",
      "converted",
      "lost",
    ])
  })
})

describe("funnelConversionRates", () => {
  const counts: Record<LeadStatus, number> = {
    new: 40,
    contacted: 20,
    qualified: 15,
    proposal: 10,
    negotiation: 5,
    converted: 10,
    lost: 20,
  }

  it("counts lost leads as reaching only 'new' by default", () => {
    const { steps, overall } = funnelConversionRates(counts)
    // reached: new 120, contacted 60, qualified 40, proposal 25, negotiation 15, converted 10
    expect(steps).toEqual([
      { from: "new", to: "contacted", reached_from: 120, reached_to: 60, rate: 0.5 },
      { from: "contacted", to: "qualified", reached_from: 60, reached_to: 40, rate: 0.6667 },
      { from: "qualified", to: "proposal", reached_from: 40, reached_to: 25, rate: 0.625 },
      { from: "proposal", to: "negotiation", reached_from: 25, reached_to: 15, rate: 0.6 },
      { from: "negotiation", to: "converted", reached_from: 15, reached_to: 10, rate: 0.6667 },
    ])
    expect(overall).toEqual({
      total: 120,
      converted: 10,
      lost: 20,
      conversion_rate: 0.0833,
      win_rate: 0.3333,
    })
  })

  it("credits lost leads with the stage they were lost from when known", () => {
    // 16 of 20 lost leads attributed; the other 4 fall back to "new".
    const { steps, overall } = funnelConversionRates(counts, {
      contacted: 8,
      proposal: 6,
      negotiation: 2,
    })
    // reached: new 120, contacted 60+16=76, qualified 40+8=48, proposal 25+8=33,
    // negotiation 15+2=17, converted 10
    expect(steps.map((s) => [s.reached_from, s.reached_to, s.rate])).toEqual([
      [120, 76, 0.6333],
      [76, 48, 0.6316],
      [48, 33, 0.6875],
      [33, 17, 0.5152],
      [17, 10, 0.5882],
    ])
    expect(overall.total).toBe(120)
  })

  it("gives the same result when lost leads are explicitly attributed to 'new'", () => {
    expect(funnelConversionRates(counts, { new: 20 })).toEqual(funnelConversionRates(counts))
  })

  it("returns null rates where nobody reached the earlier stage", () => {
    const { steps, overall } = funnelConversionRates({ new: 5 })
    expect(steps[0]).toEqual({ from: "new", to: "contacted", reached_from: 5, reached_to: 0, rate: 0 })
    expect(steps.slice(1).every((s) => s.rate === null && s.reached_from === 0)).toBe(true)
    expect(overall).toEqual({ total: 5, converted: 0, lost: 0, conversion_rate: 0, win_rate: null })
  })

  it("handles an empty funnel", () => {
    const { steps, overall } = funnelConversionRates({})
    expect(steps).toHaveLength(5)
    expect(steps.every((s) => s.rate === null)).toBe(true)
    expect(overall.conversion_rate).toBeNull()
  })

  it("reports a fully converted funnel as rate 1 at every step", () => {
    const { steps, overall } = funnelConversionRates({ converted: 7 })
    expect(steps.every((s) => s.rate === 1 && s.reached_to === 7)).toBe(true)
    expect(overall.conversion_rate).toBe(1)
  })

  it.each([
    [{ new: -1 }, undefined],
    [{ new: 1.5 }, undefined],
    [{ new: Number.NaN }, undefined],
    [{ lost: 3 }, { contacted: 4 }],
    [{ lost: 3 }, { converted: 1 }],
    [{ lost: 3 }, { lost: 1 }],
    [{ lost: 3 }, { qualified: -1 }],
  ])("rejects invalid counts %p / %p", (c, lostAt) => {
    expect(() => funnelConversionRates(c, lostAt as never)).toThrow(
      expect.objectContaining({ code: "lead_funnel_invalid_counts" })
    )
  })
})

describe("funnel: what each refusal says", () => {
  it("names the unknown status, whichever side it is on", () => {
    const expected = `; expected one of ${LEAD_STATUSES.join(", ")}`
    expect(checkLeadTransition("bogus" as LeadStatus, "new")).toEqual({
      ok: false,
      code: LeadTransitionErrorCode.STATUS_UNKNOWN,
      message: `Unknown lead status "bogus"${expected}`,
    })
    expect(checkLeadTransition("new", "bogus" as LeadStatus)).toMatchObject({ message: `Unknown lead status "bogus"${expected}` })
  })

  it("reads a missing or null count as zero, and refuses a negative one by name", () => {
    expect(funnelConversionRates({ new: 2, contacted: null } as never)).toEqual(funnelConversionRates({ new: 2 }))
    expect(() => funnelConversionRates({ new: 0 })).not.toThrow()
    expect(() => funnelConversionRates({ new: -1 })).toThrow('Lead count for "new" must be a non-negative integer, got -1')
  })

  it("refuses lost-at-stage counts from a final status, negative, or more than the lost leads", () => {
    expect(() => funnelConversionRates({ lost: 2 }, { converted: 1 } as never)).toThrow(
      'Leads can only be lost from an open status, not "converted"'
    )
    expect(() => funnelConversionRates({ lost: 2 }, { new: -1 })).toThrow(
      'Lost-at-stage count for "new" must be a non-negative integer, got -1'
    )
    expect(() => funnelConversionRates({ lost: 1 }, { new: 3 })).toThrow(
      "lostAtStage accounts for 3 lost leads but only 1 are lost"
    )
  })
})
