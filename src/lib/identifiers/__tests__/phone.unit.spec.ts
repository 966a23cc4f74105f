import { normalizePhone } from "../phone"

describe("normalizePhone", () => {
  it.each([
    ["(11) 98765-4321", "+5511987654321"],
    ["+55 21 3456-7890", "+552134567890"],
    ["11987654321", "+5511987654321"],
    ["(11) 9 8765-4321", "+5511987654321"],
    ["011 98765-4321", "+5511987654321"],
    ["+55 (11) 3456-7890", "+551134567890"],
  ])("normalises %s to %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected)
  })

  it("gives the same key for every way of writing one number", () => {
    const forms = ["(11) 98765-4321", "+55 11 98765 4321", "11 987654321", "+5511987654321"]
    expect(new Set(forms.map((f) => normalizePhone(f))).size).toBe(1)
  })

  it("honours another default country", () => {
    expect(normalizePhone("(415) 555-2671", "US")).toBe("+14155552671")
    expect(normalizePhone("020 7946 0958", "GB")).toBe("+442079460958")
  })

  it("keeps an explicit country code over the default", () => {
    expect(normalizePhone("+1 415 555 2671")).toBe("+14155552671")
  })

  it("returns null for a value that is not a string", () => {
    expect(normalizePhone(11987654321 as unknown as string)).toBeNull()
    expect(normalizePhone(null as unknown as string)).toBeNull()
  })

  it.each(["123", "", "   ", "not a phone", "01310-100", "(52) 99822-4726"])(
    "returns null for %p",
    (input) => {
      expect(normalizePhone(input)).toBeNull()
    }
  )
})
