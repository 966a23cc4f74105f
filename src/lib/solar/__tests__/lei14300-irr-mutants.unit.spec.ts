// The survivors the first solar pass left open (docs/testing.md, mutation testing): the latest
// earlier year inside a gap of a custom Fio B schedule, and a root-finder refusal passed on
// with the solar error code.
import { internalRateOfReturn } from "../irr"
import { fioBShareDetail } from "../lei14300"
import { thrown } from "./thrown-code"

describe("fioBShareDetail: a gap after two scheduled years", () => {
  it("keeps the share of the latest earlier year, not the earliest", () => {
    const custom = {
      fio_b_schedule: { "2023": 0.15, "2024": 0.3, "2026": 0.6 },
      fio_b_share_before_schedule: 0,
      fio_b_share_after_schedule: 1,
      grandfathered_until_year: 2045,
    }
    expect(fioBShareDetail(2025, false, custom)).toEqual({ share: 0.3, basis: "schedule" })
  })
})

describe("internalRateOfReturn: flows that change sign but have no IRR", () => {
  it("passes the root finder's refusal on as solar_irr_undefined with its message", () => {
    // -100 + 300x - 250x^2 (x = 1/(1+r)) has no real root, so no rate gives a zero NPV.
    expect(thrown(() => internalRateOfReturn([-100, 300, -250]))).toEqual({
      code: "solar_irr_undefined",
      message: "no rate between -99% and 1,000,000% per period gives these cash flows a zero NPV",
    })
  })
})
