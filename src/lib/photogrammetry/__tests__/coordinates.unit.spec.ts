import { DomainError } from "../../errors"
import { coordinatesHash } from "../coordinates"

describe("coordinatesHash", () => {
  it("equals for points that round to the same 5 decimals", () => {
    expect(coordinatesHash(-23.557873, -46.661594)).toBe(coordinatesHash(-23.557871, -46.661591))
    expect(coordinatesHash(-23.55787, -46.66159)).toMatch(/^[0-9a-f]{64}$/)
  })

  it("differs once the 5th decimal differs", () => {
    expect(coordinatesHash(-23.55787, -46.66159)).not.toBe(coordinatesHash(-23.55788, -46.66159))
  })

  it("treats -0 and values rounding to -0 as 0", () => {
    expect(coordinatesHash(-0, 0)).toBe(coordinatesHash(0, 0))
    expect(coordinatesHash(-0.000001, -0.000004)).toBe(coordinatesHash(0, 0))
  })

  it.each([
    [91, 0],
    [-90.5, 0],
    [0, 180.1],
    [0, -181],
    [Number.NaN, 0],
    [0, Number.POSITIVE_INFINITY],
  ])("refuses (%p, %p)", (lat, lon) => {
    expect(() => coordinatesHash(lat, lon)).toThrow(
      expect.objectContaining({ code: "photogrammetry_invalid_coordinates" })
    )
    expect(() => coordinatesHash(lat, lon)).toThrow(DomainError)
  })

  it("accepts the range limits", () => {
    expect(() => coordinatesHash(-90, -180)).not.toThrow()
    expect(() => coordinatesHash(90, 180)).not.toThrow()
  })
})

describe("coordinates: signs and the refusal message", () => {
  it("folds only a rounded -0 into 0, never a small negative coordinate", () => {
    expect(coordinatesHash(-0.000001, 10)).toBe(coordinatesHash(0, 10))
    expect(coordinatesHash(-0.00001, 10)).not.toBe(coordinatesHash(0.00001, 10))
  })

  it("says which ranges are allowed", () => {
    expect(() => coordinatesHash(91, 0)).toThrow("latitude must be within [-90, 90] and longitude within [-180, 180]")
  })
})
