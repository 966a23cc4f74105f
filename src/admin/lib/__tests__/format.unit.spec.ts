import { createFormatters, localeOf } from "../format"

describe("localeOf", () => {
  it("maps the dashboard's language codes to Intl locales", () => {
    expect(localeOf("ptBR")).toBe("pt-BR")
    expect(localeOf("ptPT")).toBe("pt-PT")
    expect(localeOf("enGB")).toBe("en-GB")
    expect(localeOf("en")).toBe("en-US")
    expect(localeOf("de")).toBe("de")
    expect(localeOf(undefined)).toBe("en-US")
  })
})

describe("createFormatters", () => {
  const nbsp = /\u00a0/g
  it("formats R$ the Brazilian way in Portuguese and the English way in English", () => {
    expect(createFormatters("pt-BR").currency(1234.5).replace(nbsp, " ")).toBe("R$ 1.234,50")
    expect(createFormatters("en-US").currency(1234.5)).toBe("R$1,234.50")
  })

  it("formats numbers, percentages and dates per locale", () => {
    const pt = createFormatters("pt-BR")
    expect(pt.integer(1234567)).toBe("1.234.567")
    expect(pt.decimal("3.14159")).toBe("3,14")
    expect(pt.percent(0.256)).toBe("25,6%")
    expect(pt.date("2026-12-04T12:00:00Z")).toBe("4 de dez. de 2026")
    const en = createFormatters("en-US")
    expect(en.integer(1234567)).toBe("1,234,567")
    expect(en.percent(0.256)).toBe("25.6%")
    expect(en.date("2026-12-04T12:00:00Z")).toBe("Dec 4, 2026")
  })

  it("writes sizes on disk in the largest unit at or above 1, per locale", () => {
    const en = createFormatters("en-US")
    const pt = createFormatters("pt-BR")
    expect(en.bytes(512)).toBe("512 byte")
    expect(en.bytes(8192)).toBe("8.2 kB")
    expect(en.bytes(612_000_000)).toBe("612 MB")
    expect(pt.bytes(1_500_000_000)).toBe("1,5 GB")
    expect(en.bytes(null)).toBe("–")
  })

  it("shows a dash for a missing value instead of 0 or NaN", () => {
    const en = createFormatters("en-US")
    expect(en.currency(null)).toBe("–")
    expect(en.integer(undefined)).toBe("–")
    expect(en.percent(null)).toBe("–")
    expect(en.date(null)).toBe("–")
    expect(en.decimal("abc")).toBe("–")
  })
})
