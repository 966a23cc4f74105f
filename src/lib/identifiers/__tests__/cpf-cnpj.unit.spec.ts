import { DomainError } from "../../errors"
import {
  classifyTaxId,
  formatCnpj,
  formatCpf,
  isValidCnpj,
  isValidCpf,
  normalizeCpfCnpj,
} from "../cpf-cnpj"

describe("isValidCpf", () => {
  it("accepts the reference CPF formatted and bare", () => {
    expect(isValidCpf("529.982.247-25")).toBe(true)
    expect(isValidCpf("52998224725")).toBe(true)
    expect(isValidCpf(" 529 982 247 25 ")).toBe(true)
  })

  it("rejects a wrong second check digit", () => {
    expect(isValidCpf("529.982.247-26")).toBe(false)
  })

  it("rejects a wrong first check digit", () => {
    expect(isValidCpf("529.982.247-35")).toBe(false)
    // Wrong first digit (3, not 2) with a second digit that is right for it: only the
    // first check can reject this one.
    expect(isValidCpf("529.982.247-33")).toBe(false)
  })

  // About one CPF in six has a check digit of 0 (mod-11 remainder 0 or 1); each branch of
  // the "r < 2 ? 0 : 11 - r" rule gets a vector, computed by the domain reference's algorithm.
  it("accepts CPFs whose check digit is 0 (remainder 0 and remainder 1, both positions)", () => {
    expect(isValidCpf("123.456.789-09")).toBe(true) // first digit 0, remainder 1
    expect(isValidCpf("123.456.783-05")).toBe(true) // first digit 0, remainder 0
    expect(isValidCpf("123.456.788-10")).toBe(true) // second digit 0, remainder 1
    expect(isValidCpf("123.456.797-00")).toBe(true) // second digit 0, remainder 0
  })

  it("rejects the same CPFs with the 0 check digit changed", () => {
    expect(isValidCpf("123.456.789-19")).toBe(false)
    expect(isValidCpf("123.456.783-15")).toBe(false)
    expect(isValidCpf("123.456.788-11")).toBe(false)
    expect(isValidCpf("123.456.797-01")).toBe(false)
  })

  it("accepts CPFs whose remainder is exactly 2 (check digit 9, not 0)", () => {
    expect(isValidCpf("123.456.784-96")).toBe(true)
    expect(isValidCpf("123.456.787-39")).toBe(true)
    expect(isValidCpf("123.456.784-06")).toBe(false)
    expect(isValidCpf("123.456.787-30")).toBe(false)
  })

  it("rejects all-equal digits even though they satisfy the checksum", () => {
    expect(isValidCpf("111.111.111-11")).toBe(false)
    expect(isValidCpf("00000000000")).toBe(false)
  })

  it("rejects wrong lengths and letters", () => {
    expect(isValidCpf("5299822472")).toBe(false)
    expect(isValidCpf("529982247255")).toBe(false)
    expect(isValidCpf("529.982.247-2A")).toBe(false)
    expect(isValidCpf("")).toBe(false)
  })
})

