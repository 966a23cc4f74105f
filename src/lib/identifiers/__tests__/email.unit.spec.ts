import { isValidEmail, normalizeEmail } from "../email"

describe("normalizeEmail", () => {
  it("trims and lower-cases so the same mailbox matches", () => {
    expect(normalizeEmail("  Maria.Silva@Example.COM.br \n")).toBe("maria.silva@example.com.br")
    expect(normalizeEmail("a@b.co")).toBe(normalizeEmail("A@B.CO"))
  })
})

describe("isValidEmail", () => {
  it.each([
    "maria@example.com",
    "maria.silva+solar@empresa.com.br",
    "  padded@example.com  ",
    "josé@exemplo.com.br",
  ])("accepts %s", (value) => {
    expect(isValidEmail(value)).toBe(true)
  })

  it.each([
    "",
    "maria",
    "maria@example",
    "maria@@example.com",
    "ma ria@example.com",
    "maria@exa mple.com",
    "@example.com",
    "maria@.com",
    "maria@example.",
    "maria@example..com",
    ".maria@example.com",
    "ma..ria@example.com",
  ])("rejects %p", (value) => {
    expect(isValidEmail(value)).toBe(false)
  })

  it("rejects addresses longer than 254 characters", () => {
    expect(isValidEmail(`${"a".repeat(250)}@b.com`)).toBe(false)
  })
})
