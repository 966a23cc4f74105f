import { resolveSolarAssumptions } from "../assumptions"
import { energyBalance, fioBShare, fioBShareDetail } from "../lei14300"
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

describe("energy balance", () => {
  it("compensated energy = generation x (1 - simultaneity) when the bill can absorb it", () => {
    const b = energyBalance(1000, 5000, 360)
    expect(b.self_consumed_kwh).toBeCloseTo(300, 9)
    expect(b.compensated_kwh).toBeCloseTo(700, 9)
    expect(b.excess_kwh).toBe(0)
    expect(b.offset_kwh).toBeCloseTo(1000, 9)
  })

  it("never offsets below the minimum bill: the surplus is excess", () => {
    const b = energyBalance(6000, 4800, 360)
    expect(b.offset_kwh).toBeCloseTo(4440, 9)
    expect(b.self_consumed_kwh).toBeCloseTo(1800, 9)
    expect(b.compensated_kwh).toBeCloseTo(2640, 9)
    expect(b.excess_kwh).toBeCloseTo(1560, 9)
  })

  it("conserves energy and respects the minimum for any generation", () => {
    for (const generation of [0, 100, 1000, 4000, 4440, 5000, 20000]) {
      for (const sf of [0, 0.3, 0.9, 1]) {
        const a = resolveSolarAssumptions({ simultaneity_factor: sf })
        const b = energyBalance(generation, 4800, 360, a)
        expect(b.self_consumed_kwh + b.compensated_kwh + b.excess_kwh).toBeCloseTo(generation, 9)
        expect(4800 - b.offset_kwh).toBeGreaterThanOrEqual(360 - 1e-9)
        expect(b.compensated_kwh).toBeGreaterThanOrEqual(0)
      }
    }
  })
})
