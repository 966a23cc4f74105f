import { internalRateOfReturn, netPresentValue } from "../irr"
import { thrownCode } from "./thrown-code"

describe("NPV and IRR", () => {
  it("discounts year t by (1 + r)^t", () => {
    expect(netPresentValue([-100, 110], 0.1)).toBeCloseTo(0, 12)
    expect(netPresentValue([-1000, 500, 500, 500], 0.1)).toBeCloseTo(-1000 + 500 / 1.1 + 500 / 1.21 + 500 / 1.331, 9)
  })

  it.each([
    [[-100, 110], 0.1],
    [[-100, 0, 121], 0.1],
    [[-1000, 300, 300, 300, 300, 300], 0.1523824],
    [[-100, 50, 40, 30], 0.1065168],
    // -100 + 10v + 10v^2 = 0 with v = 1/(1+r): v = (sqrt(41) - 1) / 2, a negative IRR.
    [[-100, 10, 10], 2 / (Math.sqrt(41) - 1) - 1],
  ])("IRR of %p is %p and NPV there is ~0", (flows, expected) => {
    const rate = internalRateOfReturn(flows)
    expect(rate).toBeCloseTo(expected, 6)
    expect(netPresentValue(flows, rate)).toBeCloseTo(0, 6)
  })

  it("throws when the flows never change sign", () => {
    expect(thrownCode(() => internalRateOfReturn([-100, -10]))).toBe("solar_irr_undefined")
    expect(thrownCode(() => internalRateOfReturn([100, 10]))).toBe("solar_irr_undefined")
    expect(thrownCode(() => internalRateOfReturn([]))).toBe("solar_irr_undefined")
  })

  it("rejects a rate of -100 % or below", () => {
    expect(thrownCode(() => netPresentValue([-1, 2], -1))).toBe("solar_non_finite_value")
  })
})
