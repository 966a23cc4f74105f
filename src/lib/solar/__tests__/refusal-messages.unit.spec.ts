// What the IRR, Fio B and HSP refusals say, and the rule edges the other specs do not pin
// (mutation testing, docs/testing.md).
import { resolveHsp } from "../hsp"
import { internalRateOfReturn, netPresentValue } from "../irr"
import { fioBShareDetail } from "../lei14300"
import { thrown } from "./thrown-code"


const IRR_NEEDS = "IRR needs finite cash flows with at least one positive and one negative value"

describe("internalRateOfReturn: the flows it refuses before solving", () => {
  it.each([
    [[-100, 0, 0]],
    [[0, 0, 110]],
    [[100, 10]],
    [[-100, -10]],
    [[-100, Number.NaN, 200]],
    [[-100, 200, Number.POSITIVE_INFINITY]],
  ])("refuses %p saying why", (flows) => {
    expect(thrown(() => internalRateOfReturn(flows))).toEqual({ code: "solar_irr_undefined", message: IRR_NEEDS })
  })

  it("solves flows with zeros between the sign change", () => {
    expect(internalRateOfReturn([-100, 0, 121])).toBeCloseTo(0.1, 9)
  })

  it("names the discount rate it refuses", () => {
    expect(thrown(() => netPresentValue([-100, 110], -1))).toEqual({
      code: "solar_non_finite_value",
      message: "The discount rate must be a finite number > -1, got -1",
    })
  })
})

describe("fioBShareDetail: messages and a gap in a custom schedule", () => {
  const custom = {
    fio_b_schedule: { "2023": 0.15, "2025": 0.45, "2026": 0.6 },
    fio_b_share_before_schedule: 0,
    fio_b_share_after_schedule: 1,
    grandfathered_until_year: 2045,
  }

  it("keeps the latest earlier year's share inside a gap", () => {
    expect(fioBShareDetail(2024, false, custom)).toEqual({ share: 0.15, basis: "schedule" })
  })

  it("names the year it refuses", () => {
    expect(thrown(() => fioBShareDetail(2025.5))).toEqual({
      code: "solar_invalid_start_year",
      message: "Calendar year must be an integer, got 2025.5",
    })
  })
})

describe("resolveHsp: messages and an explicit null", () => {
  it("reads a null HSP as not provided", () => {
    expect(resolveHsp("SP", null).source).toBe("capital_table")
  })

  it("accepts exactly 12 and names a value above it", () => {
    expect(resolveHsp("SP", 12).hsp).toBe(12)
    expect(thrown(() => resolveHsp("SP", 12.5))).toEqual({
      code: "solar_invalid_hsp",
      message: "HSP must be in (0, 12] kWh/m2/day, got 12.5",
    })
  })

  it("quotes the state it does not know, and reads a non-string as no state", () => {
    expect(thrown(() => resolveHsp("XX"))).toEqual({
      code: "solar_unknown_state",
      message: 'Unknown Brazilian state (UF) "XX"; expected a two-letter code such as SP',
    })
    expect(thrown(() => resolveHsp(35))).toEqual({
      code: "solar_unknown_state",
      message: "Unknown Brazilian state (UF) 35; expected a two-letter code such as SP",
    })
  })
})
