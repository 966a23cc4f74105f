import { resolveSolarAssumptions } from "../assumptions"
import { fioBShare, fioBShareDetail } from "../lei14300"
import { thrownCode } from "./thrown-code"

describe("Lei 14.300 Fio B share", () => {
  it.each([
    [2020, 0],
    [2022, 0],
    [2023, 0.15],
    [2024, 0.3],
    [2025, 0.45],
    [2026, 0.6],
    [2027, 0.75],
    [2028, 0.9],
    [2029, 1],
    [2040, 1],
  ])("a new system in %i pays %p of Fio B", (year, share) => {
    expect(fioBShare(year)).toBe(share)
  })

  it("labels 2029+ as the after-schedule assumption", () => {
    expect(fioBShareDetail(2029).basis).toBe("after_schedule")
    expect(fioBShareDetail(2028).basis).toBe("schedule")
    expect(fioBShareDetail(2022).basis).toBe("before_schedule")
  })

  it("makes 2029+ an option", () => {
    const a = resolveSolarAssumptions({ fio_b_share_after_schedule: 0.5 })
    expect(fioBShare(2029, false, a)).toBe(0.5)
    expect(fioBShare(2028, false, a)).toBe(0.9)
  })

  it("keeps grandfathered systems at 0 through 2045, then treats them like new ones", () => {
    expect(fioBShare(2024, true)).toBe(0)
    expect(fioBShare(2045, true)).toBe(0)
    expect(fioBShareDetail(2045, true).basis).toBe("grandfathered")
    expect(fioBShare(2046, true)).toBe(1)
  })

  it("carries the last earlier year over a gap in a custom schedule", () => {
    const a = resolveSolarAssumptions({ fio_b_schedule: { "2023": 0.2, "2026": 0.8 } })
    expect(fioBShare(2024, false, a)).toBe(0.2)
    expect(fioBShare(2026, false, a)).toBe(0.8)
  })

  it("rejects a fractional year", () => {
    expect(thrownCode(() => fioBShare(2025.5))).toBe("solar_invalid_start_year")
  })
})
