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
})
