import { isValidEmail, normalizeEmail } from "../email"

describe("normalizeEmail", () => {
  it("trims and lower-cases so the same mailbox matches", () => {
    expect(normalizeEmail("  Maria.Silva@Example.COM.br \n")).toBe("maria.silva@example.com.br")
    expect(normalizeEmail("a@b.co")).toBe(normalizeEmail("A@B.CO"))
  })

  it("answers an empty key for a value that is not a string", () => {
    expect(normalizeEmail(undefined as unknown as string)).toBe("")
    expect(normalizeEmail(42 as unknown as string)).toBe("")
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
    "maria.@example.com",
  ])("rejects %p", (value) => {
    expect(isValidEmail(value)).toBe(false)
  })

  it("rejects addresses longer than 254 characters", () => {
    expect(isValidEmail(`${"a".repeat(250)}@b.com`)).toBe(false)
  })

  it("accepts exactly 254 characters and rejects 255", () => {
    const at254 = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`
    expect(at254).toHaveLength(254)
    expect(isValidEmail(at254)).toBe(true)
    expect(isValidEmail(`${at254}d`)).toBe(false)
  })

  it("rejects a value that is not a string instead of throwing", () => {
    expect(isValidEmail(null as unknown as string)).toBe(false)
    expect(isValidEmail(42 as unknown as string)).toBe(false)
  })
})
