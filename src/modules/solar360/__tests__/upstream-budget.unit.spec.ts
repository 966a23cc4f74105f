import { maxDailyCalls } from "../upstream-budget"

describe("maxDailyCalls", () => {
  it("turns a USD cap into whole calls at the per-call cost", () => {
    expect(maxDailyCalls(100, 10)).toBe(10)
    expect(maxDailyCalls(25, 10)).toBe(2)
    expect(maxDailyCalls(0.3, 0.1)).toBe(3)
    expect(maxDailyCalls(5, 10)).toBe(0)
    expect(maxDailyCalls(0, 0.01)).toBe(0)
  })

  it("has no limit without a cap or when calls are free", () => {
    expect(maxDailyCalls(null, 10)).toBe(Number.POSITIVE_INFINITY)
    expect(maxDailyCalls(100, 0)).toBe(Number.POSITIVE_INFINITY)
  })
})
