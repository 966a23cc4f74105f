import { passesLuhn } from "../luhn"

describe("passesLuhn", () => {
  it("accepts well-known test card numbers", () => {
    expect(passesLuhn("4111 1111 1111 1111")).toBe(true)
    expect(passesLuhn("5555-5555-5555-4444")).toBe(true)
    expect(passesLuhn("378282246310005")).toBe(true)
  })

  it("rejects a single changed digit", () => {
    expect(passesLuhn("4111 1111 1111 1112")).toBe(false)
    expect(passesLuhn("378282246310006")).toBe(false)
  })

  it("rejects non-digits and too-short input", () => {
    expect(passesLuhn("4111 1111 1111 111a")).toBe(false)
    expect(passesLuhn("0")).toBe(false)
    expect(passesLuhn("")).toBe(false)
  })

  it("accepts the shortest checkable input, two digits", () => {
    // 1 doubled is 2, plus 8: 10. One digit is too short to carry a check digit.
    expect(passesLuhn("18")).toBe(true)
    expect(passesLuhn("19")).toBe(false)
    expect(passesLuhn("8")).toBe(false)
  })

  it("subtracts 9 from a doubled digit above 9", () => {
    // 5 doubled is 10 -> 1, plus 9 = 10; without the subtraction it would be 19.
    expect(passesLuhn("59")).toBe(true)
    expect(passesLuhn("50")).toBe(false)
  })

  it("rejects a stray character before or after the digits even when it would sum to 0 mod 10", () => {
    // ':' and 'F' count 10 and 22 if read as digits (char code - 48): both would pass.
    expect(passesLuhn(":18")).toBe(false)
    expect(passesLuhn("18F")).toBe(false)
  })

  it("rejects a value that is not a string instead of throwing", () => {
    expect(passesLuhn(4111111111111111 as unknown as string)).toBe(false)
    expect(passesLuhn(null as unknown as string)).toBe(false)
  })
})