describe("isValidCnpj", () => {
  it("accepts the numeric reference CNPJ formatted and bare", () => {
    expect(isValidCnpj("11.222.333/0001-81")).toBe(true)
    expect(isValidCnpj("11222333000181")).toBe(true)
  })

  it("accepts the alphanumeric reference CNPJ in any case", () => {
    expect(isValidCnpj("12.ABC.345/01DE-35")).toBe(true)
    expect(isValidCnpj("12ABC34501DE35")).toBe(true)
    expect(isValidCnpj("12.abc.345/01de-35")).toBe(true)
  })

  it("rejects wrong check digits", () => {
    expect(isValidCnpj("11.222.333/0001-82")).toBe(false)
    expect(isValidCnpj("11.222.333/0001-91")).toBe(false)
    // Wrong first digit (9, not 8) with a second digit that is right for it.
    expect(isValidCnpj("11.222.333/0001-90")).toBe(false)
    expect(isValidCnpj("12.ABC.345/01DE-36")).toBe(false)
    // Changing one letter in the base must break the checksum too.
    expect(isValidCnpj("12.ABD.345/01DE-35")).toBe(false)
  })

  it("accepts CNPJs whose check digit is 0 (remainder 0 and remainder 1, both positions)", () => {
    expect(isValidCnpj("11.222.333/0005-05")).toBe(true) // first digit 0, remainder 0
    expect(isValidCnpj("11.222.333/0014-04")).toBe(true) // first digit 0, remainder 1
    expect(isValidCnpj("11.222.333/0018-20")).toBe(true) // second digit 0, remainder 1
    expect(isValidCnpj("11.222.333/0019-00")).toBe(true) // second digit 0, remainder 0
  })

  it("rejects the same CNPJs with the 0 check digit changed", () => {
    expect(isValidCnpj("11.222.333/0005-15")).toBe(false)
    expect(isValidCnpj("11.222.333/0014-14")).toBe(false)
    expect(isValidCnpj("11.222.333/0018-21")).toBe(false)
    expect(isValidCnpj("11.222.333/0019-01")).toBe(false)
  })

  it("accepts CNPJs whose remainder is exactly 2 (check digit 9, not 0)", () => {
    expect(isValidCnpj("11.222.333/0006-96")).toBe(true)
    expect(isValidCnpj("11.222.333/0009-39")).toBe(true)
    expect(isValidCnpj("11.222.333/0006-06")).toBe(false)
    expect(isValidCnpj("11.222.333/0009-30")).toBe(false)
  })

  it("rejects letters in the check-digit positions", () => {
    expect(isValidCnpj("12ABC34501DE3A")).toBe(false)
  })

  it("rejects all-equal characters and wrong lengths", () => {
    expect(isValidCnpj("00.000.000/0000-00")).toBe(false)
    expect(isValidCnpj("1122233300018")).toBe(false)
    expect(isValidCnpj("112223330001811")).toBe(false)
  })
})

describe("normalizeCpfCnpj", () => {
  it("strips separators and upper-cases", () => {
    expect(normalizeCpfCnpj("529.982.247-25")).toBe("52998224725")
    expect(normalizeCpfCnpj(" 12.abc.345/01de-35 ")).toBe("12ABC34501DE35")
  })

  it("answers an empty string for a value that is not a string, so validation fails cleanly", () => {
    expect(normalizeCpfCnpj(52998224725 as unknown as string)).toBe("")
    expect(isValidCpf(52998224725 as unknown as string)).toBe(false)
    expect(isValidCnpj(null as unknown as string)).toBe(false)
  })
})

describe("classifyTaxId", () => {
  it("classifies valid CPF and CNPJ values", () => {
    expect(classifyTaxId("529.982.247-25")).toBe("cpf")
    expect(classifyTaxId("11.222.333/0001-81")).toBe("cnpj")
    expect(classifyTaxId("12.ABC.345/01DE-35")).toBe("cnpj")
  })

  it("returns null for invalid values", () => {
    expect(classifyTaxId("529.982.247-26")).toBeNull()
    expect(classifyTaxId("111.111.111-11")).toBeNull()
    expect(classifyTaxId("11.222.333/0001-82")).toBeNull()
    expect(classifyTaxId("not a document")).toBeNull()
  })
})

describe("formatCpf / formatCnpj", () => {
  it("formats bare values", () => {
    expect(formatCpf("52998224725")).toBe("529.982.247-25")
    expect(formatCnpj("11222333000181")).toBe("11.222.333/0001-81")
    expect(formatCnpj("12abc34501de35")).toBe("12.ABC.345/01DE-35")
  })

  it("round-trips already formatted values", () => {
    expect(formatCpf("529.982.247-25")).toBe("529.982.247-25")
    expect(formatCnpj("12.ABC.345/01DE-35")).toBe("12.ABC.345/01DE-35")
  })

  it("throws a DomainError with a stable code for the wrong shape", () => {
    expect(() => formatCpf("123")).toThrow(DomainError)
    expect(() => formatCpf("123")).toThrow(expect.objectContaining({ code: "INVALID_CPF" }))
    expect(() => formatCpf("123")).toThrow("A CPF must have 11 digits")
    expect(() => formatCnpj("123")).toThrow("A CNPJ must have 12 alphanumeric characters followed by 2 digits")
    expect(() => formatCnpj("11.222.333/0001-8")).toThrow(
      expect.objectContaining({ code: "INVALID_CNPJ" })
    )
  })
})
