import { isDomainError } from "../../errors"
import {
  generateIdentifierHashKey,
  generatePseudonym,
  hashSubjectIdentifier,
  hashSubjectIdentifiers,
  isPseudonym,
  MAX_IDENTIFIERS_PER_KIND,
  normalizeSubjectIdentifiers,
  SubjectErrorCode,
} from "../subjects"

const errorCodeOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return isDomainError(error) ? error.code : String(error)
  }
  return null
}

describe("normalizeSubjectIdentifiers", () => {
  it("normalises each kind the way the models store it", () => {
    const identifiers = normalizeSubjectIdentifiers({
      email: [" Maria.Souza@Example.COM ", "maria.souza@example.com"],
      phone: "(11) 98765-4321",
      cpf_cnpj: "529.982.247-25",
      customer_id: " cus_1 ",
    })
    expect(identifiers).toEqual({
      customer_id: ["cus_1"],
      email: ["maria.souza@example.com"],
      phone: ["+5511987654321"],
      cpf_cnpj: ["52998224725"],
      lead_id: [],
      anonymous_id: [],
      session_id: [],
    })
  })

  it("accepts a CNPJ, including the 2026 alphanumeric form", () => {
    expect(normalizeSubjectIdentifiers({ cpf_cnpj: "11.222.333/0001-81" }).cpf_cnpj).toEqual(["11222333000181"])
    expect(normalizeSubjectIdentifiers({ cpf_cnpj: "12.ABC.345/01DE-35" }).cpf_cnpj).toEqual(["12ABC34501DE35"])
  })

  it("uses the default country for national phone numbers", () => {
    expect(normalizeSubjectIdentifiers({ phone: "(212) 555-0123" }, "US").phone).toEqual(["+12125550123"])
  })

  it.each([
    [{}, SubjectErrorCode.NO_IDENTIFIER],
    [{ email: [] }, SubjectErrorCode.NO_IDENTIFIER],
    [{ email: "maria" }, SubjectErrorCode.INVALID_IDENTIFIER],
    [{ email: "  " }, SubjectErrorCode.INVALID_IDENTIFIER],
    [{ phone: "123" }, SubjectErrorCode.INVALID_IDENTIFIER],
    [{ cpf_cnpj: "529.982.247-24" }, SubjectErrorCode.INVALID_IDENTIFIER],
    [{ cpf_cnpj: "111.111.111-11" }, SubjectErrorCode.INVALID_IDENTIFIER],
    [{ lead_id: "x".repeat(201) }, SubjectErrorCode.INVALID_IDENTIFIER],
    [{ session_id: Array.from({ length: 21 }, (_, n) => `s${n}`) }, SubjectErrorCode.INVALID_IDENTIFIER],
  ])("refuses %j with %s", (input, code) => {
    expect(errorCodeOf(() => normalizeSubjectIdentifiers(input as any))).toBe(code)
  })
})

describe("identifier hashes", () => {
  it("are keyed HMAC-SHA256 of kind and value: stable per key, different across keys and kinds", () => {
    const key = "k".repeat(64)
    const hash = hashSubjectIdentifier("email", "maria@example.com", key)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashSubjectIdentifier("email", "maria@example.com", key)).toBe(hash)
    expect(hashSubjectIdentifier("email", "maria@example.com", "other-key")).not.toBe(hash)
    expect(hashSubjectIdentifier("lead_id", "maria@example.com", key)).not.toBe(hash)
    // Known vector: HMAC-SHA256(key "key", "email:a@b.co").
    expect(hashSubjectIdentifier("email", "a@b.co", "key")).toBe(
      require("crypto").createHmac("sha256", "key").update("email:a@b.co").digest("hex")
    )
  })

  it("group by kind and leave out kinds not given", () => {
    const identifiers = normalizeSubjectIdentifiers({ email: "a@b.co", phone: "+5511987654321" })
    const hashes = hashSubjectIdentifiers(identifiers, "key")
    expect(Object.keys(hashes)).toEqual(["email", "phone"])
    expect(hashes.email).toEqual([hashSubjectIdentifier("email", "a@b.co", "key")])
  })
})

describe("pseudonyms", () => {
  it("pseudonyms are random, prefixed and recognisable", () => {
    const a = generatePseudonym()
    expect(a).toMatch(/^anon_[0-9a-f]{24}$/)
    expect(generatePseudonym()).not.toBe(a)
    expect(isPseudonym(a)).toBe(true)
    expect(isPseudonym("cus_123")).toBe(false)
    expect(isPseudonym(null)).toBe(false)
  })
})

describe("normalizeSubjectIdentifiers: what each refusal says", () => {
  const messageOf = (run: () => unknown) => {
    try {
      run()
    } catch (error) {
      return isDomainError(error) ? `${error.code}: ${error.message}` : String(error)
    }
    return null
  }
  const invalid = SubjectErrorCode.INVALID_IDENTIFIER

  it.each([
    [{ email: "   " }, 'Identifier "email" is empty'],
    // A value that is not a string (from JavaScript) counts as empty, never as a crash.
    [{ email: [123 as unknown as string] }, 'Identifier "email" is empty'],
    [{ email: "maria" }, 'Identifier "email" is not an e-mail address'],
    [{ phone: "123" }, 'Identifier "phone" is not a valid phone number'],
    [{ cpf_cnpj: "529.982.247-26" }, 'Identifier "cpf_cnpj" is not a valid CPF or CNPJ'],
    [{ session_id: "s".repeat(201) }, 'Identifier "session_id" is longer than 200 characters'],
  ])("%p", (input, message) => {
    expect(messageOf(() => normalizeSubjectIdentifiers(input))).toBe(`${invalid}: ${message}`)
  })

  it("accepts an id of exactly 200 characters and exactly 20 values of a kind, not 21", () => {
    expect(normalizeSubjectIdentifiers({ session_id: "s".repeat(200) }).session_id).toEqual(["s".repeat(200)])
    const ids = Array.from({ length: MAX_IDENTIFIERS_PER_KIND + 1 }, (_, k) => `cus_${k}`)
    expect(normalizeSubjectIdentifiers({ customer_id: ids.slice(0, 20) }).customer_id).toHaveLength(20)
    expect(messageOf(() => normalizeSubjectIdentifiers({ customer_id: ids }))).toBe(
      `${invalid}: Identifier "customer_id" has more than 20 values`
    )
  })

  it("names every identifier kind when none is given", () => {
    expect(messageOf(() => normalizeSubjectIdentifiers({}))).toBe(
      `${SubjectErrorCode.NO_IDENTIFIER}: Give at least one identifier of the person: ` +
        "customer_id, email, phone, cpf_cnpj, lead_id, anonymous_id, session_id"
    )
  })
})

describe("generateIdentifierHashKey", () => {
  it("is 32 random bytes as hex", () => {
    const key = generateIdentifierHashKey()
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(generateIdentifierHashKey()).not.toBe(key)
  })
})
